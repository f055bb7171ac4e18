import type { SqlColumn } from './sql';

/**
 * What a database value is, read from PostgreSQL's text output: the one source of every
 * expectation below. The per-format rules are written from docs/cli.md ("What the files hold")
 * and the ValueKind contract (src/main/frontend/api/types.ts), not from the encoders' code.
 */
export type Logical =
  | { t: 'null' }
  | { t: 'int'; text: string } // int2/int4: a JSON number on the wire
  | { t: 'decimal'; text: string } // int8/numeric: an exact decimal string on the wire
  | { t: 'float'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'text'; value: string }
  | { t: 'bytes'; base64: string }
  | { t: 'instant'; micros: bigint }; // timestamptz as UTC; timestamp (no zone) as its wall clock read as UTC

export type Format = 'CSV' | 'CSV --no-distinguish-null --no-formula-guard' | 'JSONL' | 'XLSX' | 'XLSX via LibreOffice';

/** A value as a reader gives it, with (XLSX only) whether the cell carries the "cut" highlight. */
export interface Cell {
  value: unknown;
  flagged?: boolean;
}

/**
 * The ValueKind a column of this PostgreSQL type travels as (api/types.ts): integers that fit
 * in 2^53 as JSON numbers, wider ones and decimals as exact strings. numeric(p,0) is INTEGER up
 * to 9 digits, BIGINT up to 38; unconstrained or scaled numeric is DECIMAL.
 */
export function wireKind(column: SqlColumn): string {
  const type = column.type;
  if (type === 'int2' || type === 'int4') return 'INTEGER';
  if (type === 'int8') return 'BIGINT';
  if (type === 'numeric') {
    const p = column.precision ?? 0;
    if (column.scale !== 0 || p < 1 || p > 38) return 'DECIMAL';
    return p <= 9 ? 'INTEGER' : 'BIGINT';
  }
  if (type === 'float4' || type === 'float8') return 'FLOAT';
  if (type === 'bool') return 'BOOLEAN';
  if (type === 'bytea') return 'BINARY';
  if (type === 'timestamp' || type === 'timestamptz') return 'TIMESTAMP';
  if (type === 'text' || type === 'varchar' || type === 'bpchar') return 'STRING';
  return 'OTHER';
}

export function logical(column: SqlColumn, text: string | null): Logical {
  if (text === null) return { t: 'null' };
  switch (wireKind(column)) {
    case 'INTEGER':
      return { t: 'int', text: canonicalDecimal(text) };
    case 'BIGINT':
    case 'DECIMAL':
      return { t: 'decimal', text: canonicalDecimal(text) };
    case 'FLOAT':
      return { t: 'float', value: Number(text) };
    case 'BOOLEAN':
      return { t: 'bool', value: text === 't' };
    case 'BINARY':
      return { t: 'bytes', base64: Buffer.from(text.slice(2), 'hex').toString('base64') };
    case 'TIMESTAMP':
      return { t: 'instant', micros: isoMicros(text) as bigint };
    default:
      return { t: 'text', value: text };
  }
}

/** "+007.50" → "7.5", "-0" → "0": decimals compare by value, not by spelling. */
export function canonicalDecimal(text: string): string {
  const m = /^([+-]?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(text.trim());
  if (!m) return `not a decimal: ${text}`;
  const integer = m[2] || '0';
  const fraction = m[3] ?? '';
  const body = fraction ? `${integer}.${fraction}` : integer;
  return m[1] === '-' && body !== '0' ? `-${body}` : body;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Microseconds since the epoch of an ISO date-time; no offset means UTC. Null if it is not one. */
export function isoMicros(text: string): bigint | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), 0);
  const micros = BigInt(date.getTime()) * 1000n + BigInt((m[7] ?? '').padEnd(6, '0').slice(0, 6));
  const zone = m[8] ?? 'Z';
  if (zone === 'Z') return micros;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) as RegExpExecArray;
  const minutes = Number(z[2]) * 60 + Number(z[3] ?? 0);
  return micros - BigInt((z[1] === '-' ? -1 : 1) * minutes) * 60_000_000n;
}

/** docs/cli.md: text starting with = + - @ tab or CR gets a leading apostrophe (OWASP guard). */
function formulaGuarded(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Excel keeps 32,767 UTF-16 units a cell; the cut never splits a surrogate pair. */
const EXCEL_MAX = 32_767;
function excelText(text: string): { text: string; cut: boolean } {
  // UTF-8 cannot carry lone surrogates: they arrive as U+FFFD.
  const clean = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  if (clean.length <= EXCEL_MAX) return { text: clean, cut: false };
  const end = /[\uD800-\uDBFF]/.test(clean[EXCEL_MAX - 1] as string) ? EXCEL_MAX - 1 : EXCEL_MAX;
  return { text: clean.slice(0, end), cut: true };
}

/** Excel and LibreOffice hold 15 significant digits; longer numbers must arrive as text. */
function fitsSpreadsheetNumber(decimal: string): boolean {
  const digits = decimal.replace(/^-/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length <= 15;
}

/** Excel shows dates from 1900-03-01 (its fictitious 1900-02-29 shifts earlier ones) to 9999. */
const EXCEL_FIRST = isoMicros('1900-03-01T00:00:00Z') as bigint;
const EXCEL_LAST = isoMicros('9999-12-31T23:59:59.999999Z') as bigint;
function excelDate(micros: bigint): boolean {
  return micros >= EXCEL_FIRST && micros <= EXCEL_LAST;
}

/** A number as JSON, CSV or a spreadsheet spells it, compared as a number (NaN equals NaN). */
function sameFloat(actual: unknown, expected: number, digits = 17): boolean {
  const n = typeof actual === 'number' ? actual : typeof actual === 'string' ? Number(actual) : NaN;
  if (Number.isNaN(expected)) return actual === 'NaN' || (typeof actual === 'number' && Number.isNaN(actual));
  if (!Number.isFinite(expected)) return n === expected;
  return digits >= 17 ? n === expected : Math.abs(n - expected) <= Math.abs(expected) * 10 ** (1 - digits);
}

/**
 * Whether the reader's `cell` is what the format's documented rules make of `value`; the reason
 * when it is not. Timestamps in spreadsheets hold milliseconds (Excel's serials, LibreOffice's
 * text): there 1 ms of rounding is allowed, elsewhere none.
 */
export function mismatch(format: Format, value: Logical, cell: Cell): string | null {
  const ok = (good: boolean, expected: unknown): string | null =>
    good ? null : `expected ${show(expected)}, got ${show(cell.value)}`;
  const v = cell.value;
  switch (format) {
    case 'JSONL':
      switch (value.t) {
        case 'null': return ok(v === null, null);
        case 'int': return ok(typeof v === 'number' && String(v) === value.text, Number(value.text));
        case 'decimal': return ok(typeof v === 'string' && canonicalDecimal(v) === value.text, value.text);
        case 'float': return ok((typeof v === 'number' || v === 'NaN' || v === 'Infinity' || v === '-Infinity') && sameFloat(v, value.value), value.value);
        case 'bool': return ok(v === value.value, value.value);
        case 'text': return ok(v === value.value, value.value);
        case 'bytes': return ok(v === value.base64, value.base64);
        case 'instant': return ok(typeof v === 'string' && isoMicros(v) === value.micros, isoOf(value.micros));
      }
      break;
    case 'CSV': // default options: formula guard on, NULL an unquoted empty field, '' a quoted one
      switch (value.t) {
        case 'null': return ok(v === null, null);
        case 'int':
        case 'decimal': return ok(typeof v === 'string' && canonicalDecimal(v) === value.text, value.text);
        case 'float': return ok(typeof v === 'string' && sameFloat(v, value.value), value.value);
        case 'bool': return ok(v === String(value.value), String(value.value));
        case 'text': return ok(v === formulaGuarded(value.value), formulaGuarded(value.value));
        case 'bytes': return ok(v === formulaGuarded(value.base64), formulaGuarded(value.base64));
        case 'instant': return ok(typeof v === 'string' && isoMicros(v) === value.micros, isoOf(value.micros));
      }
      break;
    case 'CSV --no-distinguish-null --no-formula-guard': // for programs: text as it is, '' as empty as NULL
      if (value.t === 'text' || value.t === 'bytes') {
        const text = value.t === 'text' ? value.value : value.base64;
        return text === '' ? ok(v === null, null) : ok(v === text, text);
      }
      return mismatch('CSV', value, cell);
    case 'XLSX':
      return spreadsheet(value, cell, ok, false);
    case 'XLSX via LibreOffice':
      return spreadsheet(value, cell, ok, true);
  }
  return `no rule for ${value.t}`;
}

type Ok = (good: boolean, expected: unknown) => string | null;

/** XLSX read by exceljs (typed cells), or by LibreOffice as CSV (text, NULL and '' both empty). */
function spreadsheet(value: Logical, cell: Cell, ok: Ok, asCsv: boolean): string | null {
  const v = cell.value;
  const empty = asCsv ? v === '' : v === null || v === undefined;
  switch (value.t) {
    case 'null':
      return ok(empty, asCsv ? '' : null);
    case 'int':
    case 'decimal':
      if (!fitsSpreadsheetNumber(value.text)) return ok(v === value.text, value.text);
      return ok(asCsv ? typeof v === 'string' && Number(v) === Number(value.text) : v === Number(value.text), Number(value.text));
    case 'float':
      if (!Number.isFinite(value.value)) return ok(v === String(value.value), String(value.value));
      return ok(asCsv ? typeof v === 'string' && sameFloat(v, value.value, 15) : sameFloat(v, value.value), value.value);
    case 'bool':
      return ok(asCsv ? v === (value.value ? 'TRUE' : 'FALSE') : v === value.value, value.value);
    case 'text':
    case 'bytes': {
      const { text, cut } = excelText(value.t === 'text' ? value.value : value.base64);
      // LibreOffice turns a CR LF inside a cell into LF (docs/cli.md).
      const expected = asCsv ? text.replace(/\r\n/g, '\n') : text;
      const problem = ok(asCsv ? v === expected : v === expected || (expected === '' && empty), expected);
      if (problem || asCsv) return problem;
      return cell.flagged === cut ? null : cut ? 'text cut at 32,767 characters but the cell is not highlighted' : 'cell highlighted as cut but the text is whole';
    }
    case 'instant': {
      if (!excelDate(value.micros)) return ok(typeof v === 'string' && isoMicros(v) === value.micros, isoOf(value.micros));
      // A spreadsheet holds milliseconds: cut, never rounded (rounding 23:59:59.9995 shows the next day).
      const ms = floorDiv(value.micros, 1000n);
      if (!asCsv) return ok(v instanceof Date && BigInt(v.getTime()) === ms, `Date(${isoOf(ms * 1000n)})`);
      // LibreOffice writes the wall clock to the second, with milliseconds where there is a fraction.
      const second = isoOf(ms * 1000n).slice(0, 19).replace('T', ' ');
      const fraction = value.micros % 1_000_000n === 0n ? '' : isoOf(ms * 1000n).slice(19, 23);
      return ok(v === second + fraction, second + fraction);
    }
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  return a / b - (a % b < 0n ? 1n : 0n);
}

/** "2024-02-29T23:59:59.999999Z" */
export function isoOf(micros: bigint): string {
  const rest = ((micros % 1000n) + 1000n) % 1000n;
  return new Date(Number(floorDiv(micros, 1000n))).toISOString().replace('Z', `${String(rest).padStart(3, '0')}Z`);
}

/** Values in failure messages: long texts shortened, invisible characters visible. */
export function show(value: unknown): string {
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString()})`;
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'bigint' ? `${value}n` : JSON.stringify(value) ?? String(value);
  return text.length > 160 ? `${text.slice(0, 100)}…(${text.length} chars)…${text.slice(-40)}` : text;
}
