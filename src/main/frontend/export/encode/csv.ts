import type { ColumnInfo } from '../../api/types';
import type { Rows, TableEncoder } from './types';
import { Utf8Builder } from './utf8';
import { isNumericKind, isTextKind, wireText } from './values';

export interface CsvOptions {
  /** One character; not a quote, CR, LF, letter, digit or one of `.+-:` (numbers must never need quoting). */
  delimiter: string;
  /** Prefix a UTF-8 BOM so Excel detects the encoding. */
  bom: boolean;
  /** First line lists the column names. */
  header: boolean;
  /**
   * OWASP CSV-injection guard: a text value starting with = + - @, tab or CR gets a leading
   * apostrophe (and quotes), so spreadsheets show it as text instead of running it. Machine
   * consumers that need the exact value turn it off.
   */
  formulaGuard: boolean;
  /**
   * true: NULL is an empty unquoted field and an empty string is `""` (PostgreSQL COPY's
   * convention), so the two stay distinguishable. false: both are empty fields.
   */
  distinguishNull: boolean;
  /** RFC 4180 says CRLF. Line breaks inside values are kept as they are, inside quotes. */
  lineEnding: '\r\n' | '\n';
}

export const defaultCsvOptions: CsvOptions = {
  delimiter: ',',
  bom: false,
  header: true,
  formulaGuard: true,
  distinguishNull: true,
  lineEnding: '\r\n',
};

export function validateCsvOptions(options: CsvOptions): void {
  const d = options.delimiter;
  if (d.length !== 1 || /[\p{L}\p{N}"\r\n.+\-:]/u.test(d)) {
    throw new RangeError(`Unusable CSV delimiter ${JSON.stringify(d)}`);
  }
}

const enum Cell {
  Number, // wire number or decimal string: never quoted, never guarded
  Plain, // booleans, dates, times: quoted only if needed
  Text, // free text: quoted if needed, formula guard
}

export function createCsvEncoder(columns: readonly ColumnInfo[], options: CsvOptions): TableEncoder {
  validateCsvOptions(options);
  const encoder = new TextEncoder();
  const out = new Utf8Builder();
  const delimiter = options.delimiter;
  const eol = options.lineEnding;
  const needsQuotes = new RegExp(`[${escapeForClass(delimiter)}"\\r\\n]`);
  const guard = options.formulaGuard;
  const emptyString = options.distinguishNull ? '""' : '';
  const cells = columns.map((c) => (isNumericKind(c.kind) ? Cell.Number : isTextKind(c.kind) ? Cell.Text : Cell.Plain));
  const count = cells.length;

  const quote = (text: string): string => '"' + text.replace(/"/g, '""') + '"';

  const text = (value: string, guarded: boolean): string => {
    if (value.length === 0) return emptyString;
    if (guarded) {
      const first = value.charCodeAt(0);
      // = + - @ TAB CR
      if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) {
        return quote("'" + value);
      }
    }
    return needsQuotes.test(value) ? quote(value) : value;
  };

  return {
    start() {
      let head = options.bom ? '\uFEFF' : '';
      if (options.header) {
        head += columns.map((c) => text(c.name, false)).join(delimiter) + eol;
      }
      return encoder.encode(head);
    },
    page(rows: Rows) {
      // One short string per row, encoded in batches into one buffer per page.
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r] as readonly unknown[];
        let line = '';
        for (let c = 0; c < count; c++) {
          if (c > 0) line += delimiter;
          const value = row[c];
          if (value === null || value === undefined) continue;
          const cell = cells[c];
          if (cell === Cell.Number) line += typeof value === 'number' ? String(value) : wireText(value);
          else if (typeof value === 'string') line += text(value, guard && cell === Cell.Text);
          else line += text(wireText(value), false);
        }
        out.append(line + eol);
      }
      return out.take();
    },
  };
}

function escapeForClass(char: string): string {
  return char.replace(/[\\\]^-]/g, '\\$&');
}
