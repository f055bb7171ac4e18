// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bodyJson, contentHash, encodeBody, totp, type Body, type EventRow } from './codec.js';
import { get, post, type Answer } from './https-client.js';
import { makeTestCert, type TestCert } from './make-cert.js';
import { createReceiver, INGEST_PATH, REPLAY_WINDOW_MS, type Receiver } from './receiver.js';
import { testKey } from './vectors.js';

const T0 = Date.parse('2026-11-21T12:00:00Z');

let cert: TestCert;
let tlsDir: string;
let dataDir: string;
let nowMs = T0;
let receiver: Receiver;
let base: string;
let nonce = 1000n;

const row = (id: number, tenant = '3f9a1c0d5b7e2a64'): EventRow => ({
  ID: id,
  ProductTenant: tenant,
  Product: 'jira',
  Name: 'tablewise.export.format.csv',
  ProductVersion: '9.12.15',
  UpdateDate: '2026-11-21T11:59:00Z',
  AppVersion: '1.0.0',
});

/** A valid body for the receiver's current clock, with a nonce never used before. */
function freshBody(rows: EventRow[], atMs = nowMs): Body {
  nonce += 1n;
  return encodeBody(testKey, rows, nonce, Math.floor(atMs / 1000));
}

/** A body whose hash is right for whatever `dataEncoded` holds, valid or not. */
function signed(dataEncoded: string): Body {
  nonce += 1n;
  const n = nonce.toString();
  return { dataEncoded, nonce: n, contentHash: contentHash(testKey, n, dataEncoded), otp: totp(testKey, nowMs / 1000) };
}

const ingest = (body: Body | string | Buffer): Promise<Answer> =>
  post(`${base}${INGEST_PATH}`, typeof body === 'string' || Buffer.isBuffer(body) ? body : bodyJson(body), cert.cert);

const control = (command: Record<string, unknown>): Promise<Answer> =>
  post(`${base}/_control`, JSON.stringify(command), cert.cert);

async function received(): Promise<EventRow[]> {
  const answer = await get(`${base}/_received`, cert.cert);
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as { rows: { row: EventRow }[] }).rows.map((stored) => stored.row);
}

function errorCode(answer: Answer): string {
  return (JSON.parse(answer.body) as { errorCode: string }).errorCode;
}

async function start(): Promise<void> {
  receiver = createReceiver({ key: testKey, dataDir, tls: { cert: cert.cert, key: cert.key }, now: () => nowMs });
  await receiver.listen({ port: 0, host: '127.0.0.1' });
  const address = receiver.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  base = `https://127.0.0.1:${address.port}`;
}

beforeAll(() => {
  tlsDir = mkdtempSync(join(tmpdir(), 'tablewise-tls-'));
  cert = makeTestCert(tlsDir);
});

afterAll(() => {
  rmSync(tlsDir, { recursive: true, force: true });
});

beforeEach(async () => {
  nowMs = T0;
  dataDir = mkdtempSync(join(tmpdir(), 'tablewise-collector-'));
  await start();
});

afterEach(async () => {
  await receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('accepting', () => {
  it('stores a valid batch and lists it', async () => {
    const answer = await ingest(freshBody([row(1), row(2)]));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toStrictEqual({ accepted: 2, stored: 2, duplicates: 0 });
    expect(await received()).toStrictEqual([row(1), row(2)]);
  });

  it('de-duplicates rows by tenant and id across batches', async () => {
    await ingest(freshBody([row(1), row(2)]));
    const again = await ingest(freshBody([row(2), row(3), row(1, 'aaaaaaaaaaaaaaaa')]));
    expect(JSON.parse(again.body)).toStrictEqual({ accepted: 3, stored: 2, duplicates: 1 });
    expect(await received()).toHaveLength(4);
  });

  it('accepts an empty batch', async () => {
    expect((await ingest(freshBody([]))).status).toBe(200);
  });
});

describe('the envelope', () => {
  const valid = (): Record<string, unknown> => ({ ...freshBody([row(1)]) });
  it.each<[string, (b: Record<string, unknown>) => unknown]>([
    ['a missing field', ({ otp: _otp, ...rest }) => rest],
    ['an extra field', (b) => ({ ...b, tenant: 'x' })],
    ['a number nonce', (b) => ({ ...b, nonce: Number(b['nonce']) })],
    ['a null otp', (b) => ({ ...b, otp: null })],
    ['an array', (b) => [b]],
  ])('400 for %s', async (_what, change) => {
    const answer = await ingest(JSON.stringify(change(valid())));
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('INVALID_BODY');
  });

  it('400 for a body that is not JSON or not UTF-8', async () => {
    expect((await ingest('{"dataEncoded":')).status).toBe(400);
    expect((await ingest(Buffer.from([0x7b, 0xff, 0x7d]))).status).toBe(400);
  });

  it.each(['01', '-5', '9223372036854775808', 'abc'])('400 for nonce %j', async (bad) => {
    const body = freshBody([row(1)]);
    const answer = await ingest({ ...body, nonce: bad, contentHash: contentHash(testKey, bad, body.dataEncoded) });
    expect(answer.status).toBe(400);
  });

  it('refuses a body that is not JSON-typed', async () => {
    const answer = await post(`${base}${INGEST_PATH}`, bodyJson(freshBody([row(1)])), cert.cert, 'text/plain');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe('the hash', () => {
  it('400 when it does not verify', async () => {
    const body = freshBody([row(1)]);
    const answer = await ingest({ ...body, contentHash: '0'.repeat(40) });
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('BAD_HASH');
  });

  it('is checked before the rows are decoded', async () => {
    const garbage = signed('!!not base64!!');
    const unsigned = await ingest({ ...garbage, contentHash: 'F'.repeat(40) });
    expect(errorCode(unsigned)).toBe('BAD_HASH');
    // Only with a right hash does the receiver look inside and find the data bad.
    expect(errorCode(await ingest(garbage))).toBe('INVALID_DATA');
  });

  it('covers dataEncoded exactly as sent: the same rows re-encoded differently do not verify', async () => {
    const body = freshBody([row(1)]);
    const reencoded = Buffer.from(
      JSON.stringify(JSON.parse(Buffer.from(body.dataEncoded, 'base64').toString('utf8')), null, 1),
    ).toString('base64');
    expect(errorCode(await ingest({ ...body, dataEncoded: reencoded }))).toBe('BAD_HASH');
  });
});

describe('the rows', () => {
  it.each([
    ['invalid Base64', '@@@@'],
    ['Base64 of non-JSON', Buffer.from('hello').toString('base64')],
    ['the wrong shape', Buffer.from('{"rows":[]}').toString('base64')],
    ['a row with a user name', Buffer.from(JSON.stringify({ dataRows: [{ ...row(1), User: 'jdoe' }] })).toString('base64')],
  ])('400 for %s, even correctly signed', async (_what, dataEncoded) => {
    const answer = await ingest(signed(dataEncoded));
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('INVALID_DATA');
    expect(await received()).toHaveLength(0);
  });
});

describe('the OTP', () => {
  it.each([-30_000, 30_000, 0])('accepted when the sender clock is %i ms off (one step)', async (skew) => {
    expect((await ingest(freshBody([row(1)], nowMs + skew))).status).toBe(200);
  });

  it.each([-60_000, 60_000, 3_600_000])('400 when the sender clock is %i ms off', async (skew) => {
    const answer = await ingest(freshBody([row(1)], nowMs + skew));
    expect(answer.status).toBe(400);
    expect(errorCode(answer)).toBe('BAD_OTP');
  });
});

describe('replay', () => {
  it('409 for a nonce accepted in the last 10 minutes', async () => {
    const body = freshBody([row(1)]);
    expect((await ingest(body)).status).toBe(200);
    const replay = await ingest(body);
    expect(replay.status).toBe(409);
    expect(errorCode(replay)).toBe('REPLAYED_NONCE');
  });

  it('forgets a nonce after 10 minutes', async () => {
    const first = freshBody([row(1)]);
    expect((await ingest(first)).status).toBe(200);
    nowMs = T0 + REPLAY_WINDOW_MS - 1000;
    const almost = await ingest({ ...first, otp: totp(testKey, nowMs / 1000) });
    expect(almost.status).toBe(409);
    nowMs = T0 + REPLAY_WINDOW_MS;
    expect((await ingest({ ...first, otp: totp(testKey, nowMs / 1000) })).status).toBe(200);
  });

  it('a rejected request does not burn its nonce', async () => {
    const body = freshBody([row(1)]);
    expect((await ingest({ ...body, otp: '000000' === body.otp ? '111111' : '000000' })).status).toBe(400);
    expect((await ingest(body)).status).toBe(200);
  });
});

describe('restart', () => {
  it('reloads rows and recent nonces from the data dir', async () => {
    const body = freshBody([row(1), row(2)]);
    await ingest(body);
    await receiver.close();
    await start();
    expect(await received()).toStrictEqual([row(1), row(2)]);
    expect((await ingest(body)).status).toBe(409);
    expect(JSON.parse((await ingest(freshBody([row(2), row(3)]))).body)).toMatchObject({ stored: 1, duplicates: 1 });
  });
});

describe('the request log', () => {
  it('keeps every ingest body as received, accepted, refused or failed, for privacy checks', async () => {
    const good = bodyJson(freshBody([row(1)]));
    await ingest(good);
    await ingest('{"not":"a body"}');
    await control({ mode: 'unavailable', count: 1 });
    const busy = bodyJson(freshBody([row(2)]));
    await ingest(busy);
    const logged = readFileSync(join(dataDir, 'requests.jsonl'), 'utf8').trim().split('\n');
    expect(logged.map((line) => (JSON.parse(line) as { body: string }).body)).toStrictEqual([
      good,
      '{"not":"a body"}',
      busy,
    ]);
  });
});

describe('fault injection', () => {
  it('answers 503 with Retry-After for the next K requests, then recovers', async () => {
    expect((await control({ mode: 'unavailable', count: 2, retryAfter: 7 })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const answer = await ingest(freshBody([row(1)]));
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('7');
    }
    expect((await ingest(freshBody([row(1)]))).status).toBe(200);
  });

  it('can send an HTTP-date Retry-After', async () => {
    await control({ mode: 'unavailable', retryAfter: 'Sat, 21 Nov 2026 12:02:00 GMT' });
    const answer = await ingest(freshBody([row(1)]));
    expect(answer.headers['retry-after']).toBe('Sat, 21 Nov 2026 12:02:00 GMT');
  });

  it('goes down: connections are cut without an answer until reset', async () => {
    await control({ mode: 'down' });
    await expect(ingest(freshBody([row(1)]))).rejects.toThrow();
    await expect(ingest(freshBody([row(1)]))).rejects.toThrow();
    await control({ mode: 'normal' });
    expect((await ingest(freshBody([row(1)]))).status).toBe(200);
  });

  it('goes down for K requests only', async () => {
    await control({ mode: 'down', count: 1 });
    await expect(ingest(freshBody([row(1)]))).rejects.toThrow();
    expect((await ingest(freshBody([row(1)]))).status).toBe(200);
  });

  it('rejects a malformed command', async () => {
    expect((await control({ mode: 'explode' })).status).toBe(400);
    expect((await control({ mode: 'unavailable', count: 0 })).status).toBe(400);
  });

  it('control endpoints answer only on loopback', async () => {
    const list = await receiver.inject({ method: 'GET', url: '/_received', remoteAddress: '10.1.2.3' });
    expect(list.statusCode).toBe(403);
    const command = await receiver.inject({
      method: 'POST',
      url: '/_control',
      remoteAddress: '192.168.0.9',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ mode: 'down' }),
    });
    expect(command.statusCode).toBe(403);
    expect((await ingest(freshBody([row(1)]))).status).toBe(200);
  });
});
