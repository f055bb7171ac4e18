import { describe, expect, it } from 'vitest';
import {
  filterableColumns,
  initialForm,
  newFilter,
  opsFor,
  parseValue,
  splitValues,
  toExportRequest,
  validateForm,
  type ExportForm,
  type FilterDraft,
} from '../../../../src/main/frontend/admin/tables/exportForm';
import { column, detail } from '../support/catalog';

const ISSUES = detail('jiraissue', [
  column('ID', 'BIGINT'),
  column('VOTES', 'INTEGER'),
  column('SUMMARY', 'STRING'),
  column('CREATED', 'TIMESTAMP'),
  column('DUEDATE', 'DATE'),
  column('ARCHIVED', 'BOOLEAN'),
  column('ATTACHMENT', 'BINARY'),
]);
const TOKENS = detail('AO_81F455_PERSONAL_TOKEN', [column('ID', 'BIGINT'), column('HASHED_TOKEN', 'STRING', true)]);
const DETAILS = new Map([
  [ISSUES.name, ISSUES],
  [TOKENS.name, TOKENS],
]);

function withFilters(filters: FilterDraft[], table = 'jiraissue'): ExportForm {
  const form = initialForm(['jiraissue', 'AO_81F455_PERSONAL_TOKEN']);
  return { ...form, tables: form.tables.map((t) => (t.table === table ? { ...t, filters } : t)) };
}

const filter = (patch: Partial<FilterDraft>): FilterDraft => ({ ...newFilter(1, 'ID'), ...patch });

describe('the export form', () => {
  it('starts gentle: CSV, every column, no filters, no full speed, a picked file', () => {
    expect(initialForm(['jiraissue'])).toEqual({
      format: 'CSV',
      tables: [{ table: 'jiraissue', columns: null, filters: [] }],
      csv: { delimiter: ',', bom: false, nullAsEmpty: false },
      fullSpeed: false,
      destination: 'file',
    });
  });

  it('is valid as it starts, even before any table details are loaded', () => {
    expect(validateForm(initialForm(['jiraissue', 'changeitem']), new Map())).toEqual([]);
  });

  it('needs a table and, per table, a column', () => {
    expect(validateForm(initialForm([]), DETAILS).map((e) => e.field)).toEqual(['tables']);
    const form = initialForm(['jiraissue']);
    const none = { ...form, tables: [{ table: 'jiraissue', columns: [], filters: [] }] };
    expect(validateForm(none, DETAILS)).toEqual([{ table: 'jiraissue', field: 'columns', message: 'Choose at least one column.' }]);
  });

  it('checks each filter value against its column kind', () => {
    const errors = (f: Partial<FilterDraft>) => validateForm(withFilters([filter(f)]), DETAILS).map((e) => e.message);
    expect(errors({ column: 'ID', op: 'EQ', value: '10000' })).toEqual([]);
    expect(errors({ column: 'ID', op: 'EQ', value: '10.5' })).toEqual(['"10.5" is not a whole number.']);
    expect(errors({ column: 'ID', op: 'EQ', value: ' ' })).toEqual(['Enter a value.']);
    expect(errors({ column: 'CREATED', op: 'RANGE', from: '2025-01-01T00:00:00Z', to: '' })).toEqual([]);
    expect(errors({ column: 'CREATED', op: 'RANGE', from: 'last week' })).toEqual(['"last week" is not a date and time such as 2025-01-31T09:00:00Z.']);
    expect(errors({ column: 'CREATED', op: 'RANGE' })).toEqual(['Enter where the range starts, ends, or both.']);
    expect(errors({ column: 'DUEDATE', op: 'IN', values: '2025-01-01, 2025-02-30, 31.12.2025' })).toEqual([
      '"31.12.2025" is not a date as YYYY-MM-DD.',
    ]);
    expect(errors({ column: 'ARCHIVED', op: 'EQ', value: 'yes' })).toEqual(['"yes" is not true or false.']);
    expect(errors({ column: 'SUMMARY', op: 'EQ', value: '' })).toEqual([]); // an empty text is a value
    expect(errors({ column: 'SUMMARY', op: 'IN', values: ' , ' })).toEqual(['Enter 1 to 1000 values.']);
    expect(errors({ column: 'ATTACHMENT', op: 'EQ', value: 'AA==' })).toEqual([
      'ATTACHMENT cannot be compared with a value; use is empty or is not empty.',
    ]);
    expect(errors({ column: 'ATTACHMENT', op: 'NOT_NULL' })).toEqual([]);
    expect(errors({ column: 'GONE', op: 'IS_NULL' })).toEqual(['Choose a column.']);
  });

  it('refuses filters on redacted columns, and offers only the others', () => {
    const errors = validateForm(withFilters([filter({ column: 'HASHED_TOKEN', op: 'NOT_NULL' })], 'AO_81F455_PERSONAL_TOKEN'), DETAILS);
    expect(errors).toEqual([
      { table: 'AO_81F455_PERSONAL_TOKEN', filterId: 1, field: 'column', message: 'HASHED_TOKEN is redacted and cannot be filtered on.' },
    ]);
    expect(filterableColumns(TOKENS).map((c) => c.name)).toEqual(['ID']);
    expect(opsFor(ISSUES.columns[6])).toEqual(['IS_NULL', 'NOT_NULL']);
    expect(opsFor(ISSUES.columns[0])).toEqual(['EQ', 'IN', 'RANGE', 'IS_NULL', 'NOT_NULL']);
  });

  it("keeps to the server's limits: 20 filters, 1000 IN values, 2000 values per table", () => {
    const many = Array.from({ length: 21 }, (_, i) => filter({ id: i + 1, op: 'NOT_NULL' }));
    expect(validateForm(withFilters(many), DETAILS).map((e) => e.message)).toEqual(['At most 20 filters per table.']);
    const values = Array.from({ length: 1001 }, (_, i) => String(i)).join(',');
    expect(validateForm(withFilters([filter({ op: 'IN', values })]), DETAILS).map((e) => e.message)).toEqual(['Enter 1 to 1000 values.']);
    const thousand = Array.from({ length: 1000 }, (_, i) => String(i)).join(',');
    const three = [1, 2, 3].map((id) => filter({ id, op: 'IN', values: thousand }));
    expect(validateForm(withFilters(three), DETAILS).map((e) => e.message)).toEqual(['At most 2000 filter values per table in all.']);
  });

  it('splits IN values on commas, or on lines when there are line breaks', () => {
    expect(splitValues(' a, b ,,c ')).toEqual(['a', 'b', 'c']);
    expect(splitValues('Smith, John\nDoe, Jane\r\n')).toEqual(['Smith, John', 'Doe, Jane']);
  });

  it('types values in the wire form of their column', () => {
    expect(parseValue('INTEGER', ' 42 ')).toEqual({ ok: true, value: 42 });
    expect(parseValue('INTEGER', '9007199254740993').ok).toBe(false);
    expect(parseValue('BIGINT', '+9007199254740993')).toEqual({ ok: true, value: '9007199254740993' });
    expect(parseValue('DECIMAL', '-12.50')).toEqual({ ok: true, value: '-12.50' });
    expect(parseValue('FLOAT', '1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseValue('BOOLEAN', 'TRUE')).toEqual({ ok: true, value: true });
    expect(parseValue('TIME', '09:30')).toEqual({ ok: true, value: '09:30' });
    expect(parseValue('TIMESTAMP', '2025-01-31 09:00:00+02:00')).toEqual({ ok: true, value: '2025-01-31T09:00:00+02:00' });
    expect(parseValue('STRING', ' keep spaces ')).toEqual({ ok: true, value: ' keep spaces ' });
  });
});

describe('the engine request', () => {
  it('is the default, gentle CSV export of whole tables', () => {
    expect(toExportRequest(initialForm(['jiraissue', 'changeitem']), new Map(), '1.0.0')).toEqual({
      tables: [{ table: 'jiraissue' }, { table: 'changeitem' }],
      format: 'CSV',
      client: 'BROWSER',
      csv: { delimiter: ',', bom: false, distinguishNull: true },
      appVersion: '1.0.0',
    });
  });

  it('carries columns, typed filters, CSV options and full speed', () => {
    const form: ExportForm = {
      ...withFilters([
        filter({ id: 1, column: 'VOTES', op: 'RANGE', from: '1', to: '' }),
        filter({ id: 2, column: 'ID', op: 'IN', values: '10000, 10001' }),
        filter({ id: 3, column: 'ARCHIVED', op: 'EQ', value: 'false' }),
        filter({ id: 4, column: 'DUEDATE', op: 'IS_NULL', value: 'ignored' }),
      ]),
      csv: { delimiter: ';', bom: true, nullAsEmpty: true },
      fullSpeed: true,
    };
    form.tables[0]!.columns = ['ID', 'VOTES'];
    expect(toExportRequest(form, DETAILS, '')).toEqual({
      tables: [
        {
          table: 'jiraissue',
          columns: ['ID', 'VOTES'],
          filters: [
            { column: 'VOTES', op: 'RANGE', from: 1 },
            { column: 'ID', op: 'IN', values: ['10000', '10001'] },
            { column: 'ARCHIVED', op: 'EQ', value: false },
            { column: 'DUEDATE', op: 'IS_NULL' },
          ],
        },
        { table: 'AO_81F455_PERSONAL_TOKEN' },
      ],
      format: 'CSV',
      client: 'BROWSER',
      csv: { delimiter: ';', bom: true, distinguishNull: false },
      fullSpeed: true,
      appVersion: null,
    });
  });

  it('leaves CSV options out of other formats', () => {
    expect(toExportRequest({ ...initialForm(['jiraissue']), format: 'XLSX' }, DETAILS, null)).toEqual({
      tables: [{ table: 'jiraissue' }],
      format: 'XLSX',
      client: 'BROWSER',
      appVersion: null,
    });
  });
});
