import { useCallback, useEffect, useState } from 'react';

/** What went wrong last, and while doing what; cleared by the next change that succeeds. */
export type Problem = { kind: 'load' | 'save' | 'purge'; message: string };

export interface ServerChanges<Purged> {
  problem: Problem | null;
  /** A change is being made: the page's controls wait. */
  busy: boolean;
  /** What the last purge deleted, until the next change. */
  purged: Purged | null;
  setPurged(purged: Purged): void;
  /** Runs one change, then loads again; a failure becomes `problem` of this kind. */
  change(kind: Problem['kind'], action: () => Promise<void>): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A settings page's conversation with the server: `load` (stable, from useCallback) runs on
 * mount and is aborted on unmount; changes run one at a time and each ends by loading again,
 * so the page shows the server's truth.
 */
export function useServerChanges<Purged>(load: (signal?: AbortSignal) => Promise<void>): ServerChanges<Purged> {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [purged, setPurged] = useState<Purged | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) setProblem({ kind: 'load', message: messageOf(error) });
    });
    return () => controller.abort();
  }, [load]);

  const change = useCallback(
    async (kind: Problem['kind'], action: () => Promise<void>) => {
      setBusy(true);
      setPurged(null);
      try {
        await action();
        await load();
        setProblem(null);
      } catch (error) {
        setProblem({ kind, message: messageOf(error) });
      } finally {
        setBusy(false);
      }
    },
    [load],
  );

  return { problem, busy, purged, setPurged, change };
}
