import type { Clock } from '../clock';
import { ExportError, isAbort, toExportError } from './errors';

/**
 * Capped exponential back-off. Bounded on purpose: a server that stays down for longer than
 * the whole schedule (about a minute and a half with the defaults) fails the export, which
 * keeps its checkpoint so it can be resumed later.
 */
export interface RetryPolicy {
  /** Tries per request, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 30_000 };

export interface RetryEvent {
  /** The attempt that just failed, 1-based. */
  attempt: number;
  delayMs: number;
  error: ExportError;
}

export interface RetryContext {
  policy: RetryPolicy;
  clock: Clock;
  /** In [0, 1); injected so tests get exact delays. */
  random: () => number;
  signal?: AbortSignal;
  onRetry?: (event: RetryEvent) => void;
}

/** Delay before retry `attempt` (1 = after the first failure): half fixed, half jittered. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export async function withRetry<T>(operation: () => Promise<T>, context: RetryContext): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (thrown) {
      if (isAbort(thrown) || context.signal?.aborted) throw thrown;
      const error = toExportError(thrown);
      if (!error.retryable || attempt >= context.policy.maxAttempts) throw error;
      const backoff = backoffDelay(attempt, context.policy, context.random);
      // Honour Retry-After, but never beyond the cap: the schedule must stay bounded.
      const delayMs = Math.min(context.policy.maxDelayMs, Math.max(backoff, error.retryAfterMs ?? 0));
      context.onRetry?.({ attempt, delayMs, error });
      await context.clock.sleep(delayMs, context.signal);
    }
  }
}
