import { useCallback, useEffect, useState } from 'react';
import { analyticsApi, type AnalyticsApi } from '../../api/analytics';
import type { AnalyticsPreview, AnalyticsView } from '../../api/types';

export type Problem = { kind: 'load' | 'save' | 'purge'; message: string };

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Settings, status and preview of the Analytics page, and the changes it can make. */
export function useAnalytics(api: AnalyticsApi = analyticsApi): AnalyticsModel {
  const [view, setView] = useState<AnalyticsView | null>(null);
  const [preview, setPreview] = useState<AnalyticsPreview | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [purged, setPurged] = useState<number | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const [nextView, nextPreview] = await Promise.all([api.get(signal), api.preview(signal)]);
      setView(nextView);
      setPreview(nextPreview);
    },
    [api],
  );

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) setProblem({ kind: 'load', message: messageOf(error) });
    });
    return () => controller.abort();
  }, [load]);

  // One change at a time; each ends by reading the page's data again, so it shows the server's truth.
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
