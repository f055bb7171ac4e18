import type { RowPage } from '../../api/types';

export interface FetchedPage {
  page: RowPage;
  /** The cursor this page was requested with (null: the first page). */
  after: string | null;
}

/**
 * Yields the pages of one table in order, keeping exactly one request ahead: while the caller
 * encodes and writes page n, page n+1 is already on the wire. Never more than one, so memory
 * stays at two pages whatever the table size.
 */
export async function* prefetchPages(
  fetchPage: (after: string | null) => Promise<RowPage>,
  start: string | null,
): AsyncGenerator<FetchedPage, void, undefined> {
  let after = start;
  let pending = fetchPage(after);
  for (;;) {
    const page = await pending;
    const next = page.nextCursor;
    if (next !== null) {
      pending = fetchPage(next);
      // If the consumer stops early, nobody awaits this one: keep its failure from becoming an
      // unhandled rejection (the consumer's own error or the abort is what matters then).
      pending.catch(() => undefined);
    }
    yield { page, after };
    if (next === null) return;
    after = next;
  }
}
