import type { ColumnInfo } from '../../../api/types';
import type { ByteOut, Rows, TableMeta } from '../types';
import { Utf8Builder } from '../utf8';
import { wireText } from '../values';
import type { DeflateFactory, DeflateLevel, ZipEntryWriter } from '../zip/writer';
import { ZipWriter } from '../zip/writer';
import {
  STYLE,
  capText,
  hasFraction,
  columnName,
  dateSerial,
  fitsExcelNumber,
  inlineStringCell,
  timeSerial,
  timestampSerial,
} from './cells';
import { ROOT_RELS, SHEET_END, STYLES, contentTypes, sheetStart, workbook, workbookRels } from './parts';

/** Excel's row limit per sheet, header row included. */
export const EXCEL_MAX_ROWS = 1_048_576;

export interface XlsxOptions {
  /** Rows per sheet including the repeated header; a smaller value lets tests split cheaply. */
  maxRowsPerSheet: number;
  /** Start a new sheet before one sheet part grows past this (uncompressed XML bytes). */
  maxSheetBytes: number;
  /** Deflate level of the parts: 1 is ~3x faster than 6 and only ~15% larger on sheet XML. */
  level: DeflateLevel;
}

export const defaultXlsxOptions: XlsxOptions = {
  maxRowsPerSheet: EXCEL_MAX_ROWS,
  maxSheetBytes: 2 ** 31,
  level: 1,
};

export interface XlsxStats {
  sheets: number;
  truncatedCells: number;
  /** The first few truncated cells, "Sheet!B7 (SUMMARY, 40000 chars)". */
  truncatedSamples: string[];
}

type CellWriter = (ref: string, value: unknown) => string;

/**
 * Streams one table into a workbook: sheets are written row by row as pages arrive, never
 * held in memory; a new sheet (header repeated) starts at Excel's row limit.
 */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly encoder = new TextEncoder();
  private readonly xml = new Utf8Builder();
  private readonly refs: string[];
  private readonly cells: CellWriter[];
  private readonly sheetNames: string[] = [];
  private sheet: ZipEntryWriter | null = null;
  private sheetRows = 0;
  private sheetBytes = 0;
  private truncatedCells = 0;
  private readonly truncatedSamples: string[] = [];

  constructor(
    out: ByteOut,
    private readonly meta: TableMeta,
    private readonly options: XlsxOptions,
    modified: Date,
    deflate?: DeflateFactory,
  ) {
    if (options.maxRowsPerSheet < 2) throw new RangeError('maxRowsPerSheet must leave room for a data row');
    this.zip = new ZipWriter(out, { level: options.level, modified, ...(deflate ? { deflate } : {}) });
    this.refs = meta.columns.map((_, i) => columnName(i));
    this.cells = meta.columns.map((c) => this.cellWriter(c));
  }

  async begin(): Promise<void> {
    await this.openSheet();
  }

  async page(rows: Rows): Promise<void> {
    let pendingChars = 0;
    for (const row of rows) {
      if (this.sheetRows >= this.options.maxRowsPerSheet || this.sheetBytes + pendingChars * 3 >= this.options.maxSheetBytes) {
        await this.writeBytes(this.xml.take());
        pendingChars = 0;
        await this.closeSheet();
        await this.openSheet();
      }
      const xml = this.rowXml(row);
      pendingChars += xml.length;
      this.xml.append(xml);
    }
    await this.writeBytes(this.xml.take());
  }

  async end(): Promise<XlsxStats> {
    await this.closeSheet();
    const count = this.sheetNames.length;
    await this.part('xl/styles.xml', STYLES);
    await this.part('xl/workbook.xml', workbook(this.sheetNames));
    await this.part('xl/_rels/workbook.xml.rels', workbookRels(count));
    await this.part('_rels/.rels', ROOT_RELS);
    await this.part('[Content_Types].xml', contentTypes(count));
    await this.zip.finish();
    return { sheets: count, truncatedCells: this.truncatedCells, truncatedSamples: [...this.truncatedSamples] };
  }

  private rowXml(row: readonly unknown[]): string {
    const r = ++this.sheetRows;
    let xml = `<row r="${r}">`;
    for (let c = 0; c < this.cells.length; c++) {
      const value = row[c];
      if (value !== null && value !== undefined) xml += (this.cells[c] as CellWriter)((this.refs[c] as string) + r, value);
    }
    return xml + '</row>';
  }

  private async openSheet(): Promise<void> {
    const index = this.sheetNames.length + 1;
    this.sheetNames.push(sheetName(this.meta.detail.name, index));
    this.sheet = await this.zip.entry(`xl/worksheets/sheet${index}.xml`);
    this.sheetRows = 0;
    this.sheetBytes = 0;
    await this.writeXml(sheetStart());
    const header = this.meta.columns.map((c, i) => inlineStringCell((this.refs[i] as string) + 1, c.name, STYLE.header));
    this.sheetRows = 1;
    await this.writeXml(`<row r="1">${header.join('')}</row>`);
  }

  private async closeSheet(): Promise<void> {
    if (!this.sheet) return;
    await this.writeXml(SHEET_END);
    await this.sheet.end();
    this.sheet = null;
  }

  private async writeXml(xml: string): Promise<void> {
    await this.writeBytes(this.encoder.encode(xml));
  }

  private async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0 || !this.sheet) return;
    this.sheetBytes += bytes.length;
    await this.sheet.write(bytes);
  }

  private async part(name: string, xml: string): Promise<void> {
    const entry = await this.zip.entry(name);
    await entry.write(this.encoder.encode(xml));
    await entry.end();
  }

  private cellWriter(column: ColumnInfo): CellWriter {
    const number = (ref: string, v: string | number): string => `<c r="${ref}"><v>${v}</v></c>`;
    const styled = (ref: string, serial: number | null, style: number, v: unknown): string =>
      serial === null ? this.text(ref, wireText(v), column) : `<c r="${ref}" s="${style}"><v>${serial}</v></c>`;
    switch (column.kind) {
      case 'INTEGER':
      case 'BIGINT':
      case 'DECIMAL':
        return (ref, v) => {
          if (typeof v === 'number' && Number.isSafeInteger(v)) return number(ref, v);
          const text = wireText(v);
          return fitsExcelNumber(text) ? number(ref, text) : this.text(ref, text, column);
        };
      case 'FLOAT':
        return (ref, v) => (typeof v === 'number' && Number.isFinite(v) ? number(ref, v) : this.text(ref, wireText(v), column));
      case 'BOOLEAN':
        return (ref, v) => (typeof v === 'boolean' ? `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>` : this.text(ref, wireText(v), column));
      case 'DATE':
        return (ref, v) => styled(ref, typeof v === 'string' ? dateSerial(v) : null, STYLE.date, v);
      case 'TIMESTAMP':
        // Milliseconds are shown only where there are some: most timestamps have none.
        return (ref, v) =>
          typeof v === 'string'
            ? styled(ref, timestampSerial(v), hasFraction(v) ? STYLE.dateTimeMs : STYLE.dateTime, v)
            : styled(ref, null, STYLE.dateTime, v);
      case 'TIME':
        // The fraction stays in the value, not in the format: LibreOffice shows [hh]:mm:ss.000 as mm:ss.00.
        return (ref, v) => styled(ref, typeof v === 'string' ? timeSerial(v) : null, STYLE.time, v);
      default:
        return (ref, v) => this.text(ref, wireText(v), column);
    }
  }

  private text(ref: string, value: string, column: ColumnInfo): string {
    const capped = capText(value);
    if (!capped.truncated) return inlineStringCell(ref, value, 0);
    this.truncatedCells++;
    if (this.truncatedSamples.length < 10) {
      const sheet = this.sheetNames[this.sheetNames.length - 1] ?? '';
      this.truncatedSamples.push(`${sheet}!${ref} (${column.name}, ${value.length} chars)`);
    }
    return inlineStringCell(ref, capped.text, STYLE.truncated);
  }
}

/**
 * Sheet names: at most 31 characters, none of []:*?/\ , not Excel's reserved "History";
 * later sheets get " (2)", " (3)" ...
 */
export function sheetName(table: string, index: number): string {
  const cleaned = table.replace(/[[\]:*?/\\]/g, '_') || 'Sheet';
  const base = cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned;
  const suffix = index === 1 ? '' : ` (${index})`;
  return base.slice(0, 31 - suffix.length) + suffix;
}
