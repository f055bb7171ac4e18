import { useCallback, useEffect, useState } from 'react';
import { privacyApi, type PrivacyApi } from '../../api/privacy';
import type { DataPurge } from '../../api/types';

export type Problem = { kind: 'load' | 'save' | 'purge'; message: string };

export interface PrivacyModel {
  auditDays: number | null;
  problem: Problem | null;
  busy: boolean;
  /** What the last purge deleted, until the next change. */
  purged: DataPurge | null;
  saveAuditDays(days: number): Promise<void>;
  purgeAll(): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Privacy page's data: the retention period, and the changes the page can make. */
export function usePrivacy(api: PrivacyApi = privacyApi): PrivacyModel {
  const [auditDays, setAuditDays] = useState<number | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [purged, setPurged] = useState<DataPurge | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    setAuditDays((await api.retention(signal)).auditDays);
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) setProblem({ kind: 'load', message: messageOf(error) });
    });
    return () => controller.abort();
  }, [load]);

  // One change at a time; each ends by reading the period again, so the page shows the server's truth.
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

  return {
    auditDays,
    problem,
    busy,
    purged,
    saveAuditDays: (days) => change('save', async () => void (await api.updateRetention({ auditDays: days }))),
    purgeAll: () => change('purge', async () => setPurged(await api.purgeAll())),
  };
}
