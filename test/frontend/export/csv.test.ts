// @vitest-environment node
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../src/main/frontend/api/types';
import { type CsvOptions, createCsvEncoder, defaultCsvOptions } from '../../../src/main/frontend/export/encode/csv';
import { column } from './support/contract';
import { lcg } from './support/jiraissue';

const decoder = new TextDecoder();

function encode(columns: ColumnInfo[], rows: unknown[][], options: Partial<CsvOptions> = {}, pageSize = 7): string {
  const encoder = createCsvEncoder(columns, { ...defaultCsvOptions, ...options });
  let out = decoder.decode(encoder.start(), { stream: true });
  for (let i = 0; i < rows.length; i += pageSize) out += decoder.decode(encoder.page(rows.slice(i, i + pageSize)), { stream: true });
  return out;
}

const NASTY = ['"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', 'a', 'Z', 'é', '日', '🎉', '=', '+', '-', '@', "'", '\\', '|', '0'];

function randomText(r: () => number): string {
  const length = Math.floor(r() * 12);
  let s = '';
  for (let i = 0; i < length; i++) s += NASTY[Math.floor(r() * NASTY.length)];
  return s;
}

const TEXT_COLUMNS = [column('A', 'STRING'), column('B', 'STRING'), column('C', 'OTHER')];

function textRows(count: number, seed: number, withNulls: boolean): Array<Array<string | null>> {
  const r = lcg(seed);
  return Array.from({ length: count }, () => TEXT_COLUMNS.map(() => (withNulls && r() < 0.15 ? null : randomText(r))));
}

describe('CSV encoder against csv-stringify and csv-parse', () => {
  it.each([',', ';', '\t', '|'])('matches csv-stringify byte for byte with delimiter %j (guard off)', (delimiter) => {
    const rows = textRows(500, 7, false);
    const ours = encode(TEXT_COLUMNS, rows, { delimiter, formulaGuard: false, distinguishNull: false });
    const oracle = stringify([TEXT_COLUMNS.map((c) => c.name), ...rows], {
      delimiter,
      record_delimiter: 'windows',
      // csv-stringify leaves lone CR/LF unquoted; RFC 4180 (and we) quote any line break.
      quoted_match: /[\r\n]/,
    });
    expect(ours).toBe(oracle);
  });

  it('round-trips through csv-parse, NULL and empty string kept apart, line breaks preserved', () => {
    const rows = textRows(800, 11, true);
    const out = encode(TEXT_COLUMNS, rows, { formulaGuard: false });
    const parsed = parse(out, {
      cast: (value: string, context: { quoting: boolean }) => (value === '' && !context.quoting ? null : value),
    }) as unknown[][];
    expect(parsed[0]).toEqual(['A', 'B', 'C']);
    expect(parsed.slice(1)).toEqual(rows);
    expect(out).toContain('""'); // empty strings are quoted
  });

  it('writes NULL and empty string alike when distinguishNull is off', () => {
    const out = encode([column('A', 'STRING'), column('B', 'STRING')], [[null, ''], ['', null]], { distinguishNull: false, header: false });
    expect(out).toBe(',\r\n,\r\n');
  });

  it('applies the OWASP formula guard to text cells by default', () => {
    const values = ['=1+2', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', 'safe', "'quoted", ' =not-first'];
    const out = encode([column('T', 'STRING')], values.map((v) => [v]), { header: false });
    const oracle = stringify(
      values.map((v) => [/^[=+\-@\t\r]/.test(v) ? "'" + v : v]),
      { record_delimiter: 'windows', quoted_match: [/^'[=+\-@\t\r]/, /[\r\n]/] },
    );
    expect(out).toBe(oracle);
    const parsed = (parse(out) as string[][]).map((r) => r[0]);
    expect(parsed).toEqual(["'=1+2", "'+SUM(A1)", "'-2", "'@cmd", "'\tx", "'\rx", 'safe', "'quoted", ' =not-first']);
  });

  it('never guards numbers, booleans or dates', () => {
    const columns = [column('I', 'INTEGER'), column('B', 'BIGINT'), column('D', 'DECIMAL'), column('F', 'FLOAT'), column('OK', 'BOOLEAN'), column('T', 'TIME')];
    const out = encode(columns, [[-5, '-9223372036854775808', '-0.5', -1.5e-7, false, '10:00:00'], [null, null, null, 'NaN', true, null]], { header: false });
    expect(out).toBe('-5,-9223372036854775808,-0.5,-1.5e-7,false,10:00:00\r\n,,,NaN,true,\r\n');
  });

  it('guards Base64 that starts with + (BINARY is text to a spreadsheet)', () => {
    expect(encode([column('X', 'BINARY')], [['+/8=']], { header: false })).toBe(`"'+/8="\r\n`);
  });

  it('writes a UTF-8 BOM only when asked, and the header only when asked', () => {
    const columns = [column('name', 'STRING')];
    const withBom = createCsvEncoder(columns, { ...defaultCsvOptions, bom: true }).start();
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoder.decode(withBom.slice(3))).toBe('name\r\n');
    expect(createCsvEncoder(columns, defaultCsvOptions).start()[0]).toBe(0x6e);
    expect(createCsvEncoder(columns, { ...defaultCsvOptions, header: false }).start().length).toBe(0);
    const parsed = parse(encode(columns, [['x']], { bom: true }), { bom: true }) as string[][];
    expect(parsed).toEqual([['name'], ['x']]);
  });

  it('uses LF line ends when asked, still quoting breaks inside values', () => {
    expect(encode([column('A', 'STRING')], [['a\r\nb']], { lineEnding: '\n', header: false })).toBe('"a\r\nb"\n');
  });

  it('rejects delimiters that would make numbers or quotes ambiguous', () => {
    for (const bad of ['"', '.', '-', 'a', '1', ',,', '\n', ':']) {
      expect(() => createCsvEncoder(TEXT_COLUMNS, { ...defaultCsvOptions, delimiter: bad })).toThrow(RangeError);
    }
  });

  it('quotes a header name that needs it', () => {
    expect(encode([column('a,b', 'STRING')], [])).toBe('"a,b"\r\n');
  });
});
