/** /audit: the log of exports and reads, newest first. */
import { http as defaultHttp, type Http } from './http';
import type { AuditPage } from './types';

export interface AuditQuery {
  /** An entry id from AuditPage.nextBefore: entries older than it. Absent: the newest. */
  before?: number | null;
  /** 1..200; the server's default is 50. */
  limit?: number;
}

export interface AuditApi {
  /** GET /audit?before=&limit= */
  page(query?: AuditQuery, signal?: AbortSignal): Promise<AuditPage>;
}

export function createAuditApi(http: Http): AuditApi {
  return {
    page: (query = {}, signal) =>
      http.get<AuditPage>('/audit', { query: { before: query.before, limit: query.limit }, signal }),
  };
}

export const auditApi: AuditApi = createAuditApi(defaultHttp);
