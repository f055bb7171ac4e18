// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bodyJson,
  contentHash,
  decodeRows,
  encodeBody,
  hashMatches,
  hotp,
  isNonce,
  otpInWindow,
  rowsJson,
  totp,
  type EventRow,
} from './codec.js';
import { SHARED_VECTORS_PATH, testKey, vectors, VECTORS_PATH } from './vectors.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');
const firstRow = (): EventRow => {
  const row = vectors.cases[0]?.rows[0];
  if (row === undefined) throw new Error('vectors have no first row');
  return row;
};

describe('the shared vectors', () => {
  it.runIf(existsSync(SHARED_VECTORS_PATH))('the repo copy is verbatim', () => {
    expect(readFileSync(VECTORS_PATH)).toEqual(readFileSync(SHARED_VECTORS_PATH));
  });

  it('has cases', () => {
    expect(vectors.cases.length).toBeGreaterThan(0);
  });

  for (const c of vectors.cases) {
    describe(c.name, () => {
      it('rows serialise to the exact decoded JSON', () => {
        expect(rowsJson(c.rows)).toBe(c.decodedJson);
      });

      it('every body field matches byte for byte', () => {
        expect(encodeBody(testKey, c.rows, c.nonce, c.unixSeconds)).toStrictEqual(c.body);
      });

      it('the body string is compact JSON in protocol order', () => {
        const expected =
          `{"dataEncoded":"${c.body.dataEncoded}","nonce":"${c.body.nonce}",` +
          `"contentHash":"${c.body.contentHash}","otp":"${c.body.otp}"}`;
        expect(bodyJson(encodeBody(testKey, c.rows, c.nonce, c.unixSeconds))).toBe(expected);
      });

      it('verifies and decodes back to the rows', () => {
        expect(hashMatches(testKey, c.body)).toBe(true);
        expect(otpInWindow(testKey, c.body.otp, c.unixSeconds)).toBe(true);
        expect(decodeRows(c.body.dataEncoded)).toStrictEqual({ ok: true, rows: c.rows });
      });
    });
  }

  it('key order in the input does not change the output', () => {
    const row = firstRow();
    // Same fields, reversed insertion order.
    const shuffled = Object.fromEntries(Object.entries(row).reverse()) as unknown as EventRow;
    expect(rowsJson([shuffled])).toBe(vectors.cases[0]?.decodedJson);
  });
});

describe('TOTP', () => {
  // RFC 6238 Appendix B, SHA1 column.
  const seed = Buffer.from('12345678901234567890', 'ascii');
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('RFC 6238 at T=%i', (t, expected) => {
    expect(totp(seed, t, 8)).toBe(expected);
  });

  it.each([
    [0n, '755224'],
    [1n, '287082'],
    [9n, '520489'],
  ])('RFC 4226 HOTP counter %s', (counter, expected) => {
    expect(hotp(seed, counter)).toBe(expected);
  });

  it('accepts one step either side and no more', () => {
    const t = 1_763_683_200;
    const code = totp(testKey, t);
    expect(otpInWindow(testKey, code, t + 30)).toBe(true);
    expect(otpInWindow(testKey, code, t - 30)).toBe(true);
    expect(otpInWindow(testKey, code, t + 60)).toBe(false);
    expect(otpInWindow(testKey, code, t - 60)).toBe(false);
    expect(otpInWindow(testKey, '12345', t)).toBe(false);
  });
});

describe('verifying', () => {
  const c = vectors.cases[0];
  if (c === undefined) throw new Error('no vectors');

  it('a changed byte anywhere breaks the hash', () => {
    expect(hashMatches(testKey, { ...c.body, nonce: '1' })).toBe(false);
    expect(hashMatches(testKey, { ...c.body, dataEncoded: `${c.body.dataEncoded.slice(0, -2)}x=` })).toBe(false);
    expect(hashMatches(testKey, { ...c.body, contentHash: c.body.contentHash.toLowerCase() })).toBe(false);
    expect(hashMatches(Buffer.from('another key'), c.body)).toBe(false);
  });

  it.each([
    ['0', true],
    ['7', true],
    ['9223372036854775807', true],
    ['9223372036854775808', false],
    ['07', false],
    ['-1', false],
    ['', false],
    ['1e3', false],
    [' 1', false],
  ])('nonce %j valid: %s', (nonce, valid) => {
    expect(isNonce(nonce)).toBe(valid);
  });

  it('encoding refuses a nonce out of range', () => {
    expect(() => encodeBody(testKey, [], 2n ** 63n, 0)).toThrow(RangeError);
    expect(() => encodeBody(testKey, [], -1n, 0)).toThrow(RangeError);
  });

  const row = firstRow();
  const rowJson = (r: Record<string, unknown>): string => JSON.stringify({ dataRows: [r] });
  const BASE64 = /Base64/;
  const JSON_TEXT = /UTF-8 JSON/;
  const SHAPE = /dataRows/;
  const ROW = /^row 0: /;
  it.each([
    ['unpadded Base64', b64(rowsJson([row])).replace(/=+$/, ''), BASE64],
    ['URL-safe Base64', b64('{"dataRows":[]}~~~').replace(/\+/g, '-'), BASE64],
    ['non-canonical trailing bits', 'eyJkYXRhUm93cyI6W119Ch==', BASE64],
    ['whitespace in Base64', `${b64('{"dataRows":[]}').slice(0, 4)} ${b64('{"dataRows":[]}').slice(4)}`, BASE64],
    ['not JSON', b64('dataRows: []'), JSON_TEXT],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]).toString('base64'), JSON_TEXT],
    ['a BOM', b64('\ufeff{"dataRows":[]}'), JSON_TEXT],
    ['not an object', b64('[]'), SHAPE],
    ['an extra top-level key', b64('{"dataRows":[],"x":1}'), SHAPE],
    ['dataRows not an array', b64('{"dataRows":{}}'), SHAPE],
    ['a row that is not an object', b64('{"dataRows":[null]}'), ROW],
    ['keys out of order', b64(rowJson(Object.fromEntries(Object.entries(row).reverse()))), ROW],
    ['a missing key', b64(rowJson({ ...row, AppVersion: undefined })), ROW],
    ['an extra row key', b64(rowJson({ ...row, UserName: 'jdoe' })), ROW],
    ['a string ID', b64(rowJson({ ...row, ID: '1223' })), ROW],
    ['a fractional ID', b64(rowJson({ ...row, ID: 1.5 })), ROW],
    ['an uppercase tenant', b64(rowJson({ ...row, ProductTenant: row.ProductTenant.toUpperCase() })), ROW],
    ['an unknown product', b64(rowJson({ ...row, Product: 'bitbucket' })), ROW],
    ['a name that is not an event name', b64(rowJson({ ...row, Name: 'issue summary' })), ROW],
    ['a date with millis', b64(rowJson({ ...row, UpdateDate: '2025-02-13T08:06:44.000Z' })), ROW],
    ['an impossible date', b64(rowJson({ ...row, UpdateDate: '2025-13-45T08:06:44Z' })), ROW],
    ['free text in a version', b64(rowJson({ ...row, ProductVersion: '9.12 (jdoe@example.com)' })), ROW],
  ])('rejects %s', (_what, dataEncoded, reason) => {
    const decoded = decodeRows(dataEncoded);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });

  it('trailing JSON whitespace is still valid JSON', () => {
    expect(decodeRows('eyJkYXRhUm93cyI6W119Cg==')).toStrictEqual({ ok: true, rows: [] });
  });

  it('the hash is over the ASCII of nonce.dataEncoded', () => {
    expect(contentHash(testKey, c.body.nonce, c.body.dataEncoded)).toBe(c.body.contentHash);
  });
});
