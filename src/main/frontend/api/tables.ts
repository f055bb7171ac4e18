/** /tables: the catalog of database tables. */
import { http as defaultHttp, path, type Http } from './http';
import type { TableDetail, TableList } from './types';

export interface TablesApi {
  /** GET /tables: every table with summary metadata. */
  list(signal?: AbortSignal): Promise<TableList>;
  /** GET /tables/{table}: one table with its columns and paging strategy. */
  get(table: string, signal?: AbortSignal): Promise<TableDetail>;
}

export function createTablesApi(http: Http): TablesApi {
  return {
    list: (signal) => http.get<TableList>('/tables', { signal }),
    get: (table, signal) => http.get<TableDetail>(path`/tables/${table}`, { signal }),
  };
}

export const tablesApi: TablesApi = createTablesApi(defaultHttp);
