import type pg from 'pg';

export interface SqlColumn {
  name: string;
  /** PostgreSQL's udt_name: int4, numeric, timestamptz, bytea ... */
  type: string;
  nullable: boolean;
  /** numeric(precision, scale); null for other types and unconstrained numeric. */
  precision: number | null;
  scale: number | null;
}

export interface SqlTable {
  name: string;
  columns: SqlColumn[];
  primaryKey: string[];
  /** Every value in PostgreSQL's own text output (UTC, ISO dates, bytea as \x hex); null for NULL. */
  rows: Array<Array<string | null>>;
}

/** Every value as the server's text, never through the driver's own conversions. */
const asText = { getTypeParser: () => (text: string) => text } as unknown as pg.CustomTypesConfig;

export async function sqlTableNames(client: pg.Client): Promise<string[]> {
  const result = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  return result.rows.map((r) => r.name);
}

/**
 * Reads a whole table directly, ordered as the export pages it: by the primary key, or by every
 * column where there is none. Values are PostgreSQL's text output in UTC, so nothing of the
 * app's (or a driver's) encoding is borrowed for the expectation.
 */
export async function readSqlTable(client: pg.Client, name: string): Promise<SqlTable> {
  await client.query(`SET TimeZone = 'UTC'; SET DateStyle = 'ISO'; SET bytea_output = 'hex'; SET extra_float_digits = 1`);
  const columns = (
    await client.query<{ name: string; type: string; nullable: string; precision: number | null; scale: number | null }>(
      `SELECT column_name AS name, udt_name AS type, is_nullable AS nullable,
              CASE WHEN udt_name = 'numeric' THEN numeric_precision END AS precision,
              CASE WHEN udt_name = 'numeric' THEN numeric_scale END AS scale
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [name],
    )
  ).rows.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable === 'YES', precision: c.precision, scale: c.scale }));
  const primaryKey = (
    await client.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indrelid = (quote_ident(current_schema()) || '.' || quote_ident($1))::regclass AND i.indisprimary
        ORDER BY array_position(i.indkey::int2[], a.attnum)`,
      [name],
    )
  ).rows.map((r) => r.name);
  const order = (primaryKey.length > 0 ? primaryKey : columns.map((c) => c.name)).map(quote).join(', ');
  const result = await client.query<Array<string | null>>({
    text: `SELECT ${columns.map((c) => quote(c.name)).join(', ')} FROM ${quote(name)} ORDER BY ${order}`,
    rowMode: 'array',
    types: asText,
  });
  return { name, columns, primaryKey, rows: result.rows };
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}
