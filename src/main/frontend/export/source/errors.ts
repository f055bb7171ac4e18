import type { ErrorCode, ErrorEnvelope } from '../../api/types';

/**
 * Why an export stopped. The CLI maps these to exit codes and the admin pages to messages,
 * so the set is closed and independent of HTTP details.
 */
export type FailureKind =
  | 'auth' // 401: not logged in, bad credentials, websudo
  | 'permission' // 403: not a system administrator, XSRF
  | 'not-found' // 404: unknown table or endpoint (wrong --url)
  | 'bad-request' // 400/409: unknown column, bad filter or cursor
  | 'server' // 5xx, 408, 429 after all retries
  | 'network' // connection refused/reset, timeout, truncated body after all retries
  | 'protocol' // the server answered something that is not the contract
  | 'sink' // the output could not be written
  | 'resume' // a checkpoint that does not fit the output or the request
  | 'cancelled';

export interface ExportErrorDetails {
  status?: number;
  errorCode?: ErrorCode;
  /** Whether trying the same request again may succeed. */
  retryable?: boolean;
  /** Server-requested wait (Retry-After), in ms. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class ExportError extends Error {
  readonly status: number | undefined;
  readonly errorCode: ErrorCode | undefined;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly kind: FailureKind,
    message: string,
    details: ExportErrorDetails = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'ExportError';
    this.status = details.status;
    this.errorCode = details.errorCode;
    this.retryable = details.retryable ?? false;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Which HTTP statuses are worth another try: the server or something in between was unwell. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export function kindOfStatus(status: number): FailureKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404) return 'not-found';
  if (isRetryableStatus(status)) return 'server';
  return 'bad-request';
}

/** Builds the error for a non-2xx answer, keeping the envelope's code when there is one. */
export function httpError(status: number, envelope: Partial<ErrorEnvelope> | null, retryAfterMs?: number): ExportError {
  const code = envelope?.errorCode;
  const message = envelope?.message ?? `HTTP ${status}`;
  return new ExportError(kindOfStatus(status), code ? `${code}: ${message}` : message, {
    status,
    ...(code ? { errorCode: code } : {}),
    retryable: isRetryableStatus(status),
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}

export function isAbort(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof ExportError && error.kind === 'cancelled')
  );
}

/** Normalises anything thrown below the engine into an ExportError. */
export function toExportError(error: unknown): ExportError {
  if (error instanceof ExportError) return error;
  if (isAbort(error)) return new ExportError('cancelled', 'The export was cancelled', { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new ExportError('network', message, { retryable: true, cause: error });
}
