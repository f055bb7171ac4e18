// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createJsonlEncoder } from '../../../src/main/frontend/export/encode/jsonl';
import type { TableMeta } from '../../../src/main/frontend/export/encode/types';
import { column, tableDetail } from './support/contract';

const columns = [
  column('ID', 'BIGINT', false),
  column('N', 'INTEGER'),
  column('AMOUNT', 'DECIMAL'),
  column('RATIO', 'FLOAT'),
  column('OK', 'BOOLEAN'),
  column('NAME', 'STRING'),
  column('BLOB', 'BINARY'),
  column('DAY', 'DATE'),
  column('AT', 'TIMESTAMP'),
  column('SECRET', 'STRING'),
];
columns[9] = { ...columns[9]!, redaction: { reason: 'SECRET', rule: 'name matches *secret*' } };

const meta: TableMeta = {
  detail: tableDetail('AO_60DB71_THING', columns, 1234, ['ID']),
  columns,
  filters: [{ column: 'OK', op: 'EQ', value: true }],
  exportedAt: '2026-11-22T10:00:00.000Z',
  appVersion: '1.0.0',
  productVersion: 'Jira 10.3.1',
};

function lines(rows: unknown[][]): string[] {
  const encoder = createJsonlEncoder(meta);
  const text = new TextDecoder().decode(encoder.start()) + new TextDecoder().decode(encoder.page(rows));
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n');
}

describe('JSON Lines encoder', () => {
  it('starts with a typed header line', () => {
    const header = JSON.parse(lines([])[0]!) as Record<string, unknown>;
    expect(header).toMatchObject({
      $tablewise: 'header',
      formatVersion: 1,
      table: 'AO_60DB71_THING',
      primaryKey: ['ID'],
      estimatedRows: 1234,
      filters: [{ column: 'OK', op: 'EQ', value: true }],
      exportedAt: '2026-11-22T10:00:00.000Z',
      appVersion: '1.0.0',
      productVersion: 'Jira 10.3.1',
    });
    const cols = header.columns as Array<Record<string, unknown>>;
    expect(cols.map((c) => c.name)).toEqual(columns.map((c) => c.name));
    expect(cols[0]).toEqual({ name: 'ID', type: 'BIGINT', sqlType: 'bigint', jdbcType: 0, size: null, nullable: false, redacted: false });
    expect(cols[9]?.redacted).toBe(true);
  });

  it('writes one object per row with typed values: BIGINT and DECIMAL as strings, binary as Base64, NULL as null', () => {
    const bytes = Buffer.from([0, 255, 10, 13, 34]).toString('base64');
    const rows = [
      ['9223372036854775807', 42, '12345678901234567890.000001', 1.5, true, 'line\nbreak "q" \u0000 🎉', bytes, '2024-02-29', '2024-02-29T23:59:59.123+02:00', null],
      ['1', null, null, 'NaN', false, '', null, null, null, null],
    ];
    const out = lines(rows).slice(1).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out[0]).toEqual({
      ID: '9223372036854775807',
      N: 42,
      AMOUNT: '12345678901234567890.000001',
      RATIO: 1.5,
      OK: true,
      NAME: 'line\nbreak "q" \u0000 🎉',
      BLOB: bytes,
      DAY: '2024-02-29',
      AT: '2024-02-29T23:59:59.123+02:00',
      SECRET: null,
    });
    expect(Buffer.from(out[0]!.BLOB as string, 'base64')).toEqual(Buffer.from([0, 255, 10, 13, 34]));
    expect(out[1]).toMatchObject({ ID: '1', N: null, RATIO: 'NaN', NAME: '' });
    expect(Object.keys(out[1]!)).toEqual(columns.map((c) => c.name));
  });

  it('keeps every line a single line, whatever the text holds', () => {
    const all = lines([['1', 1, '1', 1, true, 'a\r\nb\u2028c', null, null, null, null]]);
    expect(all).toHaveLength(2);
  });
});
