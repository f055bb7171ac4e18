// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { RowPage } from '../../../src/main/frontend/api/types';
import { prefetchPages } from '../../../src/main/frontend/export/source/pager';
import { RateLimiter } from '../../../src/main/frontend/export/source/rate';
import { backoffDelay, defaultRetryPolicy, withRetry } from '../../../src/main/frontend/export/source/retry';
import { ExportError } from '../../../src/main/frontend/export/source/errors';
import { VirtualClock } from './support/harness';

function page(n: number, last: number): RowPage {
  return { table: 't', columns: ['ID'], rows: [[n]], nextCursor: n < last ? `c${n}` : null, redactedColumns: [] };
}

describe('prefetchPages', () => {
  it('requests page n+1 before handing out page n, and never more than one ahead', async () => {
    const calls: Array<string | null> = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const fetchPage = async (after: string | null): Promise<RowPage> => {
      calls.push(after);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return page(after === null ? 1 : Number(after.slice(1)) + 1, 5);
    };
    const seen: number[] = [];
    for await (const { page: p, after } of prefetchPages(fetchPage, null)) {
      const n = p.rows[0]![0] as number;
      seen.push(n);
      // While the consumer holds page n, page n+1 has already been asked for.
      expect(calls.length).toBe(Math.min(n + 1, 5));
      expect(after).toBe(n === 1 ? null : `c${n - 1}`);
      await new Promise((r) => setTimeout(r, 5)); // a slow encoder
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(maxInFlight).toBe(1);
  });

  it('starts from a cursor', async () => {
    const calls: Array<string | null> = [];
    const pages = prefetchPages(async (after) => {
      calls.push(after);
      return page(Number(after?.slice(1) ?? 0) + 1, 4);
    }, 'c2');
    const got: number[] = [];
    for await (const { page: p } of pages) got.push(p.rows[0]![0] as number);
    expect(got).toEqual([3, 4]);
    expect(calls).toEqual(['c2', 'c3']);
  });
});

describe('withRetry', () => {
  it('backs off exponentially with a cap, and gives up after maxAttempts', async () => {
    const clock = new VirtualClock();
    let attempts = 0;
    const failing = withRetry(
      async () => {
        attempts++;
        throw new ExportError('server', 'down', { status: 503, retryable: true });
      },
      { policy: { maxAttempts: 6, baseDelayMs: 1000, maxDelayMs: 5000 }, clock, random: () => 1 },
    );
    await expect(failing).rejects.toMatchObject({ kind: 'server', status: 503 });
    expect(attempts).toBe(6);
    expect(clock.sleeps).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect(backoffDelay(1, defaultRetryPolicy, () => 0)).toBe(250);
  });

  it('does not retry what cannot succeed, and honours Retry-After up to the cap', async () => {
    const clock = new VirtualClock();
    await expect(
      withRetry(async () => {
        throw new ExportError('auth', 'no', { status: 401 });
      }, { policy: defaultRetryPolicy, clock, random: () => 0 }),
    ).rejects.toMatchObject({ kind: 'auth' });
    expect(clock.sleeps).toEqual([]);
    let n = 0;
    await withRetry(
      async () => {
        if (n++ === 0) throw new ExportError('server', 'busy', { status: 429, retryable: true, retryAfterMs: 7000 });
        return 1;
      },
      { policy: defaultRetryPolicy, clock, random: () => 0 },
    );
    expect(clock.sleeps).toEqual([7000]);
  });
});

describe('RateLimiter', () => {
  it('spaces request starts by pages and by rows', async () => {
    const clock = new VirtualClock();
    const pages = new RateLimiter({ pagesPerSecond: 4 }, clock);
    for (let i = 0; i < 5; i++) {
      await pages.acquire();
      clock.time += 50; // the request itself takes 50 ms
      pages.record(1000);
    }
    expect(clock.time).toBe(4 * 250 + 50);
    const rowsClock = new VirtualClock();
    const rows = new RateLimiter({ rowsPerSecond: 1000 }, rowsClock);
    await rows.acquire();
    rows.record(500);
    await rows.acquire();
    rows.record(100);
    await rows.acquire();
    expect(rowsClock.sleeps).toEqual([500, 100]);
  });

  it('does nothing at full speed', async () => {
    const clock = new VirtualClock();
    const limiter = new RateLimiter(null, clock);
    for (let i = 0; i < 3; i++) {
      await limiter.acquire();
      limiter.record(10_000);
    }
    expect(clock.sleeps).toEqual([]);
  });
});
