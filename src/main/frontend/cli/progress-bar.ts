import { SingleBar } from 'cli-progress';
import type { ExportProgress } from '../export/progress';
import { type CliIo, formatBytes, formatCount } from './io';

export interface ProgressView {
  update(progress: ExportProgress): void;
  stop(): void;
}

const QUIET: ProgressView = { update: () => undefined, stop: () => undefined };

/**
 * A bar on stderr, only when stderr is a terminal: piped or logged runs (cron, CI) stay quiet,
 * and stdout stays clean for `--out -`.
 */
export function progressView(io: CliIo, quiet: boolean): ProgressView {
  if (quiet || !io.stderr.isTTY) return QUIET;
  const bar = new SingleBar({
    stream: io.stderr,
    format: '{table} [{bar}] {percentage}% | {done} rows | {rate} rows/s | ETA {remaining} | {size}{note}',
    barsize: 24,
    hideCursor: true,
    clearOnComplete: false,
    etaBuffer: 1,
    fps: 5,
  });
  let started = false;
  // The engine clears `table` when it is done; the bar keeps showing the last one.
  let table = '';
  return {
    update(p) {
      const total = Math.max(p.estimatedRows ?? 0, p.rows, 1);
      if (p.table) table = p.tableCount > 1 ? `${p.table} (${p.tableIndex + 1}/${p.tableCount})` : p.table;
      // Not "eta": cli-progress computes a token of that name itself.
      const payload = {
        table,
        done: formatCount(p.rows),
        rate: formatCount(Math.round(p.rowsPerSecond)),
        remaining: p.etaSeconds === null ? '?' : `${p.etaSeconds}s`,
        size: formatBytes(p.bytes),
        note: p.state === 'retrying' && p.retry ? ` | retry ${p.retry.attempt}/${p.retry.maxAttempts - 1}: ${p.retry.message}` : '',
      };
      if (!started) {
        if (!table) return; // nothing to show before the first page is asked for
        bar.start(total, p.rows, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(p.rows, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
