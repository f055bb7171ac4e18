/**
 * The built CLI against a loopback server that answers the contract with pre-serialised pages,
 * so the numbers are the client's: HTTP, JSON parse, encode, write to disk.
 *   npm run build:cli && npx tsx bench/export/cli-loopback.bench.ts [rows=300000] [format=csv] [pageSize=5000]
 * Reports wall-clock rows/s and the CLI process's CPU time (from /usr/bin/time).
 * CLI_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the CLI.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RowPage } from '../../src/main/frontend/api/types';
import { jiraissueTable } from '../../test/frontend/export/support/jiraissue';

const rows = Number(process.argv[2] ?? 300_000);
const format = process.argv[3] ?? 'csv';
const pageSize = Number(process.argv[4] ?? 5000);
const table = jiraissueTable(rows);
const columns = table.detail.columns.map((c) => c.name);
const pages = new Map<string, string>();
for (let i = 0; i < rows; i += pageSize) {
  const last = Math.min(i + pageSize, rows) - 1;
  const page: RowPage = {
    table: 'jiraissue',
    columns,
    rows: table.rows.slice(i, last + 1),
    nextCursor: last + 1 < rows ? `k${last}` : null,
    redactedColumns: [],
  };
  pages.set(i === 0 ? '' : `k${i - 1}`, JSON.stringify(page));
}
const detail = JSON.stringify(table.detail);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  req.resume();
  let body: string | undefined;
  if (url.pathname.endsWith('/tables/jiraissue')) body = detail;
  else if (url.pathname.endsWith('/rows')) body = pages.get(url.searchParams.get('after') ?? '');
  else if (req.method === 'POST') body = '{"exportId":"bench"}';
  else if (req.method === 'PUT') {
    res.writeHead(204).end();
    return;
  }
  if (body === undefined) res.writeHead(404).end('{"errorCode":"NOT_FOUND","message":"no"}');
  else res.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const dir = mkdtempSync(join(tmpdir(), 'tablewise-bench-'));
  const out = join(dir, `jiraissue.${format}`);
  const args = ['-f', '%e %U %S %M', process.execPath, ...(process.env.CLI_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'target/cli/tablewise.mjs', 'export', '--url', `http://127.0.0.1:${port}`,
    '--token', 'x', '-t', 'jiraissue', '-f', format, '-o', out, '--full-speed', '--page-size', String(pageSize)];
  // The CLI runs in a child while this process serves (spawnSync would block the server).
  {
    const child = spawn('/usr/bin/time', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => {
      const [wall, user, sys, maxKb] = (stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) as [number, number, number, number];
      const bytes = statSync(out).size;
      console.log(`${rows} rows, ${format}, exit ${code}: ${Math.round(rows / wall)} rows/s wall, ` +
        `${Math.round(rows / (user + sys))} rows/cpu-s (client), ${(bytes / 1e6 / wall).toFixed(1)} MB/s, ${(bytes / 1e6).toFixed(0)} MB, max RSS ${Math.round(maxKb / 1024)} MB`);
      rmSync(dir, { recursive: true, force: true });
      server.close();
    });
  }
});
