import { useCallback, useState } from 'react';
import { analyticsApi, type AnalyticsApi } from '../../api/analytics';
import type { AnalyticsPreview, AnalyticsView } from '../../api/types';
import { type Problem, useServerChanges } from '../common/useServerChanges';

export type { Problem };

export interface AnalyticsModel {
  view: AnalyticsView | null;
  preview: AnalyticsPreview | null;
  problem: Problem | null;
  /** A change is being saved: the switch and purge wait. */
  busy: boolean;
  /** How many events the last purge deleted, until the next change. */
  purged: number | null;
  setEnabled(enabled: boolean): Promise<void>;
  purge(): Promise<void>;
  refresh(): Promise<void>;
}

/** Settings, status and preview of the Analytics page, and the changes it can make. */
export function useAnalytics(api: AnalyticsApi = analyticsApi): AnalyticsModel {
  const [view, setView] = useState<AnalyticsView | null>(null);
  const [preview, setPreview] = useState<AnalyticsPreview | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [nextView, nextPreview] = await Promise.all([api.get(signal), api.preview(signal)]);
      setView(nextView);
      setPreview(nextPreview);
    },
    [api],
  );
  const { problem, busy, purged, setPurged, change } = useServerChanges<number>(load);

  return {
    view,
    preview,
    problem,
    busy,
    purged,
    setEnabled: (enabled) =>
      change('save', async () => {
        if (view) await api.update({ ...view.settings, enabled });
      }),
    purge: () =>
      change('purge', async () => {
        const { purged: count } = await api.purge();
        setPurged(count);
      }),
    refresh: () => change('load', () => Promise.resolve()),
  };
}
