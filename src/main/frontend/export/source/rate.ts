import type { Clock } from '../clock';

/**
 * How gently an export reads. Pages are what the database feels (one short keyset query each),
 * so the default counts pages: 2 pages/s of 1000 rows is 2000 rows/s, about 8 minutes for a
 * million rows, while the product's own traffic barely notices two small indexed reads a second.
 * `null` means full speed.
 */
export type RateLimit = { pagesPerSecond: number } | { rowsPerSecond: number } | null;

export const defaultRateLimit: RateLimit = { pagesPerSecond: 2 };

/**
 * Spaces request starts: after a page of n rows, the next request may start n/rate seconds
 * after this one started (n = 1 for pages). Requests are sequential (one prefetch in flight),
 * so spacing starts is enough and there is no burst to bound.
 */
export class RateLimiter {
  private readyAt = Number.NEGATIVE_INFINITY;
  private lastStart = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {}

  async acquire(signal?: AbortSignal): Promise<void> {
    if (this.limit === null) return;
    const wait = this.readyAt - this.clock.now();
    if (wait > 0) await this.clock.sleep(wait, signal);
    this.lastStart = this.clock.now();
  }

  /** Called once the page requested after the last acquire() arrived. */
  record(rows: number): void {
    if (this.limit === null) return;
    const seconds = 'pagesPerSecond' in this.limit ? 1 / this.limit.pagesPerSecond : rows / this.limit.rowsPerSecond;
    this.readyAt = this.lastStart + seconds * 1000;
  }
}
