/**
 * /exports: the audit entries exports open and close. The export engine (a worker) opens and
 * closes its own; the page closes one only for a run that stopped with its page, when that
 * export is resumed or discarded.
 */
import { http as defaultHttp, path, type Http } from './http';
import type { ExportFinish } from './types';

export interface ExportsApi {
  /** PUT /exports/{id}: 409 CONFLICT when the entry has already ended. */
  finish(exportId: string, finish: ExportFinish, signal?: AbortSignal): Promise<void>;
}

export function createExportsApi(http: Http): ExportsApi {
  return {
    finish: async (exportId, finish, signal) => {
      await http.put<unknown>(path`/exports/${exportId}`, finish, { signal });
    },
  };
}

export const exportsApi: ExportsApi = createExportsApi(defaultHttp);
