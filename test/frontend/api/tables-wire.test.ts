/**
 * The Tables API wire fixtures against the TypeScript types: each fixture is typed by its
 * interface (tsc --noEmit runs over tests) and its keys are pinned in order. TablesWireContractTest.java
 * holds the Java side to the same files; for pages, rows by id and batches the Java side writes
 * them with the real services, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import type {
  AuditPage,
  ExportFinish,
  ExportStart,
  ExportStarted,
  RedactionList,
  RowBatch,
  RowBatchRequest,
  RowById,
  RowPage,
  TableDetail,
  TableList,
} from '../../../src/main/frontend/api/types';
import auditPage from '../../fixtures/wire/tables/audit-page.json';
import exportFinish from '../../fixtures/wire/tables/export-finish.json';
import exportStart from '../../fixtures/wire/tables/export-start.json';
import exportStarted from '../../fixtures/wire/tables/export-started.json';
import redactionList from '../../fixtures/wire/tables/redaction-list.json';
import rowBatchRequest from '../../fixtures/wire/tables/row-batch-request.json';
import rowBatch from '../../fixtures/wire/tables/row-batch.json';
import rowById from '../../fixtures/wire/tables/row-by-id.json';
import rowPage from '../../fixtures/wire/tables/row-page.json';
import tableDetail from '../../fixtures/wire/tables/table-detail.json';
import tableList from '../../fixtures/wire/tables/table-list.json';

const list = tableList as TableList;
const detail = tableDetail as TableDetail;
const page: RowPage = rowPage;
const byId: RowById = rowById;
const batch: RowBatch = rowBatch;
const batchRequest: RowBatchRequest = rowBatchRequest;
const start = exportStart as ExportStart;
const started: ExportStarted = exportStarted;
const finish = exportFinish as ExportFinish;
// Two entries of different shapes (an export, a reveal): TypeScript infers a union it will not narrow directly.
const audit = auditPage as unknown as AuditPage;
const redaction: RedactionList = redactionList;

const SUMMARY = ['name', 'group', 'aoOwner', 'estimatedRows', 'sizeBytes', 'columnCount', 'primaryKey', 'redactedColumns'];

describe('the Tables API wire fixtures', () => {
  it('have exactly the fields of their types, in order', () => {
    expect(Object.keys(list)).toEqual(['schema', 'tables']);
    for (const table of list.tables) expect(Object.keys(table)).toEqual(SUMMARY);
    expect(Object.keys(detail)).toEqual([...SUMMARY, 'columns', 'pagingStrategy']);
    for (const column of detail.columns) {
      expect(Object.keys(column)).toEqual(['name', 'jdbcType', 'typeName', 'size', 'nullable', 'kind', 'redaction']);
    }
    expect(Object.keys(page)).toEqual(['table', 'columns', 'redactedColumns', 'rows', 'nextCursor']);
    expect(Object.keys(byId)).toEqual(['table', 'columns', 'redactedColumns', 'row']);
    expect(Object.keys(batch)).toEqual(['table', 'columns', 'redactedColumns', 'rows', 'missingIds']);
    expect(Object.keys(batchRequest)).toEqual(['ids', 'columns', 'reveal']);
    expect(Object.keys(start)).toEqual(['tables', 'format', 'client', 'columns', 'filters', 'reveal', 'clientRequestId']);
    expect(Object.keys(started)).toEqual(['exportId']);
    expect(Object.keys(finish)).toEqual(['outcome', 'rows', 'bytes', 'message']);
    expect(Object.keys(redaction)).toEqual(['columns']);
    expect(Object.keys(audit)).toEqual(['entries', 'nextBefore']);
    for (const entry of audit.entries) {
      expect(Object.keys(entry)).toEqual(['id', 'exportId', 'user', 'startedAt', 'finishedAt', 'kind', 'tables', 'columns',
        'filters', 'format', 'client', 'revealed', 'rows', 'bytes', 'outcome', 'message']);
    }
  });

  it('carry values in their wire kinds: ids beyond 2^53 and BIGINTs as strings, NULL as null', () => {
    expect(page.rows[0]).toEqual(['10000', '2018-06-04T09:12:31.418Z', null]);
    expect(page.redactedColumns).toEqual(['credential']);
    expect(typeof page.nextCursor).toBe('string');
    expect(batch.missingIds).toEqual([12345, '9']);
  });
});
