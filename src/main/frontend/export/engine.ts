import type { ColumnInfo, ExportFinish, ExportStart, RowPage } from '../api/types';
import { type Clock, abortReason, systemClock } from './clock';
import { MANIFEST_NAME, type Manifest, type ManifestTable } from './encode/manifest';
import type { TableMeta } from './encode/types';
import type { DeflateFactory } from './encode/zip/deflate';
import { ZipWriter } from './encode/zip/writer';
import { CountingOut, HashingOut } from './out';
import { type ExportProgress, RateMeter, etaSeconds, initialProgress } from './progress';
import {
  FULL_SPEED_MAX_BYTES,
  type ExportRequest,
  type ResolvedRequest,
  extensionOf,
  isMultiTable,
  resolveRequest,
  safeFileName,
  suggestedFileName,
} from './request';
import { type Checkpoint, type CheckpointStore, assertResumable, initialCheckpoint, resumesPerPage } from './resume';
import type { Sink } from './sink';
import type { TablewiseClient } from './source/client';
import { ExportError, toExportError } from './source/errors';
import { prefetchPages } from './source/pager';
import { RateLimiter } from './source/rate';
import { type RetryPolicy, defaultRetryPolicy, withRetry } from './source/retry';
import { randomUuid } from './uuid';
import { type TableWriter, createTableWriter } from './writers';

export interface EngineDeps {
  client: TablewiseClient;
  sink: Sink;
  clock?: Clock;
  /** In [0, 1), for back-off jitter. */
  random?: () => number;
  retry?: RetryPolicy;
  checkpoints?: CheckpointStore;
  /** Continue from here; the sink must already be positioned at `resume.bytes`. */
  resume?: Checkpoint | null;
  /** Checkpoints are saved at most this often (and always at table ends and on stop). */
  checkpointIntervalMs?: number;
  /** ZIP/XLSX compression; default the platform's CompressionStream (the CLI passes zlib). */
  deflate?: DeflateFactory;
}

export interface ExportResult {
  outcome: 'COMPLETED' | 'CANCELLED' | 'FAILED';
  exportId: string | null;
  rows: number;
  bytes: number;
  warnings: string[];
  error: ExportError | null;
  /** Where a resume would continue; null once completed. */
  checkpoint: Checkpoint | null;
  fileName: string;
}

export type ProgressListener = (progress: ExportProgress) => void;

/**
 * Starts an export at once; the job reports progress and settles `done` (which never rejects).
 * A ResolvedRequest (e.g. from a checkpoint) is accepted too: resolving is idempotent.
 */
export function startExport(request: ExportRequest, deps: EngineDeps): ExportJob {
  return new ExportJob(resolveRequest(request), deps);
}

const FINISH_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 2000 };

/**
 * One export: idle → running ⇄ retrying → completed | cancelled | failed.
 * Reads pages one ahead, encodes, writes, checkpoints; the UI only renders `progress`.
 */
export class ExportJob {
  readonly done: Promise<ExportResult>;
  private current: ExportProgress = initialProgress();
  private readonly listeners = new Set<ProgressListener>();
  private readonly controller = new AbortController();
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly meter = new RateMeter();
  private readonly startedAt: Date;
  private readonly t0: number;
  private latest: Checkpoint;
  private savedAt = Number.NEGATIVE_INFINITY;
  private out: CountingOut | null = null;
  private rows: number;
  private readonly warnings: string[];
  private readonly redactionsNoted = new Set<string>();

  constructor(
    private readonly request: ResolvedRequest,
    private readonly deps: EngineDeps,
  ) {
    this.clock = deps.clock ?? systemClock;
    this.limiter = new RateLimiter(request.rateLimit, this.clock);
    this.t0 = this.clock.now();
    const resume = deps.resume ?? null;
    this.startedAt = resume ? new Date(resume.startedAt) : this.clock.wall();
    this.latest = resume ? structuredClone(resume) : initialCheckpoint(request, this.startedAt.toISOString());
    this.latest.clientRequestId ??= randomUuid();
    this.rows = this.latest.rows;
    this.warnings = [...this.latest.warnings];
    this.done = this.run();
  }

  get progress(): ExportProgress {
    return this.current;
  }

  subscribe(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  cancel(): void {
    this.controller.abort();
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  private async run(): Promise<ExportResult> {
    const fileName = suggestedFileName(this.request);
    let exportId: string | null = null;
    try {
      this.update({ state: 'running', tableCount: this.request.tables.length, rows: this.rows, bytes: this.latest.bytes });
      if (this.deps.resume) assertResumable(this.deps.resume, this.request);
      const metas = await this.describeTables();
      exportId = (await this.retrying(() => this.deps.client.startExport(this.exportStart(), this.signal))).exportId;
      this.update({ exportId });
      this.out = new CountingOut(this.deps.sink, this.latest.bytes);
      if (!this.deps.resume) await this.save(true);
      if (isMultiTable(this.request)) await this.writeZip(metas, exportId);
      else await this.writeSingle(metas[0] as TableMeta);
      await this.out.flush();
      await this.deps.sink.close();
      await this.deps.checkpoints?.clear();
      await this.finish(exportId, 'COMPLETED');
      this.update({ state: 'completed', table: null, bytes: this.out.bytes, etaSeconds: 0, retry: null });
      return this.result('COMPLETED', exportId, null, null, fileName);
    } catch (thrown) {
      const error = this.signal.aborted ? new ExportError('cancelled', 'The export was cancelled') : toExportError(thrown);
      const outcome = error.kind === 'cancelled' ? 'CANCELLED' : 'FAILED';
      await this.saveOnStop();
      await this.deps.sink.abort(error).catch(() => undefined);
      if (exportId !== null) await this.finish(exportId, outcome, error.message);
      this.update({
        state: outcome === 'CANCELLED' ? 'cancelled' : 'failed',
        retry: null,
        error: { kind: error.kind, message: error.message, status: error.status ?? null },
      });
      return this.result(outcome, exportId, error, this.latest, fileName);
    }
  }

  private result(
    outcome: ExportResult['outcome'],
    exportId: string | null,
    error: ExportError | null,
    checkpoint: Checkpoint | null,
    fileName: string,
  ): ExportResult {
    return { outcome, exportId, rows: this.rows, bytes: this.out?.bytes ?? this.latest.bytes, warnings: [...this.warnings], error, checkpoint, fileName };
  }

  private async describeTables(): Promise<TableMeta[]> {
    const metas: TableMeta[] = [];
    let estimated: number | null = null;
    for (const selection of this.request.tables) {
      const detail = await this.retrying(() => this.deps.client.table(selection.table, this.signal));
      const columns = selection.columns ? selection.columns.map((name) => findColumn(detail.columns, name, detail.name)) : detail.columns;
      if (detail.estimatedRows !== null && !selection.filters) estimated = (estimated ?? 0) + detail.estimatedRows;
      metas.push({
        detail,
        columns,
        filters: selection.filters ?? [],
        exportedAt: this.startedAt.toISOString(),
        appVersion: this.request.appVersion,
        productVersion: this.request.productVersion,
      });
    }
    this.update({ estimatedRows: estimated });
    return metas;
  }

  private exportStart(): ExportStart {
    const columns: Record<string, string[]> = {};
    const filters: NonNullable<ExportStart['filters']> = {};
    for (const t of this.request.tables) {
      if (t.columns) columns[t.table] = t.columns;
      if (t.filters) filters[t.table] = t.filters;
    }
    return {
      tables: this.request.tables.map((t) => t.table),
      format: this.request.format,
      client: this.request.client,
      ...(Object.keys(columns).length > 0 ? { columns } : {}),
      ...(Object.keys(filters).length > 0 ? { filters } : {}),
      ...(this.request.reveal ? { reveal: true } : {}),
      // The same on every retry of this POST and on a resume: one export, one audit entry.
      ...(this.latest.clientRequestId ? { clientRequestId: this.latest.clientRequestId } : {}),
    };
  }

  private async writeSingle(meta: TableMeta): Promise<void> {
    const out = this.output();
    const perPage = resumesPerPage(this.request);
    const writer = createTableWriter(this.request, meta, out, this.startedAt, this.deps.deflate);
    await writer.begin(perPage && this.latest.bytes > 0);
    await this.pumpTable(0, meta, writer, perPage);
    this.warnings.push(...(await writer.end()));
  }

  private async writeZip(metas: TableMeta[], exportId: string): Promise<void> {
    const out = this.output();
    const zip = new ZipWriter(
      out,
      { level: 6, modified: this.startedAt, ...(this.deps.deflate ? { deflate: this.deps.deflate } : {}) },
      this.latest.zip ?? undefined,
    );
    const done = [...this.latest.done];
    const names = entryNames(this.request);
    for (let i = this.latest.tableIndex; i < metas.length; i++) {
      const meta = metas[i] as TableMeta;
      const file = names[i] as string;
      // Workbooks are ZIPs already: deflating them again only costs time.
      const entry = await zip.entry(file, this.request.format === 'XLSX' ? 1 : 6);
      const hashing = new HashingOut(entry);
      const writer = createTableWriter(this.request, meta, hashing, this.startedAt, this.deps.deflate);
      await writer.begin(false);
      const { rows, lastPageCursor } = await this.pumpTable(i, meta, writer, false);
      const warnings = await writer.end();
      this.warnings.push(...warnings);
      await entry.end();
      done.push({
        table: meta.detail.name,
        file,
        format: this.request.format,
        columns: meta.columns.map((c) => c.name),
        filters: [...meta.filters],
        rows,
        bytes: hashing.bytes,
        sha256: hashing.sha.hex(),
        lastPageCursor,
        warnings,
      });
      this.latest = {
        ...this.latest,
        bytes: out.bytes,
        tableIndex: i + 1,
        cursor: null,
        tableRows: 0,
        rows: this.rows,
        zip: zip.state(),
        done: [...done],
        warnings: [...this.warnings],
      };
      await this.save(true);
    }
    const manifest: Manifest = {
      $tablewise: 'manifest',
      formatVersion: 1,
      format: this.request.format,
      exportId,
      exportedAt: this.startedAt.toISOString(),
      appVersion: this.request.appVersion,
      productVersion: this.request.productVersion,
      tables: done,
    };
    const entry = await zip.entry(MANIFEST_NAME);
    await entry.write(new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n'));
    await entry.end();
    await zip.finish();
  }

  private async pumpTable(
    index: number,
    meta: TableMeta,
    writer: TableWriter,
    perPage: boolean,
  ): Promise<{ rows: number; lastPageCursor: string | null }> {
    const selection = this.request.tables[index];
    if (!selection) throw new Error(`No table ${index}`);
    const resumeHere = perPage && this.latest.tableIndex === index;
    const start = resumeHere ? this.latest.cursor : null;
    let tableRows = resumeHere ? this.latest.tableRows : 0;
    const expected = meta.columns.map((c) => c.name);
    // Bytes too: a ZIP entry's deflated output often arrives only when the entry ends.
    this.update({ table: meta.detail.name, tableIndex: index, tableRows, bytes: this.output().bytes });

    const fetchPage = async (after: string | null): Promise<RowPage> => {
      await this.limiter.acquire(this.signal);
      const page = await this.retrying(() =>
        this.deps.client.rows(
          {
            table: selection.table,
            ...(selection.columns ? { columns: selection.columns } : {}),
            ...(selection.filters ? { filters: selection.filters } : {}),
            after,
            limit: this.request.pageSize,
            ...(this.request.rateLimit === null ? { maxBytes: FULL_SPEED_MAX_BYTES } : {}),
            exportId: this.current.exportId ?? undefined,
            reveal: this.request.reveal,
          },
          this.signal,
        ),
      );
      this.limiter.record(page.rows.length);
      return page;
    };

    let lastPageCursor = start;
    for await (const { page, after } of prefetchPages(fetchPage, start)) {
      if (this.signal.aborted) throw abortReason(this.signal);
      checkColumns(page, expected);
      this.noteRedactions(meta.detail.name, page.redactedColumns);
      await writer.page(page.rows);
      tableRows += page.rows.length;
      this.rows += page.rows.length;
      lastPageCursor = after;
      if (perPage && page.nextCursor !== null) {
        this.latest = {
          ...this.latest,
          bytes: this.output().bytes,
          tableIndex: index,
          cursor: page.nextCursor,
          tableRows,
          rows: this.rows,
          warnings: [...this.warnings],
        };
        await this.save(false);
      }
      this.pageDone(tableRows);
    }
    return { rows: tableRows, lastPageCursor };
  }

  private pageDone(tableRows: number): void {
    const now = this.clock.now();
    this.meter.sample(now, this.rows);
    const rate = this.meter.rowsPerSecond();
    this.update({
      rows: this.rows,
      tableRows,
      bytes: this.output().bytes,
      rowsPerSecond: rate,
      etaSeconds: etaSeconds(this.rows, this.current.estimatedRows, rate),
    });
  }

  private noteRedactions(table: string, redacted: readonly string[]): void {
    if (redacted.length === 0 || this.redactionsNoted.has(table)) return;
    this.redactionsNoted.add(table);
    this.warnings.push(`${table}: redacted column(s) exported as empty/null: ${redacted.join(', ')}`);
    this.update({ warnings: [...this.warnings] });
  }

  private output(): CountingOut {
    if (!this.out) throw new Error('No output yet');
    return this.out;
  }

  /** Flushes the output so the checkpoint's byte count is on disk, then stores it. */
  private async save(force: boolean): Promise<void> {
    const store = this.deps.checkpoints;
    if (!store) return;
    const now = this.clock.now();
    if (!force && now - this.savedAt < (this.deps.checkpointIntervalMs ?? 1000)) return;
    await this.output().flush();
    await store.save(this.latest);
    this.savedAt = now;
  }

  /** On cancel or failure: keep the freshest resumable point if the output still takes writes. */
  private async saveOnStop(): Promise<void> {
    if (!this.out || !this.deps.checkpoints) return;
    try {
      await this.save(true);
    } catch {
      // The sink is what failed; the last saved checkpoint stays valid.
    }
  }

  private retrying<T>(operation: () => Promise<T>): Promise<T> {
    const policy = this.deps.retry ?? defaultRetryPolicy;
    return withRetry(operation, {
      policy,
      clock: this.clock,
      random: this.deps.random ?? Math.random,
      signal: this.signal,
      onRetry: (event) =>
        this.update({
          state: 'retrying',
          retry: { attempt: event.attempt, maxAttempts: policy.maxAttempts, delayMs: event.delayMs, message: event.error.message },
        }),
    }).then((value) => {
      if (this.current.state === 'retrying') this.update({ state: 'running', retry: null });
      return value;
    });
  }

  /** Closes the audit entry. Best effort: a completed file stays completed if this fails. */
  private async finish(exportId: string, outcome: ExportFinish['outcome'], message?: string): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15_000);
    const body: ExportFinish = {
      outcome,
      rows: this.rows,
      bytes: this.out?.bytes ?? this.latest.bytes,
      ...(message !== undefined ? { message } : this.deps.resume ? { message: `resumed at row ${this.deps.resume.rows}` } : {}),
    };
    try {
      await withRetry(() => this.deps.client.finishExport(exportId, body, controller.signal), {
        policy: FINISH_POLICY,
        clock: this.clock,
        random: this.deps.random ?? Math.random,
        signal: controller.signal,
      });
    } catch (thrown) {
      const error = toExportError(thrown);
      // 409: an earlier try did close it and only its answer was lost on the way back.
      if (error.status === 409) return;
      this.warnings.push(`The audit entry ${exportId} could not be closed: ${error.message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private update(patch: Partial<ExportProgress>): void {
    this.current = { ...this.current, ...patch, elapsedMs: this.clock.now() - this.t0 };
    for (const listener of this.listeners) {
      try {
        listener(this.current);
      } catch {
        // A broken progress view must not break the export.
      }
    }
  }
}

function findColumn(columns: readonly ColumnInfo[], name: string, table: string): ColumnInfo {
  const exact = columns.find((c) => c.name === name);
  if (exact) return exact;
  const folded = columns.filter((c) => c.name.toLowerCase() === name.toLowerCase());
  if (folded.length === 1 && folded[0]) return folded[0];
  throw new ExportError('bad-request', `UNKNOWN_COLUMN: ${table} has no column ${name}`, { errorCode: 'UNKNOWN_COLUMN' });
}

function checkColumns(page: RowPage, expected: readonly string[]): void {
  const same = page.columns.length === expected.length && page.columns.every((c, i) => c.toLowerCase() === expected[i]?.toLowerCase());
  if (!same) {
    throw new ExportError('protocol', `The server sent columns [${page.columns.join(', ')}], expected [${expected.join(', ')}]`);
  }
}

/** `jiraissue.csv`, ...; made unique when two names sanitise to the same file. */
export function entryNames(request: Pick<ResolvedRequest, 'tables' | 'format'>): string[] {
  const used = new Set<string>([MANIFEST_NAME]);
  return request.tables.map((t) => {
    const base = safeFileName(t.table);
    const ext = extensionOf(request.format);
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.${ext}`;
    used.add(name.toLowerCase());
    return name;
  });
}

export type { ManifestTable };
