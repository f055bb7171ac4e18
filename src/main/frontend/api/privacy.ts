/** /retention and /data: the audit retention period and the purge of all Tablewise data. */
import { http as defaultHttp, type Http } from './http';
import type { DataPurge, Retention } from './types';

export interface PrivacyApi {
  /** GET /retention. */
  retention(signal?: AbortSignal): Promise<Retention>;
  /** PUT /retention: answers with the stored period. */
  updateRetention(retention: Retention): Promise<Retention>;
  /** DELETE /data: audit entries, analytics events and settings, all of them. */
  purgeAll(): Promise<DataPurge>;
}

export function createPrivacyApi(http: Http): PrivacyApi {
  return {
    retention: (signal) => http.get<Retention>('/retention', { signal }),
    updateRetention: (retention) => http.put<Retention>('/retention', retention),
    purgeAll: () => http.delete<DataPurge>('/data'),
  };
}

export const privacyApi: PrivacyApi = createPrivacyApi(defaultHttp);
