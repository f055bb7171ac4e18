import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { AuditEntry, AuditPage } from '../../src/main/frontend/api/types';
import { nodeDeflate } from '../../src/main/frontend/cli/node-deflate';
import { systemClock } from '../../src/main/frontend/export/clock';
import { startExport } from '../../src/main/frontend/export/engine';
import { MemorySink } from '../../src/main/frontend/export/sink';
import { TablewiseClient, restRoot } from '../../src/main/frontend/export/source/client';
import { type CuttingProxy, startCuttingProxy } from './support/cutting-proxy';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { centralDirectoryOffset, localHeaderOffset } from './support/zip-layout';

/*
 * The fault test of the export engine: a proxy on loopback cuts the connection mid-response
 * every few MB while the real CLI (target/cli/tablewise.mjs, a separate Node process) exports
 * a ~20 MB table; the finished file must be byte-identical to an uninterrupted export.
 */

const repo = resolve(import.meta.dirname, '../..');
const cli = resolve(repo, 'target/cli/tablewise.mjs');
const work = resolve(repo, 'target/e2e', `export-faults-${process.pid}`);
/** ~22 MB of CSV and ~32 MB of JSON pages on the wire for jiraissue (about 420 bytes a row). */
const ISSUES = 55_000;
const MB = 1_000_000;
/** Five cuts a few MB apart, no two gaps alike. */
const CUTS = [3.2, 4.6, 2.7, 5.1, 3.8].map((mb) => Math.round(mb * MB));
const CREDENTIALS = { TABLEWISE_USER: 'admin', TABLEWISE_PASSWORD: 'admin' };

interface CliRun {
  code: number | null;
  stderr: string;
}

function runCli(args: string[]): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', ...CREDENTIALS },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, stderr }));
  });
}

function exportArgs(url: string, format: 'csv' | 'jsonl', out: string): string[] {
  return ['export', '--url', url, '-t', 'jiraissue', '--format', format, '-o', out, '--full-speed'];
}

function assertCutsAsPlanned(proxy: CuttingProxy, planned: readonly number[]): void {
  assert.equal(proxy.cuts.length, planned.length, 'the proxy cut the connection as often as planned');
  for (const cut of proxy.cuts) {
    assert.ok(cut.heldBack > 0, 'each cut kept back part of a response: the client saw a body stop midway');
    assert.ok(cut.connectionBytes > 0, 'each cut hit a connection that was carrying data');
  }
}

describe('an export through a connection that drops every few MB', () => {
  let host: RunningDevHost;
  let rest: string;
  let authorization: string;
  let referenceCsv: Buffer;
  let rows: number;

  before(async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repo, stdio: 'ignore' });
    host = await startDevHost('export-faults', {
      TABLEWISE_SAMPLE_ISSUES: String(ISSUES),
      TABLEWISE_SAMPLE_TABLES: 'jiraissue,project,priority,issuestatus',
    });
    rest = restRoot(host.baseUrl);
    authorization = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
    const reference = await runCli(exportArgs(host.baseUrl, 'csv', 'reference.csv'));
    assert.equal(reference.code, 0, reference.stderr);
    referenceCsv = readFileSync(resolve(work, 'reference.csv'));
    rows = (await latestExport()).rows;
  });

  after(async () => {
    await host?.stop();
    // About 180 MB of exports and database per run.
    rmSync(work, { recursive: true, force: true });
  });

  async function latestExport(): Promise<AuditEntry> {
    const response = await fetch(`${rest}/audit?limit=20`, { headers: { Authorization: authorization, Accept: 'application/json' } });
    assert.equal(response.status, 200);
    const page = (await response.json()) as AuditPage;
    const entry = page.entries.find((e) => e.kind === 'EXPORT');
    assert.ok(entry, 'an export entry in the audit log');
    return entry;
  }

  /**
   * The audit counts the rows the server sent, each page once (AuditService, RecentPages): a page
   * cut on its way and asked for again is not counted twice, so the count is the file's rows
   * exactly; the engine's own count is in the message.
   */
  function assertCountedOnce(entry: AuditEntry): void {
    assert.match(entry.message ?? '', new RegExp(`^client reported ${rows} rows, \\d+ bytes$`));
    assert.equal(entry.rows, rows, 'rows served, each page once, whatever was cut and asked for again');
  }

  async function withProxy<T>(cutAfter: readonly number[], body: (proxy: CuttingProxy) => Promise<T>, downAfterLastCut = false): Promise<T> {
    const proxy = await startCuttingProxy({ targetPort: Number(new URL(host.baseUrl).port), cutAfter, downAfterLastCut });
    try {
      return await body(proxy);
    } finally {
      await proxy.close();
    }
  }

  it('the uninterrupted reference holds the whole sample', async () => {
    const entry = await latestExport();
    assert.equal(entry.outcome, 'COMPLETED');
    assert.equal(entry.client, 'CLI');
    assert.equal(rows, ISSUES, 'every jiraissue row of the sample');
    assert.ok(referenceCsv.length > 20 * MB, `a file of over 20 MB (${referenceCsv.length} bytes)`);
  });

  it('CSV, cut five times mid-response: exit 0, byte-identical file, audited as completed', async () => {
    const run = await withProxy(CUTS, async (proxy) => {
      const result = await runCli(exportArgs(proxy.url, 'csv', 'cut.csv'));
      assertCutsAsPlanned(proxy, CUTS);
      return result;
    });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(readFileSync(resolve(work, 'cut.csv')).equals(referenceCsv), 'cut.csv is byte-identical to reference.csv');
    assert.equal(existsSync(resolve(work, 'cut.csv.partial')), false);
    const entry = await latestExport();
    assert.deepEqual([entry.outcome, entry.format, entry.client], ['COMPLETED', 'CSV', 'CLI']);
    assert.deepEqual(entry.tables, ['jiraissue']);
    assertCountedOnce(entry);
  });

  it('JSON Lines, cut five times: identical but for the exportedAt of the header line', async () => {
    const direct = await runCli(exportArgs(host.baseUrl, 'jsonl', 'reference.jsonl'));
    assert.equal(direct.code, 0, direct.stderr);
    const run = await withProxy(CUTS, async (proxy) => {
      const result = await runCli(exportArgs(proxy.url, 'jsonl', 'cut.jsonl'));
      assertCutsAsPlanned(proxy, CUTS);
      return result;
    });
    assert.equal(run.code, 0, run.stderr);
    const entry = await latestExport();
    assert.deepEqual([entry.outcome, entry.format], ['COMPLETED', 'JSONL']);
    assertCountedOnce(entry);

    // The header carries the export's start time (the engine's wall clock), so two runs differ
    // in those 24 characters and nowhere else. The CLI has no switch to fix its clock, on purpose.
    const [reference, cut] = [readFileSync(resolve(work, 'reference.jsonl')), readFileSync(resolve(work, 'cut.jsonl'))];
    assert.equal(cut.length, reference.length, 'same size');
    const headerEnd = reference.indexOf(0x0a);
    assert.equal(cut.indexOf(0x0a), headerEnd, 'header lines of the same length');
    assert.ok(cut.subarray(headerEnd).equals(reference.subarray(headerEnd)), 'every row line byte-identical');
    const withoutClock = (bytes: Buffer): unknown => {
      const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as { exportedAt: string };
      assert.match(header.exportedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return { ...header, exportedAt: null };
    };
    assert.deepEqual(withoutClock(cut), withoutClock(reference), 'headers equal but for exportedAt');
    assert.equal(reference.subarray(headerEnd + 1).toString('utf8').split('\n').length - 1, rows, 'one line per row');
  });

  it('a connection that stays down: exit 5, only a .partial that is a prefix of the file; --resume completes it', async () => {
    const out = resolve(work, 'down.csv');
    const failed = await withProxy(
      // Past the first full-speed page (10,000 rows, about 4.8 MB of JSON), so the cut leaves a checkpoint to resume from.
      [Math.round(7.3 * MB)],
      async (proxy) => {
        const result = await runCli([...exportArgs(proxy.url, 'csv', 'down.csv'), '--retries', '2']);
        assert.equal(proxy.cuts.length, 1);
        assert.ok(proxy.refused >= 3, `the retries met a dead network (${proxy.refused} connections refused)`);
        return result;
      },
      true,
    );
    assert.equal(failed.code, 5, `network failure after all retries: ${failed.stderr}`);
    assert.match(failed.stderr, /resume .* with:/);
    assert.equal(existsSync(out), false, 'nothing under the real name');
    const partial = readFileSync(`${out}.partial`);
    assert.ok(partial.length > 0 && partial.length < referenceCsv.length, 'the partial file is incomplete');
    assert.ok(partial.equals(referenceCsv.subarray(0, partial.length)), 'what was written is the start of the file');
    assert.ok(existsSync(`${out}.partial.checkpoint.json`));
    // Its end could not be reported either (the network is down), so the entry stays open.
    const interrupted = await latestExport();
    assert.equal(interrupted.outcome, 'RUNNING');

    const resumed = await runCli([...exportArgs(host.baseUrl, 'csv', 'down.csv'), '--resume']);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.ok(readFileSync(out).equals(referenceCsv), 'the resumed file is byte-identical to reference.csv');
    assert.equal(existsSync(`${out}.partial`), false);
    assert.equal(existsSync(`${out}.partial.checkpoint.json`), false);
    // The resume continues the same audit entry (POST /exports is idempotent by the
    // checkpoint's clientRequestId while the entry runs): one export, one entry.
    const entry = await latestExport();
    assert.equal(entry.exportId, interrupted.exportId, 'the resume closed the interrupted export');
    const resumedAt = Number(/^resumed at row (\d+) \(client reported (\d+) rows/.exec(entry.message ?? '')?.[1]);
    assert.ok(resumedAt > 0 && resumedAt < rows, `resumed midway: ${entry.message}`);
    assert.equal(entry.outcome, 'COMPLETED');
    assert.match(entry.message ?? '', new RegExp(`client reported ${rows} rows`));
    assert.equal(entry.rows, rows, 'the pages served before the cut and again after the resume count once');
  });

  it('engine API with a fixed clock: a ZIP of XLSX workbooks cut three times equals the uninterrupted one', async () => {
    // In-process so the clock can be fixed: ZIP entry times and the manifest's exportedAt come
    // from it. What still differs is the server's exportId in manifest.json, which is the last
    // entry: everything before it must be byte-identical, and the manifests equal but for it.
    const clock = { ...systemClock, wall: () => new Date('2026-01-02T03:04:05.000Z') };
    const request = {
      tables: [{ table: 'jiraissue', filters: [{ column: 'ID', op: 'RANGE' as const, from: 10_000, to: 25_000 }] }, { table: 'project' }, { table: 'priority' }],
      format: 'XLSX' as const,
      client: 'CLI' as const,
      fullSpeed: true,
    };
    const exportVia = async (baseUrl: string): Promise<{ bytes: Buffer; exportId: string | null }> => {
      const sink = new MemorySink();
      const client = new TablewiseClient({ baseUrl: restRoot(baseUrl), headers: { Authorization: authorization } });
      const result = await startExport(request, { client, sink, clock, deflate: nodeDeflate }).done;
      assert.equal(result.outcome, 'COMPLETED', result.error?.message);
      assert.equal(sink.state, 'closed');
      return { bytes: Buffer.from(sink.bytes()), exportId: result.exportId };
    };
    const cuts = [1.6, 2.9, 2.2].map((mb) => Math.round(mb * MB));
    const reference = await exportVia(host.baseUrl);
    const cut = await withProxy(cuts, async (proxy) => {
      const result = await exportVia(proxy.url);
      assertCutsAsPlanned(proxy, cuts);
      return result;
    });

    const manifestAt = localHeaderOffset(reference.bytes, 'manifest.json');
    assert.equal(localHeaderOffset(cut.bytes, 'manifest.json'), manifestAt, 'the table entries have the same size');
    assert.ok(cut.bytes.subarray(0, manifestAt).equals(reference.bytes.subarray(0, manifestAt)), 'every workbook entry byte-identical');
    assert.ok(centralDirectoryOffset(reference.bytes) > manifestAt);
    const manifest = (zip: Buffer, exportId: string | null): unknown => {
      const parsed = JSON.parse(new TextDecoder().decode(unzipSync(new Uint8Array(zip))['manifest.json'])) as { exportId: string };
      assert.equal(parsed.exportId, exportId, 'the manifest names its own audit entry');
      return { ...parsed, exportId: null };
    };
    assert.deepEqual(manifest(cut.bytes, cut.exportId), manifest(reference.bytes, reference.exportId));
    assert.notEqual(cut.exportId, reference.exportId);
  });
});
