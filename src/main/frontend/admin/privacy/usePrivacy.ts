import { useCallback, useState } from 'react';
import { privacyApi, type PrivacyApi } from '../../api/privacy';
import type { DataPurge } from '../../api/types';
import { type Problem, useServerChanges } from '../common/useServerChanges';

export type { Problem };

export interface PrivacyModel {
  auditDays: number | null;
  problem: Problem | null;
  busy: boolean;
  /** What the last purge deleted, until the next change. */
  purged: DataPurge | null;
  saveAuditDays(days: number): Promise<void>;
  purgeAll(): Promise<void>;
}

/** The Privacy page's data: the retention period, and the changes the page can make. */
export function usePrivacy(api: PrivacyApi = privacyApi): PrivacyModel {
  const [auditDays, setAuditDays] = useState<number | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    setAuditDays((await api.retention(signal)).auditDays);
  }, [api]);
  const { problem, busy, purged, setPurged, change } = useServerChanges<DataPurge>(load);

  return {
    auditDays,
    problem,
    busy,
    purged,
    saveAuditDays: (days) => change('save', async () => void (await api.updateRetention({ auditDays: days }))),
    purgeAll: () => change('purge', async () => setPurged(await api.purgeAll())),
  };
}
