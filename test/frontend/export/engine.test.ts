// @vitest-environment node
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportStart } from '../../../src/main/frontend/api/types';
import { createCsvEncoder, defaultCsvOptions } from '../../../src/main/frontend/export/encode/csv';
import type { Manifest } from '../../../src/main/frontend/export/encode/manifest';
import type { ExportRequest } from '../../../src/main/frontend/export/request';
import { MemorySink } from '../../../src/main/frontend/export/sink';
import { TablewiseClient } from '../../../src/main/frontend/export/source/client';
import { FakeServer, column, error, tableDetail } from './support/contract';
import { MemoryCheckpoints, VirtualClock, run, text } from './support/harness';
import { JIRAISSUE_COLUMNS, jiraissueTable } from './support/jiraissue';
import { readWorkbook } from './support/xlsx-reader';

const ISSUES = jiraissueTable(2500);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PROJECTS = {
  detail: tableDetail('project', [column('ID', 'BIGINT', false), column('pname', 'STRING'), column('pkey', 'STRING')], 3),
  rows: [['10000', 'Alpha', 'ALPHA'], ['10001', 'Beta, "the second"', 'BETA'], ['10002', null, 'GAMMA']],
};

function server(options: Partial<ConstructorParameters<typeof FakeServer>[0]> = {}): FakeServer {
  return new FakeServer({ tables: [ISSUES, PROJECTS], ...options });
}

const one = (table = 'jiraissue'): Pick<ExportRequest, 'tables'> => ({ tables: [{ table }] });

function expectedCsv(): string {
  const encoder = createCsvEncoder(JIRAISSUE_COLUMNS, defaultCsvOptions);
  return text(encoder.start()) + text(encoder.page(ISSUES.rows));
}

describe('export engine', () => {
  it('exports a table to CSV in pages, announcing and closing one audit entry', async () => {
    const s = server();
    const { result, sink, checkpoints, states } = await run(s, { ...one(), pageSize: 300 });
    expect(result).toMatchObject({ outcome: 'COMPLETED', rows: 2500, exportId: 'e1', fileName: 'jiraissue.csv' });
    expect(text(sink.bytes())).toBe(expectedCsv());
    expect(sink.state).toBe('closed');
    expect(checkpoints.cleared).toBe(true);
    expect(states).toEqual(['running', 'completed']);

    // POST /exports comes before the first page; every page names the export; PUT at the end.
    const order = s.requests.map((r) => `${r.method} ${r.url.pathname.replace('/rest/tablewise/1.0', '')}`);
    expect(order[0]).toBe('GET /tables/jiraissue');
    expect(order[1]).toBe('POST /exports');
    expect(order.slice(2, -1).every((o) => o === 'GET /tables/jiraissue/rows')).toBe(true);
    expect(order[order.length - 1]).toBe('PUT /exports/e1');
    expect(s.pageRequests()).toHaveLength(9);
    expect(s.pageRequests().every((r) => r.url.searchParams.get('exportId') === 'e1' && r.url.searchParams.get('limit') === '300')).toBe(true);
    expect(s.exports.get('e1')).toMatchObject({
      start: { tables: ['jiraissue'], format: 'CSV', client: 'BROWSER' },
      finish: { outcome: 'COMPLETED', rows: 2500, bytes: sink.bytes().length },
    });
    expect(s.requests.find((r) => r.method === 'POST')?.headers.get('x-atlassian-token')).toBe('no-check');
  });

  it('sends columns, filters and reveal in the audit start and on every page', async () => {
    const s = server();
    const filters = [{ column: 'PRIORITY', op: 'EQ' as const, value: '3' }];
    const { result } = await run(s, { tables: [{ table: 'jiraissue', columns: ['ID', 'PRIORITY', 'SUMMARY'], filters }], reveal: true, format: 'JSONL' });
    expect(result.outcome).toBe('COMPLETED');
    const expectedRows = ISSUES.rows.filter((r) => r[11] === '3').length;
    expect(result.rows).toBe(expectedRows);
    const start = s.exports.get('e1')?.start as ExportStart;
    expect(start).toEqual({ tables: ['jiraissue'], format: 'JSONL', client: 'BROWSER', columns: { jiraissue: ['ID', 'PRIORITY', 'SUMMARY'] }, filters: { jiraissue: filters }, reveal: true, clientRequestId: expect.stringMatching(UUID) });
    const params = s.pageRequests()[0]!.url.searchParams;
    expect(params.get('columns')).toBe('ID,PRIORITY,SUMMARY');
    expect(JSON.parse(params.get('filters') ?? '')).toEqual(filters);
    expect(params.get('reveal')).toBe('true');
  });

  it('retries 5xx answers and dropped connections with capped back-off, and the file is unchanged', async () => {
    let failures = 0;
    const s = server({
      fault: (r) => {
        if (!r.url.pathname.endsWith('/rows') || r.url.searchParams.get('after') !== 'k999') return undefined;
        failures++;
        if (failures === 1) return error(503, 'DATABASE_ERROR', 'The database failed');
        if (failures === 2) return 'drop';
        if (failures === 3) return new Response('{"table":"jiraissue","rows":[[', { status: 200 }); // cut-off body
        return undefined;
      },
    });
    const { result, sink, clock, states } = await run(s, { ...one(), pageSize: 500 });
    expect(result.outcome).toBe('COMPLETED');
    expect(failures).toBe(4);
    expect(text(sink.bytes())).toBe(expectedCsv());
    // random() = 0.5 puts each delay at 3/4 of its ceiling: 500, 1000, 2000 ms ceilings.
    expect(clock.sleeps).toEqual([375, 750, 1500]);
    expect(states).toEqual(['running', 'retrying', 'running', 'completed']);
  });

  it('retries a start whose answer was lost with the same clientRequestId: one export, one audit entry', async () => {
    const s = server();
    let lost = 0;
    // The server records the export, then the connection drops before the answer arrives.
    const transport = async (url: string, init: RequestInit): Promise<Response> => {
      const response = await s.transport(url, init);
      if (init.method === 'POST' && lost++ < 2) throw new TypeError('fetch failed: other side closed');
      return response;
    };
    const client = new TablewiseClient({ baseUrl: 'http://jira.test/rest/tablewise/1.0', transport });
    const { result } = await run(s, one('project'), { client });
    expect(result).toMatchObject({ outcome: 'COMPLETED', exportId: 'e1', rows: 3 });
    const starts = s.requests.filter((r) => r.method === 'POST').map((r) => (r.body as ExportStart).clientRequestId);
    expect(starts).toHaveLength(3);
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toMatch(UUID);
    expect([...s.exports.keys()]).toEqual(['e1']);
    expect(s.exports.get('e1')?.finish).toMatchObject({ outcome: 'COMPLETED', rows: 3 });
  });

  it('fails after the bounded retries, closing the audit entry as FAILED', async () => {
    const s = server({ fault: (r) => (r.url.pathname.endsWith('/rows') ? error(503, 'DATABASE_ERROR', 'down') : undefined) });
    const { result, sink, clock } = await run(s, one(), { retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 250 } });
    expect(result.outcome).toBe('FAILED');
    expect(result.error).toMatchObject({ kind: 'server', status: 503 });
    expect(clock.sleeps).toEqual([75, 150, 188]); // the third is capped at 250 before jitter
    expect(sink.state).toBe('aborted');
    expect(s.exports.get('e1')?.finish).toMatchObject({ outcome: 'FAILED', rows: 0 });
  });

  it.each([
    [401, 'NOT_AUTHENTICATED', 'auth'],
    [403, 'NOT_SYSTEM_ADMIN', 'permission'],
    [400, 'BAD_FILTER', 'bad-request'],
  ] as const)('does not retry a %i and reports %s', async (status, code, kind) => {
    const s = server({ fault: (r) => (r.url.pathname.endsWith('/rows') ? error(status, code, 'no') : undefined) });
    const { result, clock } = await run(s, one());
    expect(result).toMatchObject({ outcome: 'FAILED', error: { kind, status, errorCode: code } });
    expect(clock.sleeps).toEqual([]);
  });

  it('takes a 409 on the final PUT as closed: an earlier try got through', async () => {
    // What the server answers when the first PUT arrived but its answer was lost on the way back.
    const s = server({ fault: (r) => (r.method === 'PUT' ? error(409, 'CONFLICT', 'Already finished') : undefined) });
    const { result } = await run(s, one('project'));
    expect(result.outcome).toBe('COMPLETED');
    expect(result.warnings).toEqual([]);
  });

  it('fails on an unknown table or column before announcing anything', async () => {
    const s = server();
    const missing = await run(s, one('nosuchtable'));
    expect(missing.result.error).toMatchObject({ kind: 'not-found', status: 404 });
    const badColumn = await run(s, { tables: [{ table: 'jiraissue', columns: ['ID', 'NOPE'] }] });
    expect(badColumn.result.error).toMatchObject({ kind: 'bad-request', errorCode: 'UNKNOWN_COLUMN' });
    expect(s.requests.some((r) => r.method === 'POST')).toBe(false);
    expect(missing.sink.state).toBe('aborted');
  });

  it('respects the default rate limit of 2 pages per second, in virtual time', async () => {
    const s = server();
    const { result, clock } = await run(s, { tables: [{ table: 'jiraissue' }], rateLimit: undefined });
    expect(result.outcome).toBe('COMPLETED');
    expect(s.pageRequests()).toHaveLength(3); // 1000 rows a page by default
    expect(clock.sleeps).toEqual([500, 500]);
    const rows = await run(server(), { ...one(), rateLimit: { rowsPerSecond: 1000 }, pageSize: 1000 });
    expect(rows.clock.sleeps).toEqual([1000, 1000]);
    const fast = await run(server(), { ...one(), rateLimit: undefined, fullSpeed: true });
    expect(fast.clock.sleeps).toEqual([]);
    // Full speed: the biggest pages the server serves, not cut by its default byte cap.
    expect(fast.server.pageRequests()[0]?.url.searchParams.get('limit')).toBe('10000');
    expect(fast.server.pageRequests()[0]?.url.searchParams.get('maxBytes')).toBe(String(16 * 1024 * 1024));
    expect(s.pageRequests()[0]?.url.searchParams.get('maxBytes')).toBeNull();
  });

  it('reports progress: rows, bytes, rate and ETA from the estimate', async () => {
    const clock = new VirtualClock();
    const { progress } = await run(server(), { ...one(), rateLimit: { pagesPerSecond: 1 }, pageSize: 500 }, { clock });
    const mid = progress.filter((p) => p.rows === 1500).pop();
    expect(mid).toMatchObject({ estimatedRows: 2500, table: 'jiraissue', tableCount: 1, rowsPerSecond: 500, etaSeconds: 2 });
    expect(mid!.bytes).toBeGreaterThan(0);
  });

  it('cancels: the sink is aborted, never closed, and the audit says CANCELLED', async () => {
    const s = server();
    let cancel: () => void = () => undefined;
    s.options.fault = (r) => {
      if (r.url.searchParams.get('after') === 'k999') cancel();
      return undefined;
    };
    const { result, sink, states } = await run(s, { ...one(), pageSize: 500 }, { onStart: (c) => (cancel = c) });
    expect(result.outcome).toBe('CANCELLED');
    expect(result.error?.kind).toBe('cancelled');
    expect(sink.state).toBe('aborted');
    expect(states[states.length - 1]).toBe('cancelled');
    expect(s.exports.get('e1')?.finish?.outcome).toBe('CANCELLED');
  });
});

describe('resume', () => {
  async function interruptedThenResumed(request: Partial<ExportRequest> & Pick<ExportRequest, 'tables'>, stopAfter: string) {
    const whole = await run(server(), request);
    expect(whole.result.outcome).toBe('COMPLETED');

    const s = server();
    let cancel: () => void = () => undefined;
    s.options.fault = (r) => {
      if (r.url.searchParams.get('after') === stopAfter) cancel();
      return undefined;
    };
    const first = await run(s, request, { onStart: (c) => (cancel = c) });
    expect(first.result.outcome).toBe('CANCELLED');
    const checkpoint = first.result.checkpoint!;
    expect(checkpoint).toEqual(first.checkpoints.last());
    // What a file sink does on resume: keep the partial bytes up to the checkpoint.
    const partial = first.sink.bytes().subarray(0, checkpoint.bytes);
    const second = await run(server(), request, { sink: new MemorySink(partial), resume: checkpoint });
    expect(second.result.outcome).toBe('COMPLETED');
    expect(second.result.rows).toBe(whole.result.rows);
    return { whole: whole.sink.bytes(), resumed: second.sink.bytes(), checkpoint, secondServer: second };
  }

  it.each(['CSV', 'JSONL'] as const)('continues a single-table %s after the last page and yields identical bytes', async (format) => {
    const { whole, resumed, checkpoint } = await interruptedThenResumed({ ...one(), format, pageSize: 200 }, 'k1399');
    expect(checkpoint.cursor).toBe('k1199'); // the page after k1199 was written before the stop
    expect(checkpoint.rows).toBe(1200);
    expect(Buffer.from(resumed).equals(Buffer.from(whole))).toBe(true);
  });

  it('continues a ZIP at the table being written; finished tables stay', async () => {
    const request = { tables: [{ table: 'project' }, { table: 'jiraissue' }], format: 'CSV' as const, pageSize: 200 };
    const { whole, resumed, checkpoint } = await interruptedThenResumed(request, 'k799');
    expect(checkpoint).toMatchObject({ tableIndex: 1, cursor: null, rows: 3 });
    expect(checkpoint.done.map((t) => t.table)).toEqual(['project']);
    expect(Buffer.from(resumed).equals(Buffer.from(whole))).toBe(true);
  });

  it('restarts a single XLSX from the start, identically', async () => {
    const { whole, resumed, checkpoint } = await interruptedThenResumed({ ...one(), format: 'XLSX', pageSize: 200 }, 'k799');
    expect(checkpoint).toMatchObject({ bytes: 0, cursor: null, rows: 0 });
    expect(Buffer.from(resumed).equals(Buffer.from(whole))).toBe(true);
  });

  it('continues its own audit entry when the first run could not close it (tab closed, process killed)', async () => {
    const s = server();
    let cancel: () => void = () => undefined;
    s.options.fault = (r) => {
      if (r.method === 'PUT') return 'drop';
      if (r.url.searchParams.get('after') === 'k999') cancel();
      return undefined;
    };
    const first = await run(s, { ...one(), pageSize: 500 }, { onStart: (c) => (cancel = c) });
    expect(first.result.outcome).toBe('CANCELLED');
    expect(s.exports.get('e1')?.finish).toBeUndefined();
    s.options.fault = undefined;
    const checkpoint = first.result.checkpoint!;
    const partial = first.sink.bytes().subarray(0, checkpoint.bytes);
    const second = await run(s, { ...one(), pageSize: 500 }, { sink: new MemorySink(partial), resume: checkpoint });
    expect(second.result).toMatchObject({ outcome: 'COMPLETED', exportId: 'e1', rows: 2500 });
    expect([...s.exports.keys()]).toEqual(['e1']);
    expect(s.exports.get('e1')?.finish).toMatchObject({ outcome: 'COMPLETED' });
  });

  it('refuses a checkpoint of a different export', async () => {
    const first = await run(server(), { ...one(), format: 'CSV' });
    const checkpoint = { ...first.checkpoints.saved[0]! };
    const other = await run(server(), { ...one(), format: 'JSONL' }, { resume: checkpoint });
    expect(other.result.error).toMatchObject({ kind: 'resume' });
  });
});

describe('several tables', () => {
  it('writes one ZIP with a file per table and a manifest whose checksums match', async () => {
    const s = server();
    const { result, sink } = await run(s, { tables: [{ table: 'jiraissue' }, { table: 'project' }], format: 'JSONL', pageSize: 1000, appVersion: '1.2.3' });
    expect(result).toMatchObject({ outcome: 'COMPLETED', rows: 2503, fileName: 'tablewise-export.zip' });
    const files = unzipSync(sink.bytes());
    expect(Object.keys(files)).toEqual(['jiraissue.jsonl', 'project.jsonl', 'manifest.json']);
    const manifest = JSON.parse(text(files['manifest.json']!)) as Manifest;
    expect(manifest).toMatchObject({ $tablewise: 'manifest', format: 'JSONL', exportId: 'e1', appVersion: '1.2.3', exportedAt: '2026-11-22T10:00:00.000Z' });
    expect(manifest.tables.map((t) => [t.table, t.file, t.rows, t.lastPageCursor])).toEqual([
      ['jiraissue', 'jiraissue.jsonl', 2500, 'k1999'],
      ['project', 'project.jsonl', 3, null],
    ]);
    for (const t of manifest.tables) {
      const data = files[t.file]!;
      expect(t.sha256).toBe(createHash('sha256').update(data).digest('hex'));
      expect(t.bytes).toBe(data.length);
    }
    expect(text(files['project.jsonl']!).split('\n')).toHaveLength(5); // header, 3 rows, final newline
    expect(s.exports.get('e1')?.start.tables).toEqual(['jiraissue', 'project']);
  });

  it('puts one workbook per table into the ZIP for XLSX', async () => {
    const { sink } = await run(server(), { tables: [{ table: 'project' }, { table: 'jiraissue' }], format: 'XLSX' });
    const files = unzipSync(sink.bytes());
    const book = readWorkbook(files['project.xlsx']!);
    expect(book.sheets[0]!.rows.map((r) => r.map((c) => c.value))).toEqual([
      ['ID', 'pname', 'pkey'],
      ['10000', 'Alpha', 'ALPHA'],
      ['10001', 'Beta, "the second"', 'BETA'],
      ['10002', 'GAMMA'],
    ]);
    expect(readWorkbook(files['jiraissue.xlsx']!).sheets[0]!.rows).toHaveLength(2501);
  });
});

describe('empty tables', () => {
  it.each(['CSV', 'JSONL', 'XLSX'] as const)('writes a complete %s with the header only', async (format) => {
    const empty = { detail: tableDetail('empty', [column('ID', 'INTEGER'), column('NAME', 'STRING')], 0), rows: [] };
    const { result, sink } = await run(new FakeServer({ tables: [empty] }), { tables: [{ table: 'empty' }], format });
    expect(result).toMatchObject({ outcome: 'COMPLETED', rows: 0 });
    if (format === 'CSV') expect(text(sink.bytes())).toBe('ID,NAME\r\n');
    if (format === 'JSONL') expect(text(sink.bytes()).split('\n')).toHaveLength(2);
    if (format === 'XLSX') expect(readWorkbook(sink.bytes()).sheets[0]!.rows).toHaveLength(1);
  });
});

describe('redactions and checkpoints', () => {
  it('warns once per table about redacted columns', async () => {
    const secret = { ...column('TOKEN', 'STRING'), redaction: { reason: 'TOKEN', rule: 'name matches *token*' } };
    const table = { detail: tableDetail('AO_X_TOKENS', [column('ID', 'INTEGER'), secret], 2), rows: [[1, null], [2, null]] };
    const { result } = await run(new FakeServer({ tables: [table] }), { tables: [{ table: 'AO_X_TOKENS' }], pageSize: 1 });
    expect(result.warnings).toEqual(['AO_X_TOKENS: redacted column(s) exported as empty/null: TOKEN']);
  });

  it('saves checkpoints no more often than asked', async () => {
    const clock = new VirtualClock();
    const checkpoints = new MemoryCheckpoints();
    await run(server(), { ...one(), pageSize: 100, rateLimit: { pagesPerSecond: 10 } }, { clock, checkpoints, checkpointIntervalMs: 1000 });
    // 25 pages at 100 ms: the initial checkpoint plus about one a second.
    expect(checkpoints.saved.length).toBeGreaterThanOrEqual(3);
    expect(checkpoints.saved.length).toBeLessThanOrEqual(5);
  });
});
