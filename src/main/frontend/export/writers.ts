import type { ByteOut, Rows, TableEncoder, TableMeta } from './encode/types';
import { createCsvEncoder } from './encode/csv';
import { createJsonlEncoder } from './encode/jsonl';
import { XlsxWriter } from './encode/xlsx/writer';
import type { DeflateFactory } from './encode/zip/deflate';
import type { ResolvedRequest } from './request';

/** One table's file, whatever the format: the engine feeds pages, the writer writes bytes. */
export interface TableWriter {
  /** `resumed`: the file's start is already written (a CSV/JSONL resume). */
  begin(resumed: boolean): Promise<void>;
  page(rows: Rows): Promise<void>;
  /** Returns warnings about the data (truncated cells). */
  end(): Promise<string[]>;
}

export function createTableWriter(
  request: ResolvedRequest,
  meta: TableMeta,
  out: ByteOut,
  modified: Date,
  deflate?: DeflateFactory,
): TableWriter {
  switch (request.format) {
    case 'CSV':
      return encoderWriter(createCsvEncoder(meta.columns, request.csv), out);
    case 'JSONL':
      return encoderWriter(createJsonlEncoder(meta), out);
    case 'XLSX':
      return xlsxWriter(new XlsxWriter(out, meta, request.xlsx, modified, deflate), meta.detail.name);
  }
}

function encoderWriter(encoder: TableEncoder, out: ByteOut): TableWriter {
  return {
    async begin(resumed) {
      if (!resumed) await out.write(encoder.start());
    },
    page: (rows) => out.write(encoder.page(rows)),
    end: async () => [],
  };
}

function xlsxWriter(writer: XlsxWriter, table: string): TableWriter {
  return {
    begin: () => writer.begin(),
    page: (rows) => writer.page(rows),
    async end() {
      const stats = await writer.end();
      if (stats.truncatedCells === 0) return [];
      return [
        `${table}: ${stats.truncatedCells} cell(s) cut to Excel's 32,767-character limit and highlighted, e.g. ` +
          stats.truncatedSamples.slice(0, 3).join(', '),
      ];
    },
  };
}
