// tablewise-analytics/1 in TypeScript: the same contract as the Java PayloadCodec, pinned by the
// same vectors. The receiver uses the verify half; tests use the encode half as a second,
// independent sender.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const TOTP_STEP_SECONDS = 30;
export const OTP_DIGITS = 6;

export const ROW_KEYS = [
  'ID',
  'ProductTenant',
  'Product',
  'Name',
  'ProductVersion',
  'UpdateDate',
  'AppVersion',
] as const;

export const BODY_KEYS = ['dataEncoded', 'nonce', 'contentHash', 'otp'] as const;

export interface EventRow {
  ID: number;
  ProductTenant: string;
  Product: 'jira' | 'confluence';
  Name: string;
  ProductVersion: string;
  UpdateDate: string;
  AppVersion: string;
}

export interface Body {
  dataEncoded: string;
  nonce: string;
  contentHash: string;
  otp: string;
}

const MAX_NONCE = 2n ** 63n;

/** The compact `{"dataRows":[...]}` document, keys in protocol order whatever order `rows` had. */
export function rowsJson(rows: readonly EventRow[]): string {
  const ordered = rows.map((row) => ({
    ID: row.ID,
    ProductTenant: row.ProductTenant,
    Product: row.Product,
    Name: row.Name,
    ProductVersion: row.ProductVersion,
    UpdateDate: row.UpdateDate,
    AppVersion: row.AppVersion,
  }));
  return JSON.stringify({ dataRows: ordered });
}

export function encodeBody(
  key: Uint8Array,
  rows: readonly EventRow[],
  nonce: bigint | string,
  unixSeconds: number,
): Body {
  const nonceText = BigInt(nonce).toString();
  if (!isNonce(nonceText)) throw new RangeError('nonce must be in 0 <= n < 2^63');
  const dataEncoded = Buffer.from(rowsJson(rows), 'utf8').toString('base64');
  return {
    dataEncoded,
    nonce: nonceText,
    contentHash: contentHash(key, nonceText, dataEncoded),
    otp: totp(key, unixSeconds),
  };
}

/** The request body string, fields in protocol order. */
export function bodyJson(body: Body): string {
  return JSON.stringify({
    dataEncoded: body.dataEncoded,
    nonce: body.nonce,
    contentHash: body.contentHash,
    otp: body.otp,
  });
}

/** Uppercase hex HMAC-SHA1 over `nonce + "." + dataEncoded`. */
export function contentHash(key: Uint8Array, nonce: string, dataEncoded: string): string {
  return createHmac('sha1', key).update(`${nonce}.${dataEncoded}`, 'utf8').digest('hex').toUpperCase();
}

/** RFC 4226 HOTP with dynamic truncation, zero-padded. */
export function hotp(key: Uint8Array, counter: bigint, digits: number = OTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(counter);
  const hash = createHmac('sha1', key).update(message).digest();
  const offset = (hash[hash.length - 1] ?? 0) & 0x0f;
  const binary = hash.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 10 ** digits).toString().padStart(digits, '0');
}

/** RFC 6238 TOTP, HMAC-SHA1, T0 = 0, 30 s step. */
export function totp(key: Uint8Array, unixSeconds: number, digits: number = OTP_DIGITS): string {
  return hotp(key, BigInt(Math.floor(unixSeconds / TOTP_STEP_SECONDS)), digits);
}

// ---- verifying (the receiver's half) ----

/** A decimal `0 <= n < 2^63` without leading zeros. */
export function isNonce(text: string): boolean {
  return /^(0|[1-9][0-9]{0,18})$/.test(text) && BigInt(text) < MAX_NONCE;
}

/** Constant-time check of `contentHash` over the `dataEncoded` string exactly as received. */
export function hashMatches(key: Uint8Array, body: Body): boolean {
  if (!/^[0-9A-F]{40}$/.test(body.contentHash)) return false;
  const expected = Buffer.from(contentHash(key, body.nonce, body.dataEncoded), 'ascii');
  return timingSafeEqual(expected, Buffer.from(body.contentHash, 'ascii'));
}

/** Whether `otp` is the code of the current step or one step either side. */
export function otpInWindow(key: Uint8Array, otp: string, unixSeconds: number, steps = 1): boolean {
  if (!/^[0-9]{6}$/.test(otp)) return false;
  let match = false;
  for (let delta = -steps; delta <= steps; delta++) {
    const candidate = totp(key, unixSeconds + delta * TOTP_STEP_SECONDS);
    // No early exit, so timing does not tell which step matched.
    match = timingSafeEqual(Buffer.from(candidate), Buffer.from(otp)) || match;
  }
  return match;
}

export type Decoded = { ok: true; rows: EventRow[] } | { ok: false; reason: string };

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const TENANT = /^[0-9a-f]{16}$/;
const NAME = /^tablewise(\.[a-z0-9_]+)+$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
const UPDATE_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$/;

/**
 * Decodes `dataEncoded` strictly: canonical padded Base64, valid UTF-8, JSON of exactly the
 * protocol's shape with keys in protocol order. Being stricter than a production collector
 * needs to be is the point: this receiver exists to catch a sender drifting from the contract.
 */
export function decodeRows(dataEncoded: string): Decoded {
  if (!BASE64.test(dataEncoded)) return { ok: false, reason: 'dataEncoded is not padded standard Base64' };
  const bytes = Buffer.from(dataEncoded, 'base64');
  if (bytes.toString('base64') !== dataEncoded) return { ok: false, reason: 'dataEncoded is not canonical Base64' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(STRICT_UTF8.decode(bytes));
  } catch {
    return { ok: false, reason: 'dataEncoded is not UTF-8 JSON' };
  }
  if (!isRecord(parsed) || !sameKeys(parsed, ['dataRows']) || !Array.isArray(parsed['dataRows'])) {
    return { ok: false, reason: 'expected {"dataRows":[...]}' };
  }
  const rows: EventRow[] = [];
  for (const [index, row] of (parsed['dataRows'] as unknown[]).entries()) {
    const problem = rowProblem(row);
    if (problem !== undefined) return { ok: false, reason: `row ${index}: ${problem}` };
    rows.push(row as EventRow);
  }
  return { ok: true, rows };
}

function rowProblem(row: unknown): string | undefined {
  if (!isRecord(row)) return 'not an object';
  if (!sameKeys(row, ROW_KEYS)) return `keys must be ${ROW_KEYS.join(',')} in that order`;
  const id = row['ID'];
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 0) return 'ID is not a non-negative integer';
  if (!matches(row['ProductTenant'], TENANT)) return 'ProductTenant is not 16 lowercase hex';
  if (row['Product'] !== 'jira' && row['Product'] !== 'confluence') return 'Product is not jira or confluence';
  if (!matches(row['Name'], NAME)) return 'Name is not a tablewise event name';
  if (!matches(row['ProductVersion'], VERSION)) return 'ProductVersion is not a version';
  if (!matches(row['UpdateDate'], UPDATE_DATE) || Number.isNaN(Date.parse(String(row['UpdateDate'])))) {
    return 'UpdateDate is not yyyy-mm-ddThh:mm:ssZ';
  }
  if (!matches(row['AppVersion'], VERSION)) return 'AppVersion is not a version';
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(record: Record<string, unknown>, keys: readonly string[]): boolean {
  const actual = Object.keys(record);
  return actual.length === keys.length && actual.every((k, i) => k === keys[i]);
}

function matches(value: unknown, pattern: RegExp): boolean {
  return typeof value === 'string' && pattern.test(value);
}
