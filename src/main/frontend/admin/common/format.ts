/**
 * Numbers, sizes, speeds and durations as the pages show them. Pure functions of their input
 * (and the reader's locale), so the progress bars and the audit list are tested without React.
 */
import { I18n } from '@atlassian/wrm-react-i18n';

/** Thousands separators in the reader's locale. */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const KIB = 1024;

/** 0 B, 512 B, 1.5 KB, 12 KB, 3.4 MB ... (binary multiples, as the products show file sizes). */
export function formatBytes(bytes: number, locale?: string): string {
  const abs = Math.abs(bytes);
  if (abs < KIB) return I18n.getText('tablewise.format.bytes.b', formatCount(bytes, locale));
  const units = ['kb', 'mb', 'gb', 'tb'] as const;
  let value = bytes / KIB;
  let unit = 0;
  while (Math.abs(value) >= KIB && unit < units.length - 1) {
    value /= KIB;
    unit++;
  }
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }).format(value);
  // One literal call per unit: the product's i18n transform only sees literal keys.
  switch (units[unit]) {
    case 'kb':
      return I18n.getText('tablewise.format.bytes.kb', text);
    case 'mb':
      return I18n.getText('tablewise.format.bytes.mb', text);
    case 'gb':
      return I18n.getText('tablewise.format.bytes.gb', text);
    default:
      return I18n.getText('tablewise.format.bytes.tb', text);
  }
}

/** "2,010 rows/s"; fractions only below 10 rows a second. */
export function formatRate(rowsPerSecond: number, locale?: string): string {
  const digits = rowsPerSecond > 0 && rowsPerSecond < 10 ? 1 : 0;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(rowsPerSecond);
  return I18n.getText('tablewise.format.rate', text);
}

/**
 * Time left, rounded the way people read it: "about 40 s left", "about 3 min left",
 * "about 1 h 5 min left"; null when the engine cannot tell (no estimate or no speed yet).
 */
export function formatEta(seconds: number | null, locale?: string): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return I18n.getText('tablewise.format.eta.seconds', formatCount(Math.max(5, Math.ceil(seconds / 5) * 5), locale));
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return I18n.getText('tablewise.format.eta.minutes', formatCount(minutes, locale));
  return I18n.getText('tablewise.format.eta.hours', formatCount(Math.floor(minutes / 60), locale), formatCount(minutes % 60, locale));
}

/** Elapsed time as a clock: 0:07, 12:05, 1:02:03. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** An ISO instant from the API in the reader's locale and time zone; unparseable text as is. */
export function formatInstant(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A share in [0, 1] as "42%". */
export function formatPercent(fraction: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Math.min(1, Math.max(0, fraction)));
}
