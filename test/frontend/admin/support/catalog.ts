/** Catalog entries as GET /tables and GET /tables/{t} return them, for the page tests. */
import type { AuditEntry, ColumnInfo, TableDetail, TableSummary } from '../../../../src/main/frontend/api/types';

export function summary(name: string, patch: Partial<TableSummary> = {}): TableSummary {
  return {
    name,
    group: name.startsWith('AO_') ? 'OTHER_APP' : 'CORE',
    aoOwner: name.startsWith('AO_') ? (name.split('_')[1] ?? null) : null,
    estimatedRows: 100,
    sizeBytes: 8192,
    columnCount: 3,
    primaryKey: ['ID'],
    redactedColumns: [],
    ...patch,
  };
}

export function column(name: string, kind: ColumnInfo['kind'], redacted = false): ColumnInfo {
  return {
    name,
    jdbcType: 12,
    typeName: kind.toLowerCase(),
    size: null,
    nullable: true,
    kind,
    redaction: redacted ? { reason: 'TOKEN', rule: `${name.toLowerCase()}: tokens` } : null,
  };
}

export function detail(name: string, columns: ColumnInfo[], patch: Partial<TableSummary> = {}): TableDetail {
  return {
    ...summary(name, { columnCount: columns.length, redactedColumns: columns.filter((c) => c.redaction).map((c) => c.name), ...patch }),
    columns,
    pagingStrategy: 'PRIMARY_KEY',
  };
}

export const CATALOG: TableSummary[] = [
  summary('jiraissue', { estimatedRows: 120_000, sizeBytes: 52_428_800, columnCount: 30, primaryKey: ['ID'] }),
  summary('changeitem', { estimatedRows: 450_000, sizeBytes: null, columnCount: 8 }),
  summary('cwd_user', { estimatedRows: 42, sizeBytes: 16_384, columnCount: 18, redactedColumns: ['credential'] }),
  summary('AO_60DB71_SPRINT', { estimatedRows: 20, sizeBytes: 8192, columnCount: 14 }),
  summary('AO_3BDBF1_AUDIT_ENTRY', { group: 'THIS_APP', estimatedRows: null, sizeBytes: null, columnCount: 16 }),
  summary('hibernate_unique_key', { estimatedRows: 1, sizeBytes: 8192, columnCount: 1, primaryKey: [] }),
];

export function auditEntry(id: number, patch: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    exportId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    user: 'admin',
    startedAt: '2026-11-22T10:00:00Z',
    finishedAt: '2026-11-22T10:00:12Z',
    kind: 'EXPORT',
    tables: ['jiraissue'],
    columns: null,
    filters: null,
    format: 'CSV',
    client: 'BROWSER',
    revealed: false,
    rows: 2000,
    bytes: 1_048_576,
    outcome: 'COMPLETED',
    message: null,
    ...patch,
  };
}
