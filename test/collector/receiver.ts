// The reference receiver: a fastify app that applies the protocol's receiver rules one by one
// and stores what it accepts. It reads the body as raw bytes and checks the hash over the
// `dataEncoded` string exactly as received before it decodes or parses the rows inside.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import {
  BODY_KEYS,
  decodeRows,
  hashMatches,
  isNonce,
  isRecord,
  otpInWindow,
  type Body,
} from './codec.js';
import { Store } from './store.js';

export const INGEST_PATH = '/ingest';
export const REPLAY_WINDOW_MS = 10 * 60 * 1000;
// 500 rows of ~250 bytes, Base64-inflated, fit several times over.
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export interface ReceiverOptions {
  /** The analytics key bytes. */
  key: Uint8Array;
  /** Where rows.jsonl and nonces.jsonl live; reloaded on start. */
  dataDir: string;
  tls: { cert: string | Buffer; key: string | Buffer };
  /** Milliseconds since the epoch; injectable so tests can move the OTP and replay clocks. */
  now?: () => number;
  /** One line per request on stderr. */
  log?: boolean;
}

/** Fault injection for the sender's retry paths, set through `POST /_control`. */
export type Fault =
  | { mode: 'normal' }
  | { mode: 'unavailable'; remaining: number; retryAfter?: string }
  | { mode: 'down'; remaining: number };

type Rejection = { status: 400 | 409; errorCode: string; message: string };

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function createReceiver(options: ReceiverOptions) {
  const now = options.now ?? Date.now;
  const store = new Store(options.dataDir, REPLAY_WINDOW_MS, now());
  let fault: Fault = { mode: 'normal' };

  const app = Fastify({ https: { cert: options.tls.cert, key: options.tls.key }, bodyLimit: BODY_LIMIT_BYTES });

  // Raw bytes for every JSON body: parsing is ours, in the order the protocol requires.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    void reply.code(status).send({ errorCode: status === 500 ? 'INTERNAL' : 'INVALID_REQUEST', message: error.message });
  });

  if (options.log === true) {
    app.addHook('onResponse', (request, reply, done) => {
      process.stderr.write(`${request.method} ${request.url} ${reply.statusCode}\n`);
      done();
    });
  }

  app.post(INGEST_PATH, (request, reply) => {
    store.recordRequest(request.body, now());
    if (fault.mode === 'down') {
      fault = countDown(fault);
      // No answer at all: the sender must see a network error, not an HTTP status.
      void reply.hijack();
      request.raw.socket.destroy();
      return;
    }
    if (fault.mode === 'unavailable') {
      const retryAfter = fault.retryAfter;
      fault = countDown(fault);
      if (retryAfter !== undefined) void reply.header('Retry-After', retryAfter);
      return reply.code(503).send({ errorCode: 'UNAVAILABLE', message: 'collector unavailable (injected)' });
    }
    const outcome = ingest(request.body, now(), options.key, store);
    if ('errorCode' in outcome) {
      return reply.code(outcome.status).send({ errorCode: outcome.errorCode, message: outcome.message });
    }
    return reply.code(200).send(outcome);
  });

  app.get('/_received', (request, reply) => {
    if (!fromLoopback(request, reply)) return reply;
    const rows = store.all();
    return reply.send({ count: rows.length, rows });
  });

  app.post('/_control', (request, reply) => {
    if (!fromLoopback(request, reply)) return reply;
    const next = parseControl(request.body);
    if (next === undefined) {
      return reply.code(400).send({
        errorCode: 'INVALID_CONTROL',
        message: 'expected {"mode":"normal"} | {"mode":"unavailable","count":K,"retryAfter":N} | {"mode":"down","count":K}',
      });
    }
    fault = next;
    return reply.send({ fault: describe(fault) });
  });

  return app;
}

export type Receiver = ReturnType<typeof createReceiver>;

/** The receiver rules, in order: envelope, hash, OTP, rows, replay; then store. */
function ingest(
  raw: unknown,
  nowMs: number,
  key: Uint8Array,
  store: Store,
): Rejection | { accepted: number; stored: number; duplicates: number } {
  const body = parseEnvelope(raw);
  if (body === undefined) {
    return { status: 400, errorCode: 'INVALID_BODY', message: `expected exactly the string fields ${BODY_KEYS.join(', ')}` };
  }
  if (!isNonce(body.nonce)) {
    return { status: 400, errorCode: 'INVALID_BODY', message: 'nonce must be a decimal 0 <= n < 2^63' };
  }
  if (!hashMatches(key, body)) {
    return { status: 400, errorCode: 'BAD_HASH', message: 'contentHash does not verify' };
  }
  if (!otpInWindow(key, body.otp, Math.floor(nowMs / 1000))) {
    return { status: 400, errorCode: 'BAD_OTP', message: 'otp outside one step of the receiver clock' };
  }
  const decoded = decodeRows(body.dataEncoded);
  if (!decoded.ok) {
    return { status: 400, errorCode: 'INVALID_DATA', message: decoded.reason };
  }
  if (store.seenRecently(body.nonce, nowMs)) {
    return { status: 409, errorCode: 'REPLAYED_NONCE', message: 'nonce seen in the last 10 minutes' };
  }
  const result = store.accept(body.nonce, decoded.rows, nowMs);
  return { accepted: decoded.rows.length, ...result };
}

function parseEnvelope(raw: unknown): Body | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(STRICT_UTF8.decode(raw));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const keys = Object.keys(parsed);
  if (keys.length !== BODY_KEYS.length || !BODY_KEYS.every((k) => typeof parsed[k] === 'string')) {
    return undefined;
  }
  return parsed as unknown as Body;
}

function parseControl(raw: unknown): Fault | undefined {
  if (!Buffer.isBuffer(raw)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const count = parsed['count'];
  if (count !== undefined && (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)) return undefined;
  switch (parsed['mode']) {
    case 'normal':
      return { mode: 'normal' };
    case 'down':
      return { mode: 'down', remaining: count ?? Number.POSITIVE_INFINITY };
    case 'unavailable': {
      const retryAfter = parsed['retryAfter'];
      if (retryAfter === undefined) return { mode: 'unavailable', remaining: count ?? 1 };
      if (typeof retryAfter === 'number' && Number.isSafeInteger(retryAfter) && retryAfter >= 0) {
        return { mode: 'unavailable', remaining: count ?? 1, retryAfter: String(retryAfter) };
      }
      // An HTTP-date, passed through as given so tests can exercise the date form.
      if (typeof retryAfter === 'string' && /^[\x20-\x7e]{1,64}$/.test(retryAfter)) {
        return { mode: 'unavailable', remaining: count ?? 1, retryAfter };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function countDown(current: Exclude<Fault, { mode: 'normal' }>): Fault {
  const remaining = current.remaining - 1;
  return remaining > 0 ? { ...current, remaining } : { mode: 'normal' };
}

function describe(fault: Fault): Record<string, unknown> {
  // JSON has no Infinity: "until reset" is spelled out.
  if (fault.mode === 'normal') return { mode: 'normal' };
  return { ...fault, remaining: Number.isFinite(fault.remaining) ? fault.remaining : 'until reset' };
}

/** Control endpoints answer only on loopback, even when the receiver listens wider. */
function fromLoopback(request: FastifyRequest, reply: FastifyReply): boolean {
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
  if (!loopback) {
    void reply.code(403).send({ errorCode: 'FORBIDDEN', message: 'control endpoints are loopback-only' });
  }
  return loopback;
}
