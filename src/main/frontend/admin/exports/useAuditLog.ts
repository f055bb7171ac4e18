import { useCallback, useEffect, useRef, useState } from 'react';
import { auditApi, type AuditApi } from '../../api/audit';
import type { AuditEntry } from '../../api/types';
import { appendPage, exportEntries } from './auditLog';

export const PAGE_SIZE = 50;
/** Pages read per "load more" at most, when reads and settings changes crowd out exports. */
const MAX_PAGES_PER_LOAD = 5;

export interface AuditLog {
  status: 'loading' | 'ready' | 'error';
  /** Export entries, newest first. */
  entries: AuditEntry[];
  error: unknown;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * GET /audit newest first, then older pages on demand with `before`. The log mixes kinds; a
 * load reads on until it found some exports or a few pages, so "Load more" never shows nothing.
 */
export function useAuditLog(api: AuditApi = auditApi): AuditLog {
  const [all, setAll] = useState<AuditEntry[]>([]);
  const [before, setBefore] = useState<number | null>(null);
  const [status, setStatus] = useState<AuditLog['status']>('loading');
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const controller = useRef<AbortController | null>(null);

  const read = useCallback(
    async (from: number | null, base: AuditEntry[], signal: AbortSignal) => {
      let entries = base;
      let next = from;
      let found = 0;
      for (let pages = 0; pages < MAX_PAGES_PER_LOAD; pages++) {
        const page = await api.page({ before: next, limit: PAGE_SIZE }, signal);
        entries = appendPage(entries, page);
        found += exportEntries(page.entries).length;
        next = page.nextBefore;
        if (next === null || found > 0) break;
      }
      return { entries, next };
    },
    [api],
  );

  const start = useCallback(
    (from: number | null, base: AuditEntry[]) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      read(from, base, own.signal).then(
        ({ entries, next }) => {
          if (own.signal.aborted) return;
          setAll(entries);
          setBefore(next);
          setStatus('ready');
          setLoadingMore(false);
        },
        (failure: unknown) => {
          if (own.signal.aborted) return;
          setError(failure);
          setStatus(base.length === 0 ? 'error' : 'ready');
          setLoadingMore(false);
        },
      );
    },
    [read],
  );

  const reload = useCallback(() => {
    setStatus('loading');
    setError(null);
    start(null, []);
  }, [start]);

  useEffect(() => {
    reload();
    return () => controller.current?.abort();
  }, [reload]);

  return {
    status,
    entries: exportEntries(all),
    error,
    hasMore: before !== null,
    loadingMore,
    loadMore: () => {
      if (before === null || loadingMore) return;
      setLoadingMore(true);
      setError(null);
      start(before, all);
    },
    reload,
  };
}
