import type { TableSummary } from '../api/types';
import { TablewiseClient, restRoot } from '../export/source/client';
import { toExportError } from '../export/source/errors';
import { authHeaders } from './auth';
import { EXIT, exitCodeOf } from './exit-codes';
import { type CliIo, formatBytes } from './io';

export interface TablesOptions {
  url: string;
  user?: string;
  password?: string;
  token?: string;
  json?: boolean;
  match?: string;
  timeout?: number;
}

/** `tablewise tables`: the catalog, as a table for people or JSON for scripts. */
export async function tablesCommand(options: TablesOptions, io: CliIo): Promise<number> {
  const client = new TablewiseClient({
    baseUrl: restRoot(options.url),
    headers: authHeaders(options, io.env),
    ...(io.transport ? { transport: io.transport } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}),
  });
  try {
    const list = await client.listTables(io.interrupt);
    const match = options.match?.toLowerCase();
    const tables = match ? list.tables.filter((t) => t.name.toLowerCase().includes(match)) : list.tables;
    io.stdout.write(options.json ? JSON.stringify({ ...list, tables }, null, 2) + '\n' : render(tables));
    return EXIT.ok;
  } catch (thrown) {
    const error = toExportError(thrown);
    io.stderr.write(`tablewise: ${error.message}\n`);
    return exitCodeOf(error.kind);
  }
}

function render(tables: TableSummary[]): string {
  const head = ['TABLE', 'GROUP', 'ROWS (EST.)', 'SIZE', 'COLUMNS', 'PRIMARY KEY', 'REDACTED'];
  const rows = tables.map((t) => [
    t.name,
    t.group,
    t.estimatedRows === null ? '?' : String(t.estimatedRows),
    t.sizeBytes === null ? '?' : formatBytes(t.sizeBytes),
    String(t.columnCount),
    t.primaryKey.join(',') || '-',
    t.redactedColumns.join(',') || '-',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd() + '\n';
  return line(head) + rows.map(line).join('');
}
