/**
 * Encode speed of the export engine on a synthetic 30-column jiraissue-like table.
 *   npx tsx bench/export/encode.bench.ts [rows=200000] [pageSize=5000]
 * Prints rows/s and MB/s for CSV, JSON Lines and XLSX encoding alone, and for the whole engine
 * at full speed against an in-memory server (JSON parse of every page included).
 */
import { nodeDeflate } from '../../src/main/frontend/cli/node-deflate';
import { createCsvEncoder, defaultCsvOptions } from '../../src/main/frontend/export/encode/csv';
import { createJsonlEncoder } from '../../src/main/frontend/export/encode/jsonl';
import type { TableMeta } from '../../src/main/frontend/export/encode/types';
import { XlsxWriter, defaultXlsxOptions } from '../../src/main/frontend/export/encode/xlsx/writer';
import { startExport } from '../../src/main/frontend/export/engine';
import type { Sink } from '../../src/main/frontend/export/sink';
import { TablewiseClient } from '../../src/main/frontend/export/source/client';
import { FakeServer } from '../../test/frontend/export/support/contract';
import { JIRAISSUE_COLUMNS, jiraissueTable } from '../../test/frontend/export/support/jiraissue';

const rows = Number(process.argv[2] ?? 200_000);
const pageSize = Number(process.argv[3] ?? 5000);
const table = jiraissueTable(rows);
const pages: unknown[][][] = [];
for (let i = 0; i < rows; i += pageSize) pages.push(table.rows.slice(i, i + pageSize));
const meta: TableMeta = {
  detail: table.detail,
  columns: JIRAISSUE_COLUMNS,
  filters: [],
  exportedAt: new Date().toISOString(),
  appVersion: 'bench',
  productVersion: null,
};

class NullSink implements Sink {
  bytes = 0;
  async write(chunk: Uint8Array): Promise<void> {
    this.bytes += chunk.length;
  }
  async close(): Promise<void> {}
  async abort(): Promise<void> {}
}

/**
 * Wall-clock rows/s, and rows per CPU-second of this process (all its threads, zlib's
 * included), which stays meaningful on a busy machine where wall time does not.
 */
function report(name: string, ms: number, cpuMs: number, bytes: number): void {
  const rps = Math.round((rows / ms) * 1000);
  const cpu = Math.round((rows / cpuMs) * 1000);
  console.log(
    `${name.padEnd(34)} ${String(rps).padStart(8)} rows/s ${String(cpu).padStart(8)} rows/cpu-s ${((bytes / ms) * 1000 / 1e6).toFixed(1).padStart(6)} MB/s  ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

async function time(name: string, run: () => Promise<number> | number): Promise<void> {
  await run(); // warm-up: let the JIT see the hot path
  const cpu = process.cpuUsage();
  const start = performance.now();
  const bytes = await run();
  const used = process.cpuUsage(cpu);
  report(name, performance.now() - start, (used.user + used.system) / 1000, bytes);
}

console.log(`${rows} rows x ${JIRAISSUE_COLUMNS.length} columns, pages of ${pageSize}, Node ${process.version}`);

await time('CSV encode', () => {
  const encoder = createCsvEncoder(JIRAISSUE_COLUMNS, defaultCsvOptions);
  let bytes = encoder.start().length;
  for (const page of pages) bytes += encoder.page(page).length;
  return bytes;
});

await time('JSONL encode', () => {
  const encoder = createJsonlEncoder(meta);
  let bytes = encoder.start().length;
  for (const page of pages) bytes += encoder.page(page).length;
  return bytes;
});

for (const [name, deflate] of [
  ['XLSX encode (zlib level 1, CLI)', nodeDeflate],
  ['XLSX encode (CompressionStream)', undefined],
] as const) {
  await time(name, async () => {
    const sink = new NullSink();
    const writer = new XlsxWriter(sink, meta, defaultXlsxOptions, new Date(), deflate);
    await writer.begin();
    for (const page of pages) await writer.page(page);
    await writer.end();
    return sink.bytes;
  });
}

for (const format of ['CSV', 'XLSX'] as const) {
  await time(`engine ${format}, full speed, in-memory`, async () => {
    const server = new FakeServer({ tables: [table] });
    const sink = new NullSink();
    const job = startExport(
      { tables: [{ table: 'jiraissue' }], format, client: 'CLI', rateLimit: null, pageSize },
      { client: new TablewiseClient({ baseUrl: 'http://bench/rest/tablewise/1.0', transport: server.transport }), sink, deflate: nodeDeflate },
    );
    const result = await job.done;
    if (result.outcome !== 'COMPLETED') throw new Error(result.error?.message);
    return sink.bytes;
  });
}
