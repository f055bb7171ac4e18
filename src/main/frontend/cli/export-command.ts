import { resolve } from 'node:path';
import type { ExportFormat, Filter } from '../api/types';
import { type ExportResult, startExport } from '../export/engine';
import { type ExportRequest, resolveRequest, suggestedFileName } from '../export/request';
import { type Checkpoint, assertResumable } from '../export/resume';
import type { RateLimit } from '../export/source/rate';
import type { Sink } from '../export/sink';
import { TablewiseClient, restRoot } from '../export/source/client';
import { withServerVersions } from '../export/versions';
import { ExportError } from '../export/source/errors';
import { authHeaders } from './auth';
import { EXIT, UsageError, exitCodeOf } from './exit-codes';
import { type CliIo, VERSION, formatBytes, formatCount } from './io';
import { nodeDeflate } from './node-deflate';
import { FileCheckpointStore, FileSink, StdoutSink, checkpointPath, exists, partialPath, removeQuietly } from './node-sinks';
import { progressView } from './progress-bar';

export interface ExportOptions {
  url: string;
  user?: string;
  password?: string;
  token?: string;
  table?: string[];
  format?: string;
  out?: string;
  columns?: string;
  filter?: string;
  reveal?: boolean;
  delimiter?: string;
  bom?: boolean;
  header: boolean;
  formulaGuard: boolean;
  distinguishNull: boolean;
  lf?: boolean;
  pageSize?: number;
  pagesPerSecond?: number;
  rowsPerSecond?: number;
  fullSpeed?: boolean;
  retries?: number;
  timeout?: number;
  resume?: boolean;
  force?: boolean;
  quiet?: boolean;
}

const FORMATS: Record<string, ExportFormat> = { csv: 'CSV', jsonl: 'JSONL', xlsx: 'XLSX' };
const RESUMABLE_FAILURES = new Set(['cancelled', 'network', 'server', 'protocol']);

/** `tablewise export`: one table to a file (or stdout), several to one ZIP. */
export async function exportCommand(options: ExportOptions, argv: readonly string[], io: CliIo): Promise<number> {
  const headers = authHeaders(options, io.env);
  const toStdout = options.out === '-';
  if (toStdout && options.resume) throw new UsageError('--resume needs a file: stdout cannot be continued');
  const cliRequest = options.table && options.table.length > 0 ? buildRequest(options) : null;
  if (!cliRequest && !options.resume) throw new UsageError('Name at least one --table');

  const out = toStdout ? '-' : resolve(io.cwd, options.out ?? suggestedFileName(cliRequest ?? { tables: [{ table: 'x' }], format: 'CSV' }));
  const store = toStdout ? null : new FileCheckpointStore(out);
  let checkpoint: Checkpoint | null = null;
  let request: ExportRequest;
  if (options.resume) {
    checkpoint = (await store?.load()) ?? null;
    if (!checkpoint) throw new UsageError(`Nothing to resume: ${checkpointPath(out)} does not exist`);
    if (cliRequest) assertResumable(checkpoint, resolveRequest(cliRequest));
    // The saved request decides the bytes; only speed settings may change between runs.
    request = { ...checkpoint.request, ...speedSettings(options, checkpoint.request.rateLimit) };
  } else {
    request = cliRequest as ExportRequest;
    if (!toStdout) await prepareFreshOutput(out, options.force === true);
  }

  const sink: Sink = toStdout ? new StdoutSink(io.stdout) : await FileSink.open(out, checkpoint ? checkpoint.bytes : undefined);
  const client = new TablewiseClient({
    baseUrl: restRoot(options.url),
    headers,
    ...(io.transport ? { transport: io.transport } : {}),
    ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}),
  });
  // A resumed export keeps the versions its header was written with.
  if (!checkpoint) request = await withServerVersions(request, client);
  const job = startExport(request, {
    client,
    sink,
    deflate: nodeDeflate,
    ...(store ? { checkpoints: store } : {}),
    ...(checkpoint ? { resume: checkpoint } : {}),
    ...(options.retries !== undefined ? { retry: { maxAttempts: options.retries + 1, baseDelayMs: 500, maxDelayMs: 30_000 } } : {}),
  });
  const view = progressView(io, options.quiet === true);
  job.subscribe((p) => view.update(p));
  const onInterrupt = (): void => job.cancel();
  io.interrupt?.addEventListener('abort', onInterrupt, { once: true });
  const result = await job.done;
  io.interrupt?.removeEventListener('abort', onInterrupt);
  view.stop();

  for (const warning of result.warnings) io.stderr.write(`tablewise: warning: ${warning}\n`);
  if (result.outcome === 'COMPLETED') {
    if (io.stderr.isTTY && !options.quiet) {
      const where = toStdout ? 'stdout' : out;
      io.stderr.write(`Wrote ${formatCount(result.rows)} rows (${formatBytes(result.bytes)}) to ${where}\n`);
    }
    return EXIT.ok;
  }
  return reportFailure(result, out, toStdout, checkpoint !== null, argv, io);
}

async function reportFailure(
  result: ExportResult,
  out: string,
  toStdout: boolean,
  wasResume: boolean,
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  const error = result.error as ExportError;
  io.stderr.write(`tablewise: ${error.kind === 'cancelled' ? 'cancelled' : error.message}\n`);
  if (error.kind === 'auth') io.stderr.write('tablewise: check --user/--password or --token (or TABLEWISE_* variables)\n');
  if (toStdout) return exitCodeOf(error.kind);
  const keep = wasResume || (result.exportId !== null && RESUMABLE_FAILURES.has(error.kind));
  if (!keep) {
    await removeQuietly(partialPath(out), checkpointPath(out));
    return exitCodeOf(error.kind);
  }
  const at = result.checkpoint?.rows ?? 0;
  io.stderr.write(
    `tablewise: stopped after ${formatCount(result.rows)} rows; the incomplete output is ${partialPath(out)}\n` +
      `tablewise: resume (from row ${formatCount(at)}) with:\n  ${resumeCommand(argv)}\n`,
  );
  return exitCodeOf(error.kind);
}

function buildRequest(options: ExportOptions): ExportRequest {
  const tables = (options.table ?? []).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  const format = FORMATS[(options.format ?? 'csv').toLowerCase()];
  if (!format) throw new UsageError(`Unknown format ${options.format}: use csv, jsonl or xlsx`);
  if ((options.columns || options.filter) && tables.length !== 1) throw new UsageError('--columns and --filter need exactly one --table');
  const columns = options.columns?.split(',').map((c) => c.trim()).filter(Boolean);
  const filters = options.filter ? parseFilters(options.filter) : undefined;
  const delimiter = options.delimiter === undefined ? undefined : options.delimiter === 'tab' || options.delimiter === '\\t' ? '\t' : options.delimiter;
  const request: ExportRequest = {
    tables: tables.map((table) => ({ table, ...(columns ? { columns } : {}), ...(filters ? { filters } : {}) })),
    format,
    client: 'CLI',
    reveal: options.reveal === true,
    csv: {
      ...(delimiter !== undefined ? { delimiter } : {}),
      bom: options.bom === true,
      header: options.header,
      formulaGuard: options.formulaGuard,
      distinguishNull: options.distinguishNull,
      lineEnding: options.lf ? '\n' : '\r\n',
    },
    appVersion: VERSION,
    ...speedSettings(options, undefined),
  };
  try {
    resolveRequest(request);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return request;
}

function speedSettings(options: ExportOptions, saved: RateLimit | undefined): Pick<ExportRequest, 'rateLimit' | 'pageSize'> {
  const chosen = [options.fullSpeed, options.pagesPerSecond !== undefined, options.rowsPerSecond !== undefined].filter(Boolean);
  if (chosen.length > 1) throw new UsageError('Choose one of --full-speed, --pages-per-second, --rows-per-second');
  let rateLimit: RateLimit | undefined = saved;
  if (options.fullSpeed) rateLimit = null;
  else if (options.pagesPerSecond !== undefined) rateLimit = { pagesPerSecond: options.pagesPerSecond };
  else if (options.rowsPerSecond !== undefined) rateLimit = { rowsPerSecond: options.rowsPerSecond };
  return { ...(rateLimit !== undefined ? { rateLimit } : {}), ...(options.pageSize !== undefined ? { pageSize: options.pageSize } : {}) };
}

function parseFilters(text: string): Filter[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError('--filter must be JSON, e.g. \'[{"column":"PROJECT","op":"EQ","value":"10000"}]\'');
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  for (const f of list) {
    if (typeof f !== 'object' || f === null || typeof (f as Filter).column !== 'string' || typeof (f as Filter).op !== 'string') {
      throw new UsageError('Each filter needs a "column" and an "op" (EQ, IN, RANGE, IS_NULL, NOT_NULL)');
    }
  }
  return list as Filter[];
}

async function prepareFreshOutput(out: string, force: boolean): Promise<void> {
  // A checkpoint without its partial file is left from a run killed between the final rename
  // and the clean-up: that export completed, nothing is interrupted.
  const interrupted = await exists(partialPath(out));
  if (!force && interrupted) {
    throw new UsageError(`An interrupted export to ${out} exists: continue it with --resume, or start over with --force`);
  }
  if (!force && (await exists(out))) throw new UsageError(`${out} exists: pass --force to replace it`);
  // With --force the old file stays until the new one is complete and renamed over it.
  await removeQuietly(partialPath(out), checkpointPath(out));
}

/** The same command with --resume, secrets masked, --force dropped. */
export function resumeCommand(argv: readonly string[]): string {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--force' || arg === '--resume') continue;
    if (arg === '--password' || arg === '--token') {
      i++;
      continue;
    }
    if (arg.startsWith('--password=') || arg.startsWith('--token=')) continue;
    args.push(/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  }
  const secrets = argv.some((a) => a.startsWith('--password') || a.startsWith('--token'));
  return `tablewise ${args.join(' ')} --resume${secrets ? '   (pass --password/--token again, or set TABLEWISE_*)' : ''}`;
}

export function errorExit(thrown: unknown, io: CliIo): number {
  if (thrown instanceof UsageError) {
    io.stderr.write(`tablewise: ${thrown.message}\n`);
    return EXIT.usage;
  }
  if (thrown instanceof ExportError) {
    io.stderr.write(`tablewise: ${thrown.message}\n`);
    return exitCodeOf(thrown.kind);
  }
  io.stderr.write(`tablewise: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  return EXIT.failure;
}
