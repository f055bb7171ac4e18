/**
 * Wire values to SpreadsheetML cells. Everything here runs per cell, so the common case
 * (plain text, small numbers) takes one regex test and one concatenation.
 */

/** Excel's limit on characters (UTF-16 code units) in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** Style ids; the order matches cellXfs in parts.ts. */
export const STYLE = { date: 1, dateTime: 2, time: 3, header: 4, truncated: 5, dateTimeMs: 6 } as const;

/** Whether an ISO time or timestamp has a non-zero fraction of a second worth showing. */
export function hasFraction(value: string): boolean {
  const dot = value.indexOf('.', 8);
  return dot > 0 && /[1-9]/.test(value.slice(dot + 1, dot + 10).replace(/[^0-9].*$/, ''));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A, B, ... Z, AA, ... XFD for 0-based column indexes. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = LETTERS[(n - 1) % 26] + name;
  return name;
}

// Characters XML 1.0 forbids or mangles, and text that looks like Excel's own _xHHHH_ escape.
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const ESCAPE_LIKE = /^x[0-9A-Fa-f]{4}_/;

/**
 * Escapes text for a <t> element. Control characters that XML 1.0 cannot carry are written as
 * Excel's `_xHHHH_` escapes, which Excel and LibreOffice turn back into the character, so they
 * survive; a literal `_xHHHH_` in the data is protected as `_x005F_xHHHH_`. CR becomes `&#13;`
 * because XML parsers turn a raw CR into LF. Lone surrogates cannot be written as UTF-8 at all
 * and become U+FFFD.
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 38) out += '&amp;';
    else if (code === 60) out += '&lt;';
    else if (code === 62) out += '&gt;';
    else if (code === 13) out += '&#13;';
    else if (code === 95 && ESCAPE_LIKE.test(text.slice(i + 1, i + 7))) out += '_x005F_';
    else if ((code < 32 && code !== 9 && code !== 10) || code === 0xfffe || code === 0xffff) {
      out += '_x' + code.toString(16).toUpperCase().padStart(4, '0') + '_';
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i] + (text[i + 1] as string);
        i++;
      } else out += '\uFFFD';
    } else if (code >= 0xdc00 && code <= 0xdfff) out += '\uFFFD';
    else out += text[i];
  }
  return out;
}

/** Escapes an attribute value (sheet names). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** Cuts text to Excel's limit without splitting a surrogate pair. */
export function capText(text: string): { text: string; truncated: boolean } {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return { text, truncated: false };
  let cut = EXCEL_MAX_CELL_CHARS;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return { text: text.slice(0, cut), truncated: true };
}

export function inlineStringCell(ref: string, text: string, style: number): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  // Only text with edge whitespace needs xml:space; leaving it off saves ~20 bytes a cell.
  const space = first <= 32 || last <= 32 ? ' xml:space="preserve"' : '';
  const s = style === 0 ? '' : ` s="${style}"`;
  return `<c r="${ref}" t="inlineStr"${s}><is><t${space}>${escapeText(text)}</t></is></c>`;
}

const PLAIN_DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * Whether a decimal string survives as an Excel number: Excel keeps 15 significant digits,
 * so a 64-bit id such as 9007199254740993 would silently change. Those stay text.
 */
export function fitsExcelNumber(decimal: string): boolean {
  const m = PLAIN_DECIMAL.exec(decimal);
  if (!m) return false;
  const integer = (m[1] as string).replace(/^0+/, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (integer.length > 300) return false;
  const digits = integer.length > 0 ? integer + fraction : fraction.replace(/^0+/, '');
  return digits.length <= 15;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const EXCEL_EPOCH_DAYS = daysFromCivil(1899, 12, 30);

/**
 * Days since Excel's epoch. Dates before 1900-03-01 are refused: Excel's fictitious
 * 1900-02-29 shifts every earlier serial, and Excel cannot show dates before 1900 at all.
 * Plain arithmetic, no Date object: this runs for every date cell.
 */
function serialDays(y: number, m: number, d: number): number | null {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number))) return null;
  const days = daysFromCivil(y, m, d) - EXCEL_EPOCH_DAYS;
  return days < 61 ? null : days;
}

/**
 * The time of day as a fraction, cut to whole milliseconds: spreadsheets show and round to the
 * millisecond, so 23:59:59.9999 kept whole would show as 00:00:00.000 (and, near 9999-12-31,
 * the serial itself rounds into the next day).
 */
function dayFraction(h: number, m: number, s: number, fraction: string | undefined): number | null {
  if (h > 23 || m > 59 || s > 59) return null;
  const ms = fraction ? Number(fraction.slice(1, 4).padEnd(3, '0')) : 0;
  return ((h * 3600 + m * 60 + s) * 1000 + ms) / 86_400_000;
}

/** "YYYY-MM-DD" to an Excel serial, or null when Excel cannot show it as a date. */
export function dateSerial(value: string): number | null {
  const m = DATE.exec(value);
  if (!m || value.length !== 10) return null;
  return serialDays(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * ISO timestamp to an Excel serial. Excel has no time zones: the wall-clock time as written
 * is kept (the offset is dropped), which is what a person reading the ISO string sees.
 */
export function timestampSerial(value: string): number | null {
  const d = DATE.exec(value);
  if (!d) return null;
  const rest = value.slice(11);
  const t = TIME.exec(rest);
  if (!t || !/^[T ]$/.test(value[10] ?? '')) return null;
  const tail = rest.slice(t[0].length);
  if (tail !== '' && !/^(Z|[+-]\d{2}(:?\d{2})?)$/.test(tail)) return null;
  const days = serialDays(Number(d[1]), Number(d[2]), Number(d[3]));
  const time = dayFraction(Number(t[1]), Number(t[2]), Number(t[3]), t[4]);
  return days === null || time === null ? null : days + time;
}

/** "HH:MM:SS[.fff]" to a fraction of a day. */
export function timeSerial(value: string): number | null {
  const t = TIME.exec(value);
  if (!t || t[0].length !== value.length) return null;
  return dayFraction(Number(t[1]), Number(t[2]), Number(t[3]), t[4]);
}
