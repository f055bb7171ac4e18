/**
 * @atlassian/wrm-react-i18n is UMD: in Node it calls require('wrm/format') and
 * require('wrm/i18n'), modules only the product's page defines. A Vite alias cannot reach a
 * require inside an externalised CommonJS file, so Node's own resolver is taught the two
 * names here, before any test imports the library:
 *  - wrm/format -> the WRM-compatible MessageFormat the package ships for tests
 *                  (format.js, loaded on first use);
 *  - wrm/i18n   -> the product's two-phase runtime, backed by tablewise.properties, so
 *                  components render the texts users will read, never raw keys.
 * An unknown key throws: a missing text fails the test that renders it.
 */
import Module, { createRequire } from 'node:module';
import { I18N_FILE } from '../support/paths';
import { readProperties } from '../support/properties';

type Format = (pattern: string, ...args: unknown[]) => string;

interface WrmI18n {
  km: Map<string, string>;
  format: Format;
  getText: (key: string, ...args: unknown[]) => string;
}

declare global {
  var WRM: { format: Format; I18n: WrmI18n } | undefined;
}

interface ModuleInternals {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
  _cache: Record<string, { id: string; filename: string; loaded: boolean; exports: unknown }>;
}

const require = createRequire(import.meta.url);
const internals = Module as unknown as ModuleInternals;
const VIRTUAL_I18N = '/virtual/tablewise/wrm-i18n.js';
const VIRTUAL_FORMAT = '/virtual/tablewise/wrm-format.js';
const FORMAT_FILE = require.resolve('@atlassian/wrm-react-i18n/format.js');

const texts = readProperties(I18N_FILE);

// Loaded on first use: format.js writes into `window` as it loads, and tests that run in the
// node environment (the export engine's) never need it and have no window.
let loadedFormat: Format | undefined;
const format: Format = (pattern, ...args) => {
  if (!loadedFormat) {
    const hadWindow = 'window' in globalThis;
    if (!hadWindow) Object.assign(globalThis, { window: globalThis });
    try {
      loadedFormat = require(FORMAT_FILE) as Format;
    } finally {
      if (!hadWindow) Reflect.deleteProperty(globalThis, 'window');
    }
  }
  return loadedFormat(pattern, ...args);
};

const wrmI18n: WrmI18n = {
  km: texts,
  format,
  getText(key, ...args) {
    const pattern = texts.get(key);
    if (pattern === undefined) throw new Error(`i18n key "${key}" is not in tablewise.properties`);
    // wrm-react-i18n swaps WRM.I18n.format for its React-aware one around this call.
    return (globalThis.WRM?.I18n.format ?? format)(pattern, ...args);
  },
};
globalThis.WRM = { format, I18n: wrmI18n };

internals._cache[VIRTUAL_I18N] = { id: VIRTUAL_I18N, filename: VIRTUAL_I18N, loaded: true, exports: wrmI18n };
internals._cache[VIRTUAL_FORMAT] = { id: VIRTUAL_FORMAT, filename: VIRTUAL_FORMAT, loaded: true, exports: format };

const resolveFilename = internals._resolveFilename;
if (!(resolveFilename as { tablewise?: true }).tablewise) {
  const patched = function (this: unknown, request: string, ...rest: unknown[]): string {
    if (request === 'wrm/format') return VIRTUAL_FORMAT;
    if (request === 'wrm/i18n') return VIRTUAL_I18N;
    return resolveFilename.call(this, request, ...rest);
  };
  internals._resolveFilename = Object.assign(patched, { tablewise: true as const });
}
