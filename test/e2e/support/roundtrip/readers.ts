import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './rules';

/** A file read back: its header (column names) and its rows of cells, in file order. */
export interface ReadBack {
  header: string[];
  rows: Cell[][];
  /** JSON Lines only: the typed header line. */
  meta?: { table: string; columns: Array<{ name: string; type: string; nullable: boolean }>; primaryKey: string[] };
}

/** RFC 4180 by csv-parse; an unquoted empty field is NULL, a quoted one the empty string. */
export function readCsv(text: string): ReadBack {
  const records = parse(text, {
    cast: (value: string, context: { quoting: boolean }) => (value === '' && !context.quoting ? null : value),
  }) as Array<Array<string | null>>;
  const [header = [], ...rows] = records;
  return { header: header.map(String), rows: rows.map((r) => r.map((value) => ({ value }))) };
}

/** One JSON.parse per line: the header line, then one object per row. */
export function readJsonl(text: string, columns: string[]): ReadBack {
  const lines = text.split('\n');
  if (lines.pop() !== '') throw new Error('the file does not end with a line break');
  const [first = '{}', ...rest] = lines;
  const meta = JSON.parse(first) as NonNullable<ReadBack['meta']>;
  const rows = rest.map((line) => {
    const object = JSON.parse(line) as Record<string, unknown>;
    const keys = Object.keys(object);
    if (keys.join() !== columns.join()) throw new Error(`row keys ${keys.join()} are not the columns ${columns.join()}`);
    return columns.map((c) => ({ value: object[c] }));
  });
  return { header: meta.columns.map((c) => c.name), rows, meta };
}

/** exceljs (not our writer's code): typed cells of every sheet, the header row of each skipped. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadBack> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  let header: string[] = [];
  const rows: Cell[][] = [];
  for (const sheet of workbook.worksheets) {
    const width = sheet.columnCount;
    const cellsOf = (r: number): Cell[] => {
      const row = sheet.getRow(r);
      return Array.from({ length: width }, (_, c) => {
        const cell = row.getCell(c + 1);
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        return { value: plain(cell.value), flagged: fill?.type === 'pattern' && fill.pattern === 'solid' };
      });
    };
    header = cellsOf(1).map((c) => String(c.value));
    for (let r = 2; r <= sheet.rowCount; r++) rows.push(cellsOf(r));
  }
  return { header, rows };
}

/** Rich text (how exceljs may give inline strings) as its plain text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value ?? null;
}

/**
 * LibreOffice headless converts each workbook to CSV, one file per sheet
 * (`<file>-<sheet>.csv`), raw values rather than as shown; returns the sheets' texts by file.
 */
export function libreOfficeCsv(dir: string, files: string[]): Map<string, string[]> {
  execFileSync(
    'soffice',
    [
      '--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`,
      // 44: comma, 34: quote, 76: UTF-8, ..., 9th false: values not as shown, -1: every sheet.
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir', join(dir, 'lo'), ...files.map((f) => join(dir, f)),
    ],
    { timeout: 240_000, stdio: 'ignore' },
  );
  const out = new Map<string, string[]>();
  for (const name of readdirSync(join(dir, 'lo')).sort(byNumber)) {
    const file = files.find((f) => name.startsWith(`${f.replace(/\.xlsx$/, '')}-`));
    if (!file) continue;
    out.set(file, [...(out.get(file) ?? []), readFileSync(join(dir, 'lo', name), 'utf8')]);
  }
  return out;
}

/** "t-t.csv" before "t-t (2).csv" before "t-t (10).csv". */
function byNumber(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** LibreOffice's CSV of one sheet: all text, NULL and '' alike empty. */
export function readLibreOfficeSheets(texts: string[]): ReadBack {
  let header: string[] = [];
  const rows: Cell[][] = [];
  for (const text of texts) {
    const [first = [], ...rest] = parse(text, { relax_column_count: true }) as string[][];
    header = first;
    for (const r of rest) rows.push(header.map((_, c) => ({ value: r[c] ?? '' })));
  }
  return { header, rows };
}
