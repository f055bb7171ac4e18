/**
 * The export dialog's state, its validation and the engine request it turns into. Pure: the
 * dialog renders it, tests drive it without React.
 */
import { I18n } from '@atlassian/wrm-react-i18n';
import type { ColumnInfo, ExportFormat, Filter, FilterOp, TableDetail, ValueKind } from '../../api/types';
import type { ExportRequest } from '../../export';

export type Delimiter = ',' | ';' | '\t' | '|';
export type Destination = 'file' | 'directory';

export interface FilterDraft {
  id: number;
  column: string;
  op: FilterOp;
  /** EQ */
  value: string;
  /** IN: values separated by commas, or one per line when there are line breaks. */
  values: string;
  /** RANGE: from inclusive, to exclusive. */
  from: string;
  to: string;
}

export interface TableDraft {
  table: string;
  /** null: every column, in the table's order. */
  columns: string[] | null;
  filters: FilterDraft[];
}

export interface CsvDraft {
  delimiter: Delimiter;
  bom: boolean;
  /** NULL and empty text both as an empty field (else NULL is empty and empty text is ""). */
  nullAsEmpty: boolean;
}

export interface ExportForm {
  format: ExportFormat;
  tables: TableDraft[];
  csv: CsvDraft;
  /** Off by default: the engine's gentle rate limit applies. */
  fullSpeed: boolean;
  destination: Destination;
}

/** The server's limits (FilterBinder), checked here so people hear about them before starting. */
export const MAX_FILTERS = 20;
export const MAX_IN_VALUES = 1000;
export const MAX_FILTER_VALUES = 2000;

export function initialForm(tables: readonly string[]): ExportForm {
  return {
    format: 'CSV',
    tables: tables.map((table) => ({ table, columns: null, filters: [] })),
    csv: { delimiter: ',', bom: false, nullAsEmpty: false },
    fullSpeed: false,
    destination: 'file',
  };
}

export function newFilter(id: number, column: string): FilterDraft {
  return { id, column, op: 'EQ', value: '', values: '', from: '', to: '' };
}

/** Kinds the database can compare with a value; the others only take IS_NULL / NOT_NULL. */
export function comparable(kind: ValueKind): boolean {
  return kind !== 'BINARY' && kind !== 'OTHER';
}

export function opsFor(column: ColumnInfo | undefined): FilterOp[] {
  return column && !comparable(column.kind) ? ['IS_NULL', 'NOT_NULL'] : ['EQ', 'IN', 'RANGE', 'IS_NULL', 'NOT_NULL'];
}

/** Columns a filter may name: a filter on a redacted column would reveal it a guess at a time. */
export function filterableColumns(detail: TableDetail): ColumnInfo[] {
  return detail.columns.filter((c) => c.redaction === null);
}

export function splitValues(text: string): string[] {
  const parts = text.includes('\n') ? text.split(/\r?\n/) : text.split(',');
  return parts.map((v) => v.trim()).filter((v) => v !== '');
}

export type Parsed = { ok: true; value: string | number | boolean } | { ok: false; expected: string };

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;

/** A typed value in the column's wire form (api/types.ts ValueKind), or what was expected. */
export function parseValue(kind: ValueKind, text: string): Parsed {
  const t = text.trim();
  switch (kind) {
    case 'INTEGER':
      return INTEGER.test(t) && Number.isSafeInteger(Number(t)) ? { ok: true, value: Number(t) } : { ok: false, expected: I18n.getText('tablewise.export.expected.integer') };
    case 'BIGINT':
      return INTEGER.test(t) ? { ok: true, value: t.replace(/^\+/, '') } : { ok: false, expected: I18n.getText('tablewise.export.expected.integer') };
    case 'DECIMAL':
      return DECIMAL.test(t) ? { ok: true, value: t } : { ok: false, expected: I18n.getText('tablewise.export.expected.number') };
    case 'FLOAT':
      return DECIMAL.test(t) ? { ok: true, value: Number(t) } : { ok: false, expected: I18n.getText('tablewise.export.expected.number') };
    case 'BOOLEAN':
      return /^(true|false)$/i.test(t) ? { ok: true, value: t.toLowerCase() === 'true' } : { ok: false, expected: I18n.getText('tablewise.export.expected.boolean') };
    case 'DATE':
      return DATE.test(t) ? { ok: true, value: t } : { ok: false, expected: I18n.getText('tablewise.export.expected.date') };
    case 'TIME':
      return TIME.test(t) ? { ok: true, value: t } : { ok: false, expected: I18n.getText('tablewise.export.expected.time') };
    case 'TIMESTAMP':
      return TIMESTAMP.test(t) ? { ok: true, value: t.replace(' ', 'T') } : { ok: false, expected: I18n.getText('tablewise.export.expected.timestamp') };
    default:
      // Text is compared as typed, spaces included.
      return { ok: true, value: text };
  }
}

export type ErrorField = 'tables' | 'columns' | 'filters' | 'column' | 'value' | 'values' | 'range';

export interface FormError {
  table?: string;
  filterId?: number;
  field: ErrorField;
  message: string;
}

function filterErrors(table: string, draft: FilterDraft, column: ColumnInfo | undefined): { errors: FormError[]; values: number } {
  const at = { table, filterId: draft.id };
  if (!column) return { errors: [{ ...at, field: 'column', message: I18n.getText('tablewise.export.error.column') }], values: 0 };
  if (column.redaction) return { errors: [{ ...at, field: 'column', message: I18n.getText('tablewise.export.error.redacted', column.name) }], values: 0 };
  if (!opsFor(column).includes(draft.op)) return { errors: [{ ...at, field: 'column', message: I18n.getText('tablewise.export.error.notComparable', column.name) }], values: 0 };
  const check = (field: ErrorField, text: string): FormError | null => {
    const parsed = parseValue(column.kind, text);
    return parsed.ok ? null : { ...at, field, message: I18n.getText('tablewise.export.error.value', text.trim(), parsed.expected) };
  };
  switch (draft.op) {
    case 'EQ': {
      if (draft.value.trim() === '' && column.kind !== 'STRING') return { errors: [{ ...at, field: 'value', message: I18n.getText('tablewise.export.error.valueMissing') }], values: 1 };
      const error = check('value', draft.value);
      return { errors: error ? [error] : [], values: 1 };
    }
    case 'IN': {
      const values = splitValues(draft.values);
      if (values.length === 0 || values.length > MAX_IN_VALUES) {
        return { errors: [{ ...at, field: 'values', message: I18n.getText('tablewise.export.error.inCount', MAX_IN_VALUES) }], values: values.length };
      }
      const error = values.map((v) => check('values', v)).find((e) => e !== null);
      return { errors: error ? [error] : [], values: values.length };
    }
    case 'RANGE': {
      const ends = [draft.from, draft.to].filter((v) => v.trim() !== '');
      if (ends.length === 0) return { errors: [{ ...at, field: 'range', message: I18n.getText('tablewise.export.error.rangeEmpty') }], values: 0 };
      const error = ends.map((v) => check('range', v)).find((e) => e !== null);
      return { errors: error ? [error] : [], values: ends.length };
    }
    default:
      return { errors: [], values: 0 };
  }
}

/**
 * Everything that would make the export fail before its first row, each with where it is.
 * Tables whose details are not loaded yet have not been customised, so nothing can be wrong.
 */
export function validateForm(form: ExportForm, details: ReadonlyMap<string, TableDetail>): FormError[] {
  const errors: FormError[] = [];
  if (form.tables.length === 0) errors.push({ field: 'tables', message: I18n.getText('tablewise.export.error.noTables') });
  for (const draft of form.tables) {
    const detail = details.get(draft.table);
    if (draft.columns !== null && draft.columns.length === 0) {
      errors.push({ table: draft.table, field: 'columns', message: I18n.getText('tablewise.export.error.noColumns') });
    }
    if (draft.filters.length > MAX_FILTERS) {
      errors.push({ table: draft.table, field: 'filters', message: I18n.getText('tablewise.export.error.tooManyFilters', MAX_FILTERS) });
    }
    let values = 0;
    for (const filter of draft.filters) {
      const checked = filterErrors(draft.table, filter, detail?.columns.find((c) => c.name === filter.column));
      errors.push(...checked.errors);
      values += checked.values;
    }
    if (values > MAX_FILTER_VALUES) {
      errors.push({ table: draft.table, field: 'filters', message: I18n.getText('tablewise.export.error.tooManyValues', MAX_FILTER_VALUES) });
    }
  }
  return errors;
}

function toFilter(draft: FilterDraft, kind: ValueKind): Filter {
  const value = (text: string): string | number | boolean => {
    const parsed = parseValue(kind, text);
    if (!parsed.ok) throw new RangeError(`Unchecked filter value ${text}`);
    return parsed.value;
  };
  switch (draft.op) {
    case 'EQ':
      return { column: draft.column, op: 'EQ', value: value(draft.value) };
    case 'IN':
      return { column: draft.column, op: 'IN', values: splitValues(draft.values).map(value) };
    case 'RANGE': {
      const from = draft.from.trim() === '' ? undefined : value(draft.from);
      const to = draft.to.trim() === '' ? undefined : value(draft.to);
      return {
        column: draft.column,
        op: 'RANGE',
        ...(from !== undefined ? { from: from as string | number } : {}),
        ...(to !== undefined ? { to: to as string | number } : {}),
      };
    }
    default:
      return { column: draft.column, op: draft.op };
  }
}

/** Whether a table's rows are only a part of it (its estimate then says nothing). */
export function isFiltered(draft: TableDraft): boolean {
  return draft.filters.length > 0;
}

/** The engine request of a valid form (validateForm returned nothing). */
export function toExportRequest(form: ExportForm, details: ReadonlyMap<string, TableDetail>, appVersion: string | null): ExportRequest {
  return {
    tables: form.tables.map((draft) => {
      const columns = details.get(draft.table)?.columns ?? [];
      const kindOf = (name: string): ValueKind => columns.find((c) => c.name === name)?.kind ?? 'STRING';
      return {
        table: draft.table,
        ...(draft.columns !== null ? { columns: [...draft.columns] } : {}),
        ...(draft.filters.length > 0 ? { filters: draft.filters.map((f) => toFilter(f, kindOf(f.column))) } : {}),
      };
    }),
    format: form.format,
    client: 'BROWSER',
    ...(form.format === 'CSV' ? { csv: { delimiter: form.csv.delimiter, bom: form.csv.bom, distinguishNull: !form.csv.nullAsEmpty } } : {}),
    // Left out, the engine's default rate limit applies (the gentle default).
    ...(form.fullSpeed ? { fullSpeed: true } : {}),
    appVersion: appVersion || null,
  };
}
