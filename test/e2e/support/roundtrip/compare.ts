import type { ReadBack } from './readers';
import { type Format, logical, mismatch, show, wireKind } from './rules';
import type { SqlTable } from './sql';

/**
 * Every difference between a file read back and the table read by SQL, each naming the format,
 * table, row (number and key) and column. Rows are compared in order: the export pages in key
 * order and the SQL read orders the same way. At most `limit` differences are listed.
 */
export function differences(format: Format, table: SqlTable, file: ReadBack, limit = 20): string[] {
  const found: string[] = [];
  const where = `${format} ${table.name}`;
  const names = table.columns.map((c) => c.name);
  if (file.header.join() !== names.join()) found.push(`${where}: header ${show(file.header)}, expected ${show(names)}`);
  if (file.meta) {
    const m = file.meta;
    if (m.table !== table.name) found.push(`${where}: header names table ${show(m.table)}`);
    if (m.primaryKey.join() !== table.primaryKey.join()) found.push(`${where}: primary key ${show(m.primaryKey)}, expected ${show(table.primaryKey)}`);
    table.columns.forEach((c, i) => {
      const h = m.columns[i];
      if (!h || h.type !== wireKind(c)) found.push(`${where} column ${c.name}: type ${show(h?.type)}, expected ${wireKind(c)} for ${c.type}`);
      if (h && h.nullable !== c.nullable) found.push(`${where} column ${c.name}: nullable ${h.nullable}, expected ${c.nullable}`);
    });
  }
  if (file.rows.length !== table.rows.length) found.push(`${where}: ${file.rows.length} rows, expected ${table.rows.length}`);
  const keyColumns = table.primaryKey.map((k) => names.indexOf(k));
  for (let r = 0; r < Math.min(file.rows.length, table.rows.length) && found.length < limit; r++) {
    const sqlRow = table.rows[r] as Array<string | null>;
    const fileRow = file.rows[r] ?? [];
    const key = keyColumns.length > 0 ? keyColumns.map((k) => `${names[k]}=${sqlRow[k]}`).join(',') : 'no key';
    table.columns.forEach((column, c) => {
      const problem = mismatch(format, logical(column, sqlRow[c] ?? null), fileRow[c] ?? { value: undefined });
      if (problem && found.length < limit) found.push(`${where} row ${r + 1} (${key}) column ${column.name} [${column.type}]: ${problem}`);
    });
  }
  return found;
}
