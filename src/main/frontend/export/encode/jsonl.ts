import type { Rows, TableEncoder, TableMeta } from './types';
import { Utf8Builder } from './utf8';

/** Bumped when the header line changes incompatibly. */
export const JSONL_FORMAT_VERSION = 1;

/**
 * The first line of a JSON Lines export: enough to read the rest without asking the server.
 * Values in the row lines keep their wire encoding (see ValueKind): BIGINT and DECIMAL as
 * exact decimal strings, BINARY as Base64, temporal values as ISO strings, NULL as null.
 */
export interface JsonlHeader {
  $tablewise: 'header';
  formatVersion: number;
  table: string;
  columns: Array<{
    name: string;
    type: string;
    sqlType: string;
    jdbcType: number;
    size: number | null;
    nullable: boolean;
    redacted: boolean;
  }>;
  primaryKey: string[];
  estimatedRows: number | null;
  filters: unknown[];
  exportedAt: string;
  appVersion: string | null;
  productVersion: string | null;
}

export function jsonlHeader(meta: TableMeta): JsonlHeader {
  return {
    $tablewise: 'header',
    formatVersion: JSONL_FORMAT_VERSION,
    table: meta.detail.name,
    columns: meta.columns.map((c) => ({
      name: c.name,
      type: c.kind,
      sqlType: c.typeName,
      jdbcType: c.jdbcType,
      size: c.size,
      nullable: c.nullable,
      redacted: c.redaction !== null,
    })),
    primaryKey: meta.detail.primaryKey,
    estimatedRows: meta.detail.estimatedRows,
    filters: [...meta.filters],
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    productVersion: meta.productVersion,
  };
}

export function createJsonlEncoder(meta: TableMeta): TableEncoder {
  const encoder = new TextEncoder();
  const out = new Utf8Builder();
  // Key prefixes are built once: `{"ID":`, `,"SUMMARY":` ...
  const prefixes = meta.columns.map((c, i) => (i === 0 ? '{' : ',') + JSON.stringify(c.name) + ':');
  const count = prefixes.length;
  return {
    start() {
      return encoder.encode(JSON.stringify(jsonlHeader(meta)) + '\n');
    },
    page(rows: Rows) {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as readonly unknown[];
        let line = count === 0 ? '{' : '';
        for (let c = 0; c < count; c++) {
          const value = row[c];
          line += prefixes[c] as string;
          if (value === null || value === undefined) line += 'null';
          else if (typeof value === 'number') line += Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
          else line += JSON.stringify(value);
        }
        out.append(line + '}\n');
      }
      return out.take();
    },
  };
}
