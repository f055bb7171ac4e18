/**
 * The i18n contract: every text the UI shows comes from tablewise.properties through a literal
 * I18n.getText('tablewise....') call, the only form the product's jsI18n transform rewrites.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGetTextUses, findGetTextUsesIn } from '../support/i18n-calls';
import { I18N_FILE, ROOT_DIR } from '../support/paths';
import { parseProperties, readProperties } from '../support/properties';

const FRONTEND_DIR = path.join(ROOT_DIR, 'src', 'main', 'frontend');
const KEY_FORM = /^tablewise\.[A-Za-z0-9_.-]+$/;

describe('I18n.getText calls in src/main/frontend', () => {
  const uses = findGetTextUsesIn(FRONTEND_DIR);
  const texts = readProperties(I18N_FILE);
  const where = (u: { file: string; line: number }) => `${path.relative(ROOT_DIR, u.file)}:${u.line}`;

  it('are found at all (the scanner works on the real tree)', () => {
    expect(uses.length).toBeGreaterThan(10);
  });

  it('pass a string literal key', () => {
    expect(uses.filter((u) => u.problem).map((u) => `${where(u)}: ${u.problem}`)).toEqual([]);
  });

  it('use keys of the form tablewise.<feature>.<thing>', () => {
    expect(uses.filter((u) => u.key && !KEY_FORM.test(u.key)).map((u) => `${where(u)}: ${u.key}`)).toEqual([]);
  });

  it('use only keys that tablewise.properties defines', () => {
    expect(uses.filter((u) => u.key && !texts.has(u.key)).map((u) => `${where(u)}: ${u.key}`)).toEqual([]);
  });
});

describe('the getText scanner', () => {
  it('reports non-literal keys and indirect uses', () => {
    const source = [
      "I18n.getText('tablewise.ok');",
      'I18n.getText(`tablewise.${x}`);',
      "I18n.getText(prefix + '.title');",
      'const t = I18n.getText;',
      "ns.I18n.getText(\n  'tablewise.split'\n);",
    ].join('\n');
    expect(findGetTextUses('x.tsx', source).map((u) => [u.line, u.key, u.problem])).toEqual([
      [1, 'tablewise.ok', null],
      [2, null, 'the key is not a string literal'],
      [3, null, 'the key is not a string literal'],
      [4, null, 'I18n.getText used other than as a direct call'],
      [5, 'tablewise.split', null],
    ]);
  });
});

describe('tablewise.properties', () => {
  const raw = readFileSync(I18N_FILE);
  const texts = readProperties(I18N_FILE);

  it('is plain ASCII, so ISO-8859-1 and UTF-8 readers agree (non-ASCII as \\uXXXX)', () => {
    const offending = [...raw].findIndex((byte) => byte > 0x7e || (byte < 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09));
    expect(offending).toBe(-1);
  });

  it('defines each key once and only tablewise.* keys', () => {
    const keys = raw
      .toString('latin1')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
      .map((line) => line.split(/[=:\s]/, 1)[0] ?? '');
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys.filter((key) => !KEY_FORM.test(key))).toEqual([]);
  });

  it('holds valid MessageFormat patterns: apostrophes doubled, braces balanced', () => {
    const bad = [...texts].filter(([, text]) => {
      const loneQuote = text.replace(/''/g, '').includes("'");
      const unbalanced = text.split('{').length !== text.split('}').length;
      return loneQuote || unbalanced;
    });
    expect(bad.map(([key]) => key)).toEqual([]);
  });
});

describe('parseProperties', () => {
  it('reads the format as java.util.Properties does', () => {
    const parsed = parseProperties(
      [
        '# comment',
        '! also a comment',
        'a=1',
        '  b : two words ',
        'c three',
        'd=line one \\',
        '    continued',
        'e=caf\\u00e9 \\t tab \\\\ back',
        'f\\=g=h',
        'empty=',
      ].join('\n'),
    );
    expect(Object.fromEntries(parsed)).toEqual({
      a: '1',
      b: 'two words ',
      c: 'three',
      d: 'line one continued',
      e: 'caf\u00e9 \t tab \\ back',
      'f=g': 'h',
      empty: '',
    });
  });
});
