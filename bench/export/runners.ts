/**
 * The four ways of getting jiraissue into a file that the export benchmark compares: psql's
 * COPY, the CLI (CSV and XLSX) and the browser engine in headless Chromium. Each returns its
 * wall time and peak memory; the caller checks rows against the audit log.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import type { AuditPage, ExportClient, ExportFormat, Filter } from '../../src/main/frontend/api/types';
import type { FromWorker, ToWorker } from '../../src/main/frontend/export/browser/protocol';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/e2e/support/browser';
import { watchChromiumRss, watchHighWaterMark } from './memory';

const repo = resolve(import.meta.dirname, '../..');
export const CLI = join(repo, 'target/cli/tablewise.mjs');
const WORKER_PATH = '/download/resources/io.tablewise.exporter/tablewise/tablewise-export-worker.js';
const REST = '/rest/tablewise/1.0';
export const AUTH = `Basic ${Buffer.from('admin:admin').toString('base64')}`;

export interface Run {
  seconds: number;
  bytes: number;
  /** Peak memory of the client in bytes (VmHWM of the CLI, summed RSS of Chromium). */
  peakBytes: number;
}

/** Runs a child to completion; rejects with its stderr on a non-zero exit. */
function finish(child: ReturnType<typeof spawn>, what: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolveRun, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveRun() : reject(new Error(`${what} exited with ${code}: ${stderr.trim()}`))));
  });
}

/** psql's COPY (SELECT ...) TO STDOUT WITH CSV, its output into a file. */
export async function runCopy(psql: string, conninfo: string, select: string, out: string): Promise<Run> {
  const fd = openSync(out, 'w');
  const start = performance.now();
  try {
    const child = spawn(psql, [conninfo, '-X', '-q', '-c', `COPY (${select}) TO STDOUT WITH CSV`], { stdio: ['ignore', fd, 'pipe'] });
    await finish(child, 'psql');
  } finally {
    closeSync(fd);
  }
  return { seconds: (performance.now() - start) / 1000, bytes: statSync(out).size, peakBytes: 0 };
}

/** `tablewise export --full-speed` as a user types it, to a file. */
export async function runCli(baseUrl: string, format: 'csv' | 'xlsx', out: string, filters: Filter[] | null): Promise<Run> {
  const args = [CLI, 'export', '--url', baseUrl, '--user', 'admin', '--password', 'admin', '-t', 'jiraissue', '-f', format,
    '-o', out, '--full-speed', '--force', '--quiet', ...(filters ? ['--filter', JSON.stringify(filters)] : [])];
  const start = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  // Read until the process is gone: the high-water mark is never lowered.
  const memory = watchHighWaterMark(child.pid as number);
  let peakBytes = 0;
  try {
    await finish(child, 'tablewise');
  } finally {
    peakBytes = memory.stop();
  }
  return { seconds: (performance.now() - start) / 1000, bytes: statSync(out).size, peakBytes };
}

/**
 * Headless Chromium with a profile on disk, as a user's browser has: the export worker stages
 * its output in the origin-private file system, which an in-memory (incognito) profile would
 * keep in RAM.
 */
export async function openBrowser(profileDir: string, downloadsDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
  });
}

/**
 * The browser engine: the webpack-built export worker, started from a page of the dev host's
 * origin exactly as the admin page starts it (same message, the download target), its
 * finished file handed to the browser's download manager. Timed until the download is on disk.
 */
export async function runBrowser(context: BrowserContext, baseUrl: string, format: ExportFormat, filters: Filter[] | null): Promise<Run & { stagedSeconds: number; rows: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/login`);
    const start: ToWorker = {
      type: 'start',
      request: { tables: [{ table: 'jiraissue', ...(filters ? { filters } : {}) }], format, client: 'BROWSER', fullSpeed: true },
      baseUrl: baseUrl + REST,
      target: { kind: 'download', name: `jiraissue.${format.toLowerCase()}` },
      headers: { Authorization: AUTH },
    };
    const memory = watchChromiumRss();
    const t0 = performance.now();
    const downloaded = page.waitForEvent('download', { timeout: 0 });
    let peakBytes = 0;
    try {
      const result = await page.evaluate(
        ({ workerUrl, message }) =>
          new Promise<{ outcome: string; rows: number; error: string | null }>((done, fail) => {
            const worker = new Worker(workerUrl);
            worker.onerror = (event) => fail(new Error(event.message));
            worker.onmessage = (event: MessageEvent<FromWorker>) => {
              if (event.data.type !== 'done') return;
              const { result, file } = event.data;
              // What start.ts's offerDownload does with the staged file.
              if (file) {
                const a = document.createElement('a');
                a.href = URL.createObjectURL(file);
                a.download = file.name;
                document.body.append(a);
                a.click();
              }
              worker.terminate();
              done({ outcome: result.outcome, rows: result.rows, error: result.error?.message ?? null });
            };
            worker.postMessage(message);
          }),
        { workerUrl: baseUrl + WORKER_PATH, message: start },
      );
      const stagedSeconds = (performance.now() - t0) / 1000;
      if (result.outcome !== 'COMPLETED') throw new Error(`browser export ${result.outcome}: ${result.error}`);
      const download = await downloaded;
      const path = await download.path();
      const seconds = (performance.now() - t0) / 1000;
      peakBytes = memory.stop();
      const bytes = statSync(path).size;
      await download.delete();
      return { seconds, stagedSeconds, bytes, peakBytes, rows: result.rows };
    } finally {
      memory.stop();
      // The staged copy stays in the private file system until stale clean-up: remove it now.
      await page.evaluate(async () => {
        const root = (await navigator.storage.getDirectory()) as unknown as { keys(): AsyncIterable<string>; removeEntry(n: string): Promise<void> };
        const names: string[] = [];
        for await (const name of root.keys()) names.push(name);
        for (const name of names) await root.removeEntry(name);
      });
    }
  } finally {
    await page.close();
  }
}

/**
 * The newest export of this client and format in the audit log: the one just run, with the rows
 * the engine reported. (The benchmark needs its database to itself: another dev host on it
 * writes the same log.)
 */
export async function lastAudit(baseUrl: string, client: ExportClient, format: ExportFormat): Promise<{ rows: number; outcome: string }> {
  const response = await fetch(`${baseUrl}${REST}/audit?limit=20`, { headers: { Authorization: AUTH } });
  const page = (await response.json()) as AuditPage;
  const entry = page.entries.find((e) => e.kind === 'EXPORT' && e.client === client && e.format === format);
  if (!entry) throw new Error(`no ${client} ${format} export in the audit log`);
  return { rows: entry.rows, outcome: entry.outcome };
}
