/** /analytics: the opt-in switch, status, preview of the next batch, and purge. */
import { http as defaultHttp, type Http } from './http';
import type { AnalyticsPreview, AnalyticsPurge, AnalyticsSettings, AnalyticsView } from './types';

export interface AnalyticsApi {
  /** GET /analytics: settings and status. */
  get(signal?: AbortSignal): Promise<AnalyticsView>;
  /** PUT /analytics: all settings at once; answers with the new view. */
  update(settings: AnalyticsSettings): Promise<AnalyticsView>;
  /** GET /analytics/preview: the rows the next batch would send. */
  preview(signal?: AbortSignal): Promise<AnalyticsPreview>;
  /** DELETE /analytics/events: deletes every recorded event. */
  purge(): Promise<AnalyticsPurge>;
}

export function createAnalyticsApi(http: Http): AnalyticsApi {
  return {
    get: (signal) => http.get<AnalyticsView>('/analytics', { signal }),
    update: (settings) => http.put<AnalyticsView>('/analytics', settings),
    preview: (signal) => http.get<AnalyticsPreview>('/analytics/preview', { signal }),
    purge: () => http.delete<AnalyticsPurge>('/analytics/events'),
  };
}

export const analyticsApi: AnalyticsApi = createAnalyticsApi(defaultHttp);
