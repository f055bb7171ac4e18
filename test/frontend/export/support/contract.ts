import type {
  About,
  ColumnInfo,
  ErrorCode,
  ExportFinish,
  ExportStart,
  Filter,
  RowPage,
  TableDetail,
  TableList,
  ValueKind,
} from '../../../../src/main/frontend/api/types';
import type { Transport } from '../../../../src/main/frontend/export/source/client';

/** A table the fake server serves: its catalog entry and its rows in key order. */
export interface FakeTable {
  detail: TableDetail;
  rows: unknown[][];
}

export interface LoggedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

/** Returns a response to replace the normal one, 'drop' to fail like a reset connection. */
export type Fault = (request: LoggedRequest, count: number) => Response | 'drop' | undefined;

export interface FakeServerOptions {
  tables: FakeTable[];
  /** Accepted credentials; none means anyone may read. */
  auth?: { basic?: { user: string; password: string }; bearer?: string };
  /** false: a valid user who is not a system administrator (403). */
  admin?: boolean;
  fault?: Fault;
  maxPageSize?: number;
  /** What GET /about answers; null: 404, as a server from before /about existed. Default FAKE_ABOUT. */
  about?: About | null;
}

export const FAKE_ABOUT: About = {
  app: { version: '1.4.2' },
  product: { key: 'jira', displayName: 'Jira', version: '10.3.6', buildNumber: '10030006' },
  components: [
    { name: 'react', group: null, version: '18.3.1', type: 'library', licences: ['MIT'], purl: 'pkg:npm/react@18.3.1' },
  ],
};

export const REST = '/rest/tablewise/1.0';

/**
 * The REST contract of api/types.ts, in memory: what the lead's Java resources will serve.
 * Cursors are opaque strings ("k" + index of the last row sent) like a keyset cursor.
 */
export class FakeServer {
  readonly requests: LoggedRequest[] = [];
  readonly exports = new Map<string, { start: ExportStart; finish?: ExportFinish; pages: number }>();
  private nextExport = 1;
  private count = 0;

  constructor(readonly options: FakeServerOptions) {}

  readonly transport: Transport = (url, init) => this.handle(new Request(url, init));

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const logged: LoggedRequest = {
      method: request.method,
      url,
      headers: request.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(logged);
    const fault = this.options.fault?.(logged, ++this.count);
    if (fault === 'drop') throw new TypeError('fetch failed: other side closed');
    if (fault) return fault;
    const denied = this.checkAuth(request.headers);
    if (denied) return denied;
    return this.route(logged);
  }

  pageRequests(): LoggedRequest[] {
    return this.requests.filter((r) => r.url.pathname.endsWith('/rows'));
  }

  private checkAuth(headers: Headers): Response | null {
    const auth = this.options.auth;
    if (!auth) return this.options.admin === false ? error(403, 'NOT_SYSTEM_ADMIN', 'Not a system administrator') : null;
    const header = headers.get('authorization') ?? '';
    // UTF-8 before Base64 (RFC 7617 charset="UTF-8"), what the CLI sends.
    const basic = auth.basic ? 'Basic ' + Buffer.from(`${auth.basic.user}:${auth.basic.password}`, 'utf8').toString('base64') : null;
    const bearer = auth.bearer ? `Bearer ${auth.bearer}` : null;
    if (header !== basic && header !== bearer) return error(401, 'NOT_AUTHENTICATED', 'Log in first');
    if (this.options.admin === false) return error(403, 'NOT_SYSTEM_ADMIN', 'Not a system administrator');
    return null;
  }

  private route(request: LoggedRequest): Response {
    const path = request.url.pathname;
    if (!path.startsWith(REST)) return error(404, 'NOT_FOUND', 'No such resource');
    const parts = path.slice(REST.length).split('/').filter(Boolean).map(decodeURIComponent);
    if (request.method === 'GET' && parts.length === 1 && parts[0] === 'tables') return json(this.tableList());
    if (request.method === 'GET' && parts.length === 1 && parts[0] === 'about') {
      const about = this.options.about === undefined ? FAKE_ABOUT : this.options.about;
      return about ? json(about) : error(404, 'NOT_FOUND', 'No such resource');
    }
    if (request.method === 'GET' && parts[0] === 'tables' && parts.length === 2) {
      const table = this.table(parts[1] ?? '');
      return table ? json(table.detail) : error(404, 'NOT_FOUND', `No table ${parts[1]}`);
    }
    if (request.method === 'GET' && parts[0] === 'tables' && parts[2] === 'rows' && parts.length === 3) {
      const table = this.table(parts[1] ?? '');
      return table ? this.rows(table, request.url.searchParams) : error(404, 'NOT_FOUND', `No table ${parts[1]}`);
    }
    if (request.method === 'POST' && parts.length === 1 && parts[0] === 'exports') {
      const start = request.body as ExportStart;
      // Idempotent by clientRequestId while that export runs, as ExportStart documents.
      const sameKey = [...this.exports].filter(([, e]) => start.clientRequestId !== undefined && e.start.clientRequestId === start.clientRequestId);
      const newest = sameKey[sameKey.length - 1];
      if (newest && !newest[1].finish) return json({ exportId: newest[0] });
      const id = `e${this.nextExport++}`;
      this.exports.set(id, { start, pages: 0 });
      return json({ exportId: id });
    }
    if (request.method === 'PUT' && parts[0] === 'exports' && parts.length === 2) {
      const entry = this.exports.get(parts[1] ?? '');
      if (!entry) return error(404, 'NOT_FOUND', 'No such export');
      if (entry.finish) return error(409, 'CONFLICT', 'Already finished');
      entry.finish = request.body as ExportFinish;
      return new Response(null, { status: 204 });
    }
    return error(404, 'NOT_FOUND', 'No such resource');
  }

  private table(name: string): FakeTable | undefined {
    return this.options.tables.find((t) => t.detail.name === name);
  }

  private tableList(): TableList {
    return {
      schema: 'public',
      tables: this.options.tables.map(({ detail }) => {
        const { columns: _columns, pagingStrategy: _paging, ...summary } = detail;
        return summary;
      }),
    };
  }

  private rows(table: FakeTable, params: URLSearchParams): Response {
    const all = table.detail.columns.map((c) => c.name);
    const names = params.get('columns')?.split(',') ?? all;
    const indexes = names.map((n) => all.indexOf(n));
    if (indexes.some((i) => i < 0)) return error(400, 'UNKNOWN_COLUMN', 'Unknown column');
    const limit = Number(params.get('limit') ?? '1000');
    if (!(limit >= 1 && limit <= (this.options.maxPageSize ?? 10_000))) return error(400, 'BAD_REQUEST', 'limit');
    const after = params.get('after');
    if (after !== null && !/^k\d+$/.test(after)) return error(400, 'BAD_CURSOR', 'Bad cursor');
    const filters = JSON.parse(params.get('filters') ?? '[]') as Filter[];
    const exportId = params.get('exportId');
    if (exportId) {
      const entry = this.exports.get(exportId);
      if (entry) entry.pages++;
    }
    const start = after === null ? 0 : Number(after.slice(1)) + 1;
    const rows: unknown[][] = [];
    let last = -1;
    for (let i = start; i < table.rows.length && rows.length < limit; i++) {
      const row = table.rows[i] as unknown[];
      if (!filters.every((f) => matches(f, row[all.indexOf(f.column)]))) continue;
      rows.push(indexes.map((c) => row[c] ?? null));
      last = i;
    }
    let more = false;
    for (let i = last + 1; i < table.rows.length && last >= 0; i++) {
      if (filters.every((f) => matches(f, (table.rows[i] as unknown[])[all.indexOf(f.column)]))) {
        more = true;
        break;
      }
    }
    const page: RowPage = {
      table: table.detail.name,
      columns: names,
      rows,
      nextCursor: more ? `k${last}` : null,
      redactedColumns: names.filter((n) => table.detail.redactedColumns.includes(n)),
    };
    return json(page);
  }
}

function matches(filter: Filter, value: unknown): boolean {
  switch (filter.op) {
    case 'EQ':
      return value === filter.value;
    case 'IN':
      return (filter.values ?? []).includes(value as string);
    case 'IS_NULL':
      return value === null;
    case 'NOT_NULL':
      return value !== null;
    case 'RANGE':
      return (filter.from === undefined || (value as number) >= (filter.from as number)) && (filter.to === undefined || (value as number) < (filter.to as number));
  }
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function error(status: number, errorCode: ErrorCode, message: string): Response {
  return json({ errorCode, message }, status);
}

export function column(name: string, kind: ValueKind, nullable = true, typeName = kind.toLowerCase()): ColumnInfo {
  return { name, jdbcType: 0, typeName, size: null, nullable, kind, redaction: null };
}

export function tableDetail(name: string, columns: ColumnInfo[], estimatedRows: number | null, primaryKey = [columns[0]?.name ?? 'ID']): TableDetail {
  return {
    name,
    group: 'CORE',
    aoOwner: null,
    estimatedRows,
    sizeBytes: null,
    columnCount: columns.length,
    primaryKey,
    redactedColumns: columns.filter((c) => c.redaction).map((c) => c.name),
    columns,
    pagingStrategy: 'PRIMARY_KEY',
  };
}
