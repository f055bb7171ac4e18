// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../../../src/main/frontend/api/types';
import type { TableMeta } from '../../../src/main/frontend/export/encode/types';
import { EXCEL_MAX_CELL_CHARS, STYLE, columnName, dateSerial, escapeText, fitsExcelNumber, hasFraction, timeSerial, timestampSerial } from '../../../src/main/frontend/export/encode/xlsx/cells';
import { EXCEL_MAX_ROWS, XlsxWriter, defaultXlsxOptions, sheetName } from '../../../src/main/frontend/export/encode/xlsx/writer';
import { MemorySink } from '../../../src/main/frontend/export/sink';
import { column, tableDetail } from './support/contract';
import { decodeText, hasIllegalXmlChars, readWorkbook } from './support/xlsx-reader';

function meta(columns: ColumnInfo[], name = 'jiraissue'): TableMeta {
  return { detail: tableDetail(name, columns, null), columns, filters: [], exportedAt: '2026-11-22T10:00:00Z', appVersion: null, productVersion: null };
}

async function workbook(columns: ColumnInfo[], pages: unknown[][][], maxRowsPerSheet = EXCEL_MAX_ROWS) {
  const sink = new MemorySink();
  const writer = new XlsxWriter(sink, meta(columns), { ...defaultXlsxOptions, maxRowsPerSheet }, new Date('2026-11-22T10:00:00Z'));
  await writer.begin();
  for (const page of pages) await writer.page(page);
  const stats = await writer.end();
  return { stats, bytes: sink.bytes(), ...readWorkbook(sink.bytes()) };
}

describe('XLSX cells', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });

  it('keeps numbers with more than 15 significant digits as text', () => {
    expect(fitsExcelNumber('123456789012345')).toBe(true);
    expect(fitsExcelNumber('1234567890123456')).toBe(false);
    expect(fitsExcelNumber('-0.000000000000000001')).toBe(true);
    expect(fitsExcelNumber('12345678901234.500')).toBe(true);
    expect(fitsExcelNumber('12345678901234.56')).toBe(false);
    expect(fitsExcelNumber('1e5')).toBe(false);
  });

  it('reads timestamps as wall-clock serials and refuses what Excel cannot show', () => {
    expect(timestampSerial('1900-03-01T00:00:00Z')).toBe(61);
    expect(timestampSerial('2024-02-29T12:00:00+02:00')).toBe(45351.5);
    expect(timestampSerial('1899-12-31T00:00:00Z')).toBeNull();
    expect(timestampSerial('2024-02-30T00:00:00Z')).toBeNull();
    expect(timestampSerial('1900-02-28T00:00:00Z')).toBeNull(); // before Excel's fictitious 1900-02-29
    expect(dateSerial('2000-02-29')).toBe(36585);
    expect(dateSerial('1900-02-29')).toBeNull();
    expect(dateSerial('2100-02-29')).toBeNull();
    expect(dateSerial('9999-12-31')).toBe(2958465);
    expect(timeSerial('06:00:00.5')).toBeCloseTo(0.25 + 0.5 / 86400, 12);
    expect(['10:00:00.000', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00.000+01:00'].map(hasFraction)).toEqual([false, false, false]);
    expect(['10:00:00.001', '2024-01-01T10:00:00.5Z', '2024-01-01T10:00:00.120+01:00'].map(hasFraction)).toEqual([true, true, true]);
  });

  it('cuts sub-millisecond fractions so a spreadsheet never rounds a time into the next day', () => {
    // Spreadsheets show (and LibreOffice exports) milliseconds, rounding: 23:59:59.999999 would
    // become 00:00:00.000 of the next day, 9999-12-31 an impossible 10000-01-01.
    const msOfDay = (serial: number | null) => Math.round(((serial as number) % 1) * 86_400_000);
    expect(msOfDay(timestampSerial('9999-12-31T23:59:59.999999Z'))).toBe(86_399_999);
    expect(Math.floor(timestampSerial('2024-02-29T23:59:59.9999Z') as number)).toBe(dateSerial('2024-02-29'));
    expect(msOfDay(timestampSerial('2024-02-29T23:59:59.999999Z'))).toBe(86_399_999);
    expect(msOfDay(timestampSerial('2023-03-26T00:59:59.123456789Z'))).toBe(3_599_123);
    expect(Math.round((timeSerial('23:59:59.9996') as number) * 86_400_000)).toBe(86_399_999);
  });
});

describe('XlsxWriter', () => {
  it('splits sheets at the row limit, header included and repeated', async () => {
    const columns = [column('ID', 'INTEGER'), column('NAME', 'STRING')];
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, `r${i + 1}`]);
    // A limit of 4 rows per sheet: header + 3 data rows, so 10 rows need 4 sheets (3+3+3+1).
    const { sheets, stats } = await workbook(columns, [rows.slice(0, 4), rows.slice(4, 5), rows.slice(5)], 4);
    expect(stats.sheets).toBe(4);
    expect(sheets.map((s) => s.name)).toEqual(['jiraissue', 'jiraissue (2)', 'jiraissue (3)', 'jiraissue (4)']);
    expect(sheets.map((s) => s.rows.length)).toEqual([4, 4, 4, 2]);
    for (const sheet of sheets) {
      expect(sheet.rows[0]!.map((c) => [c.value, c.style])).toEqual([['ID', STYLE.header], ['NAME', STYLE.header]]);
      expect(sheet.rows.map((r) => r[0]!.ref)).toEqual(sheet.rows.map((_, i) => `A${i + 1}`));
    }
    const ids = sheets.flatMap((s) => s.rows.slice(1).map((r) => Number(r[0]!.value)));
    expect(ids).toEqual(rows.map((r) => r[0]));
  });

  it('splits exactly at 1,048,576 rows including the header at the real limit', async () => {
    const columns = [column('ID', 'INTEGER')];
    const total = EXCEL_MAX_ROWS; // one more data row than fits with the header
    const pages: number[][][] = [];
    for (let i = 0; i < total; i += 10_000) pages.push(Array.from({ length: Math.min(10_000, total - i) }, (_, k) => [i + k + 1]));
    const { sheets } = await workbook(columns, pages);
    expect(sheets).toHaveLength(2);
    const xml = sheets[0]!.xml;
    const last = /<row r="(\d+)">/.exec(xml.slice(xml.lastIndexOf('<row ')));
    expect(Number(last?.[1])).toBe(EXCEL_MAX_ROWS);
    expect(sheets[0]!.xml).toContain(`<row r="${EXCEL_MAX_ROWS}"><c r="A${EXCEL_MAX_ROWS}"><v>${EXCEL_MAX_ROWS - 1}</v>`);
    expect(sheets[1]!.rows).toHaveLength(2);
    expect(sheets[1]!.rows[1]![0]!.value).toBe(String(EXCEL_MAX_ROWS));
  }, 60_000);

  it('types cells: numbers, big ids as text, booleans, dates with date styles', async () => {
    const columns = [
      column('ID', 'BIGINT'),
      column('BIG', 'BIGINT'),
      column('AMOUNT', 'DECIMAL'),
      column('N', 'INTEGER'),
      column('F', 'FLOAT'),
      column('OK', 'BOOLEAN'),
      column('DAY', 'DATE'),
      column('AT', 'TIMESTAMP'),
      column('T', 'TIME'),
      column('OLD', 'DATE'),
      column('NAN', 'FLOAT'),
    ];
    const { sheets } = await workbook(columns, [
      [['10001', '9223372036854775807', '12345.678', 7, 0.25, true, '2024-02-29', '2024-02-29T06:00:00Z', '18:00:00', '1066-10-14', 'NaN'],
       [null, null, null, null, null, false, null, null, null, null, null]],
    ]);
    const [row, second] = [sheets[0]!.rows[1]!, sheets[0]!.rows[2]!];
    const simple = row.map((c) => [c.type, c.style, c.value]);
    expect(simple).toEqual([
      [null, 0, '10001'],
      ['inlineStr', 0, '9223372036854775807'],
      [null, 0, '12345.678'],
      [null, 0, '7'],
      [null, 0, '0.25'],
      ['b', 0, '1'],
      [null, STYLE.date, '45351'],
      [null, STYLE.dateTime, '45351.25'],
      [null, STYLE.time, '0.75'],
      ['inlineStr', 0, '1066-10-14'],
      ['inlineStr', 0, 'NaN'],
    ]);
    // NULL cells are left out, not written empty.
    expect(second.map((c) => c.ref)).toEqual(['F3']);
  });

  it('caps text at 32,767 characters and flags the cell', async () => {
    const long = 'x'.repeat(EXCEL_MAX_CELL_CHARS - 1) + '🎉' + 'tail';
    const { sheets, stats } = await workbook([column('D', 'STRING')], [[[long], ['short']]]);
    const cell = sheets[0]!.rows[1]![0]!;
    // The cut does not split the surrogate pair of the emoji.
    expect(cell.value).toBe('x'.repeat(EXCEL_MAX_CELL_CHARS - 1));
    expect(cell.style).toBe(STYLE.truncated);
    expect(sheets[0]!.rows[2]![0]!.style).toBe(0);
    expect(stats.truncatedCells).toBe(1);
    expect(stats.truncatedSamples[0]).toContain('jiraissue!A2');
  });

  it('handles characters XML cannot carry, and keeps the rest exact', async () => {
    const values = ['nul\u0000bell\u0007 vt\u000B ff\u000C esc\u001B', 'cr\r\nlf\nTab\t', '<&>"\'', '_x0041_ stays literal', 'lone \uD800 surrogate', '\uFFFE\uFFFF', ' lead and trail ', '🎉 日本語'];
    const { sheets, files } = await workbook([column('S', 'STRING')], [values.map((v) => [v])]);
    for (const xml of Object.values(files)) expect(hasIllegalXmlChars(xml)).toBe(false);
    const read = sheets[0]!.rows.slice(1).map((r) => r[0]!.value);
    expect(read).toEqual(values.map((v) => v.replace(/\uD800/, '\uFFFD')));
    expect(escapeText('a\rb')).toBe('a&#13;b');
    expect(decodeText(escapeText('_x005F_'))).toBe('_x005F_');
    expect(sheets[0]!.xml).toContain('<t xml:space="preserve"> lead and trail </t>');
  });

  it('writes a well-formed package: content types, rels, styles, sheet names', async () => {
    const { files } = await workbook([column('A', 'STRING')], [[['a']]], 2);
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(files['[Content_Types].xml']).toContain('/xl/worksheets/sheet1.xml');
    expect(sheetName('a/b:c*d?e[f]g\\h', 1)).toBe('a_b_c_d_e_f_g_h');
    expect(sheetName('x'.repeat(40), 12)).toBe('x'.repeat(26) + ' (12)');
    expect(sheetName('HISTORY', 1)).toBe('HISTORY_');
  });
});
