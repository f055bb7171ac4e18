import { describe, expect, it } from 'vitest';
import type { Http } from '../../../src/main/frontend/api/http';
import { createTablesApi } from '../../../src/main/frontend/api/tables';

/** An Http that records GETs; the helper itself is covered by http.test.ts. */
function recordingHttp(answer: unknown) {
  const gets: Array<{ path: string; signal: AbortSignal | undefined }> = [];
  const http = {
    get: (path: string, options?: { signal?: AbortSignal }) => {
      gets.push({ path, signal: options?.signal });
      return Promise.resolve(answer);
    },
  } as unknown as Http;
  return { http, gets };
}

describe('tablesApi', () => {
  it('lists tables with GET /tables', async () => {
    const list = { schema: null, tables: [] };
    const { http, gets } = recordingHttp(list);
    const signal = new AbortController().signal;
    expect(await createTablesApi(http).list(signal)).toBe(list);
    expect(gets).toEqual([{ path: '/tables', signal }]);
  });

  it('reads one table with GET /tables/{table}, the name encoded', async () => {
    const { http, gets } = recordingHttp({});
    await createTablesApi(http).get('AO_60DB71/../x');
    expect(gets[0]?.path).toBe('/tables/AO_60DB71%2F..%2Fx');
  });
});
