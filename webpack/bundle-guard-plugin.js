// Fails the build when an emitted JS/CSS file breaks one of two promises the product relies on:
//  1. no absolute URL to any host: the app runs on premise and must not even carry an endpoint
//     it could call (Atlaskit's feature-gate client is the usual suspect);
//  2. every I18n.getText call reads `<ns>.I18n.getText("tablewise.key"` with a literal key,
//     the only form the product's jsI18n transform can rewrite when it serves the file.
import { readFileSync } from 'node:fs';
import { I18N_FILE } from './constants.js';

// XML namespace names are identifiers that happen to look like URLs; nothing fetches them.
const ALLOWED_URL_PREFIXES = [
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.w3.org/2000/xmlns/',
  // The export worker writes XLSX: Office Open XML's namespace and relationship type names.
  'http://schemas.openxmlformats.org/',
];

const URL_PATTERN = /\b(?:https?|wss?):\/\/[^\s"'`)\\]*/gi;
// "//host.tld/..." in a string or url(): scheme-relative, so just as absolute.
const SCHEME_RELATIVE_PATTERN = /["'`(]\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const GET_TEXT_PATTERN = /I18n\.getText/g;
// Mirrors the product's transform: namespace, literal key, then `)` or `,`.
const TRANSFORMABLE_CALL = /^[\w$]+\.I18n\.getText\(\s*(["'])(tablewise\.[\w.-]+)\1\s*[),]/;

/** Keys of a .properties file (enough of the format for our own file: key=value lines). */
export function propertyKeys(file = I18N_FILE) {
  return new Set(
    readFileSync(file, 'latin1')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
      .map((line) => line.split(/\s*[=:]\s*|\s+/, 1)[0]),
  );
}

/** Problems in one emitted file's source; exported for the bundle test. */
export function findProblems(fileName, source, keys = propertyKeys()) {
  const problems = [];
  for (const [url] of source.matchAll(URL_PATTERN)) {
    if (!ALLOWED_URL_PREFIXES.some((prefix) => url.startsWith(prefix))) {
      problems.push(`${fileName}: absolute URL "${url.slice(0, 80)}"`);
    }
  }
  for (const [match] of source.matchAll(SCHEME_RELATIVE_PATTERN)) {
    problems.push(`${fileName}: scheme-relative URL "${match.slice(1, 80)}"`);
  }
  if (fileName.endsWith('.js')) {
    for (const match of source.matchAll(GET_TEXT_PATTERN)) {
      const namespace = /[\w$]+\.$/.exec(source.slice(Math.max(0, match.index - 64), match.index));
      const call = (namespace ? namespace[0] : '') + source.slice(match.index, match.index + 120);
      const parsed = TRANSFORMABLE_CALL.exec(call);
      if (!parsed) {
        problems.push(`${fileName}: I18n.getText not in the transformable form: "${call.slice(0, 80)}"`);
      } else if (!keys.has(parsed[2])) {
        problems.push(`${fileName}: i18n key "${parsed[2]}" is not in ${I18N_FILE}`);
      }
    }
  }
  return problems;
}

export class BundleGuardPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BundleGuardPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleGuardPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          const keys = propertyKeys();
          for (const [fileName, asset] of Object.entries(assets)) {
            if (!/\.(js|css)$/.test(fileName)) continue;
            for (const problem of findProblems(fileName, asset.source().toString(), keys)) {
              compilation.errors.push(new WebpackError(`Bundle guard: ${problem}`));
            }
          }
        },
      );
    });
  }
}
