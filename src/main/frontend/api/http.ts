/**
 * The one HTTP helper: every call to /rest/tablewise/1.0 goes through here, so URL building,
 * JSON, XSRF and error mapping exist exactly once. Components never call fetch; they call the
 * typed module of a resource (api/tables.ts, ...), which calls this.
 */
import type { ErrorCode, ErrorEnvelope } from './types';

/** The element the admin servlet renders; its data-context-path is the product's context path. */
export const ROOT_ELEMENT_ID = 'tablewise-admin';

export const REST_PATH = '/rest/tablewise/1.0';

/** Codes the client adds to the server's closed set when there is no envelope to read. */
export type ClientErrorCode =
  | 'NETWORK_ERROR' // fetch itself failed: offline, DNS, connection reset
  | 'UNEXPECTED_RESPONSE'; // a body that is not the envelope (proxy page, login page, bad JSON)

export type ApiErrorCode = ErrorCode | ClientErrorCode;

// Keyed by ErrorCode so adding a code to types.ts without adding it here fails type checking.
const SERVER_CODES: Record<ErrorCode, true> = {
  NOT_AUTHENTICATED: true,
  NOT_SYSTEM_ADMIN: true,
  XSRF_CHECK_FAILED: true,
  WEBSUDO_REQUIRED: true,
  NOT_FOUND: true,
  BAD_REQUEST: true,
  UNKNOWN_COLUMN: true,
  BAD_FILTER: true,
  BAD_CURSOR: true,
  NOT_SUPPORTED: true,
  CONFLICT: true,
  DATABASE_ERROR: true,
  INTERNAL_ERROR: true,
};

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly errorCode: ApiErrorCode,
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Serialised as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

export interface Http {
  request<T>(method: HttpMethod, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** The absolute-or-root-relative URL a path resolves to (for links and downloads). */
  url(path: string, query?: Record<string, QueryValue>): string;
}

export interface HttpConfig {
  /**
   * The product's context path ("" or "/jira"), or for Node an absolute base
   * ("https://jira.example.com/jira"). A function is read at each call, so the browser
   * default can wait for the page to exist.
   */
  baseUrl: string | (() => string);
  fetch?: typeof fetch;
  /** Extra headers on every request, e.g. Authorization for the CLI. */
  headers?: Record<string, string>;
}

/**
 * Builds a resource path, percent-encoding every interpolated value as one path segment:
 * path`/tables/${name}` can never be steered to another endpoint by a table name.
 */
export function path(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  return strings.reduce((out, part, i) => {
    const value = values[i - 1];
    return out + (value === undefined ? '' : encodeURIComponent(String(value))) + part;
  });
}

export function contextPathFromPage(doc: Document = document): string {
  const root = doc.getElementById(ROOT_ELEMENT_ID);
  const contextPath = root?.getAttribute('data-context-path');
  if (contextPath == null) {
    throw new Error(`#${ROOT_ELEMENT_ID} with data-context-path is missing from the page`);
  }
  return contextPath;
}

// Only a root-relative context path or an explicit http(s) base: a page attribute must never
// be able to send our requests (and the user's session) to another host.
function normaliseBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  const rootRelative = trimmed === '' || (trimmed.startsWith('/') && !trimmed.startsWith('//'));
  if (!rootRelative && !/^https?:\/\/[^/]+/i.test(trimmed)) {
    throw new Error(`Not a context path or http(s) base URL: "${base}"`);
  }
  return trimmed;
}

function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null) return false;
  const { errorCode, message } = body as Record<string, unknown>;
  return typeof errorCode === 'string' && errorCode in SERVER_CODES && typeof message === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new ApiError(
      'UNEXPECTED_RESPONSE',
      `HTTP ${response.status}: the response is not JSON`,
      response.status,
      { cause },
    );
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await readJson(response);
  } catch {
    body = undefined;
  }
  if (isEnvelope(body)) return new ApiError(body.errorCode, body.message, response.status);
  return new ApiError(
    'UNEXPECTED_RESPONSE',
    `HTTP ${response.status} ${response.statusText}`.trim(),
    response.status,
  );
}

export function createHttp(config: HttpConfig): Http {
  const base = (): string =>
    normaliseBase(typeof config.baseUrl === 'function' ? config.baseUrl() : config.baseUrl);
  const url = (resource: string, query?: Record<string, QueryValue>): string =>
    `${base()}${REST_PATH}${resource.startsWith('/') ? resource : `/${resource}`}${queryString(query)}`;

  async function request<T>(method: HttpMethod, resource: string, options: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...config.headers };
    // Mutations carry the XSRF opt-out header the product's REST layer expects.
    if (method !== 'GET') headers['X-Atlassian-Token'] = 'no-check';
    const hasBody = options.body !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';

    const doFetch = config.fetch ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url(resource, options.query), {
        method,
        headers,
        body: hasBody ? JSON.stringify(options.body) : undefined,
        credentials: 'same-origin',
        signal: options.signal,
      });
    } catch (cause) {
      // An abort is the caller's decision, not a failure: let its AbortError through.
      if (options.signal?.aborted) throw cause;
      throw new ApiError('NETWORK_ERROR', `${method} ${resource} failed: no response`, 0, { cause });
    }
    if (!response.ok) throw await toApiError(response);
    return (await readJson(response)) as T;
  }

  return {
    request,
    url,
    get: (resource, options) => request('GET', resource, options),
    post: (resource, body, options) => request('POST', resource, { ...options, body }),
    put: (resource, body, options) => request('PUT', resource, { ...options, body }),
    delete: (resource, options) => request('DELETE', resource, options),
  };
}

/** The browser's instance: same origin, context path read from the page when first used. */
export const http: Http = createHttp({ baseUrl: () => contextPathFromPage() });
