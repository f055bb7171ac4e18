import type {
  About,
  ErrorEnvelope,
  ExportFinish,
  ExportStart,
  Filter,
  RowPage,
  TableDetail,
  TableList,
} from '../../api/types';
import { abortReason } from '../clock';
import { ExportError, httpError, isAbort } from './errors';

/** The subset of `fetch` the engine needs; tests pass an in-memory server here. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

/** POST /exports answers with the id every page request and the final PUT carry. */
export interface ExportStarted {
  exportId: string;
}

export interface ClientConfig {
  /** The REST root, ending in /rest/tablewise/1.0 (see restRoot). */
  baseUrl: string;
  /** Defaults to the global fetch (browser worker and Node 20 both have one). */
  transport?: Transport;
  /** Authorization and any other header sent with every request. */
  headers?: Record<string, string>;
  /** A request that sends nothing for this long is abandoned and retried. */
  timeoutMs?: number;
}

export interface PageQuery {
  table: string;
  columns?: readonly string[];
  filters?: readonly Filter[];
  after: string | null;
  limit: number;
  /** A soft cap on the page's JSON size (the server's default applies without it). */
  maxBytes?: number;
  exportId?: string;
  reveal?: boolean;
}

const REST_PATH = '/rest/tablewise/1.0';

/** Accepts the instance's base URL (with context path) or the REST root itself. */
export function restRoot(instanceUrl: string): string {
  const trimmed = instanceUrl.replace(/\/+$/, '');
  return trimmed.endsWith(REST_PATH) ? trimmed : trimmed + REST_PATH;
}

/**
 * The engine's own view of the REST contract. It does not use api/http.ts because it must run
 * in a worker and in Node, with credentials the CLI supplies, and must classify every failure
 * for the retry policy.
 */
export class TablewiseClient {
  private readonly transport: Transport;
  private readonly timeoutMs: number;

  constructor(private readonly config: ClientConfig) {
    this.transport = config.transport ?? ((url, init) => fetch(url, init));
    this.timeoutMs = config.timeoutMs ?? 120_000;
  }

  /** GET /about: the app's and the product's versions, for the JSON Lines header and manifest. */
  about(signal?: AbortSignal): Promise<About> {
    return this.json<About>('GET', '/about', undefined, signal);
  }

  listTables(signal?: AbortSignal): Promise<TableList> {
    return this.json<TableList>('GET', '/tables', undefined, signal);
  }

  table(name: string, signal?: AbortSignal): Promise<TableDetail> {
    return this.json<TableDetail>('GET', `/tables/${encodeURIComponent(name)}`, undefined, signal);
  }

  async rows(query: PageQuery, signal?: AbortSignal): Promise<RowPage> {
    const params = new URLSearchParams();
    if (query.columns) params.set('columns', query.columns.join(','));
    if (query.after !== null) params.set('after', query.after);
    params.set('limit', String(query.limit));
    if (query.maxBytes !== undefined) params.set('maxBytes', String(query.maxBytes));
    if (query.filters && query.filters.length > 0) params.set('filters', JSON.stringify(query.filters));
    if (query.reveal) params.set('reveal', 'true');
    if (query.exportId) params.set('exportId', query.exportId);
    const path = `/tables/${encodeURIComponent(query.table)}/rows?${params.toString()}`;
    const page = await this.json<RowPage>('GET', path, undefined, signal);
    if (!isRowPage(page)) throw new ExportError('protocol', `The server sent a malformed page for ${query.table}`);
    return page;
  }

  async startExport(body: ExportStart, signal?: AbortSignal): Promise<ExportStarted> {
    const started = await this.json<ExportStarted>('POST', '/exports', body, signal);
    if (typeof started?.exportId !== 'string' && typeof started?.exportId !== 'number') {
      throw new ExportError('protocol', 'POST /exports did not return an exportId');
    }
    return { exportId: String(started.exportId) };
  }

  async finishExport(exportId: string, body: ExportFinish, signal?: AbortSignal): Promise<void> {
    await this.json<unknown>('PUT', `/exports/${encodeURIComponent(exportId)}`, body, signal);
  }

  private async json<T>(method: string, path: string, body: unknown, signal: AbortSignal | undefined): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.config.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    // Mutations carry the Atlassian XSRF opt-out header; harmless for token-authenticated CLIs.
    if (method !== 'GET') headers['X-Atlassian-Token'] = 'no-check';
    const { signal: requestSignal, dispose, timedOut } = withTimeout(signal, this.timeoutMs);
    try {
      const response = await this.transport(this.config.baseUrl + path, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: requestSignal,
        credentials: 'same-origin',
      });
      if (!response.ok) {
        throw httpError(response.status, await readEnvelope(response), retryAfter(response));
      }
      if (response.status === 204) return undefined as T;
      // A dropped connection mid-body surfaces here as a TypeError or a JSON SyntaxError.
      const text = await response.text();
      return (text.length === 0 ? undefined : JSON.parse(text)) as T;
    } catch (error) {
      if (error instanceof ExportError) throw error;
      if (signal?.aborted) throw abortReason(signal);
      if (timedOut()) {
        throw new ExportError('network', `${method} ${path} timed out after ${this.timeoutMs} ms`, { retryable: true });
      }
      if (isAbort(error)) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ExportError('network', `${method} ${path.split('?')[0] ?? path} failed: ${message}`, {
        retryable: true,
        cause: error,
      });
    } finally {
      dispose();
    }
  }
}

function withTimeout(
  outer: AbortSignal | undefined,
  timeoutMs: number,
): { signal: AbortSignal; dispose: () => void; timedOut: () => boolean } {
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(new DOMException('timeout', 'TimeoutError'));
  }, timeoutMs);
  const onAbort = (): void => controller.abort(abortReason(outer));
  if (outer?.aborted) onAbort();
  else outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
    timedOut: () => fired,
  };
}

async function readEnvelope(response: Response): Promise<Partial<ErrorEnvelope> | null> {
  try {
    const parsed: unknown = JSON.parse(await response.text());
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ErrorEnvelope>) : null;
  } catch {
    return null;
  }
}

function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function isRowPage(value: unknown): value is RowPage {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<RowPage>;
  return (
    Array.isArray(page.columns) &&
    Array.isArray(page.rows) &&
    (page.nextCursor === null || typeof page.nextCursor === 'string') &&
    page.rows.every((row) => Array.isArray(row) && row.length === page.columns?.length)
  );
}
