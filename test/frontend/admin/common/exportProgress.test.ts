import { describe, expect, it } from 'vitest';
import { overallValue, tableBars, trackFinished, type PlannedTable } from '../../../../src/main/frontend/admin/common/exportProgress';
import { overallStats, retryText, stateLabel, tableBarText } from '../../../../src/main/frontend/admin/common/progressText';
import type { ExportProgress } from '../../../../src/main/frontend/export';

const PLAN: PlannedTable[] = [
  { table: 'jiraissue', estimatedRows: 2000 },
  { table: 'changeitem', estimatedRows: null },
  { table: 'label', estimatedRows: 1000 },
];

function progress(patch: Partial<ExportProgress>): ExportProgress {
  return {
    state: 'running',
    exportId: 'e1',
    table: 'jiraissue',
    tableIndex: 0,
    tableCount: 3,
    rows: 0,
    tableRows: 0,
    bytes: 0,
    estimatedRows: 3000,
    rowsPerSecond: 0,
    etaSeconds: null,
    elapsedMs: 0,
    retry: null,
    warnings: [],
    error: null,
    ...patch,
  };
}

describe('per-table bars', () => {
  it('fill the running table against its estimate; others wait', () => {
    const bars = tableBars(PLAN, progress({ tableRows: 500, rows: 500 }), []);
    expect(bars.map((b) => [b.state, b.value, b.rows])).toEqual([
      ['running', 0.25, 500],
      ['waiting', 0, null],
      ['waiting', 0, null],
    ]);
  });

  it('are indeterminate without an estimate and never full before the table ends', () => {
    const bars = tableBars(PLAN, progress({ table: 'changeitem', tableIndex: 1, tableRows: 10 }), [2000]);
    expect(bars.map((b) => [b.state, b.value, b.rows])).toEqual([
      ['done', 1, 2000],
      ['running', null, 10],
      ['waiting', 0, null],
    ]);
    expect(tableBars(PLAN, progress({ tableRows: 2500 }), [])[0]!.value).toBe(0.99);
  });

  it('remember the rows of finished tables as the table index moves on', () => {
    let finished: Array<number | null> = [];
    const steps = [
      progress({ tableRows: 1000 }),
      progress({ tableRows: 2000 }),
      progress({ table: 'changeitem', tableIndex: 1, tableRows: 0 }),
      progress({ table: 'changeitem', tableIndex: 1, tableRows: 7 }),
      progress({ table: 'label', tableIndex: 2, tableRows: 300 }),
      progress({ state: 'completed', table: null, tableIndex: 2, tableRows: 300 }),
    ];
    for (let i = 1; i < steps.length; i++) finished = trackFinished(finished, steps[i - 1]!, steps[i]!);
    expect(finished).toEqual([2000, 7, 300]);
    expect(tableBars(PLAN, steps.at(-1)!, finished).map((b) => tableBarText(b))).toEqual([
      'Done, 2,000 rows',
      'Done, 7 rows',
      'Done, 300 rows',
    ]);
  });

  it('show where a cancelled export stopped', () => {
    const bars = tableBars(PLAN, progress({ state: 'cancelled', table: 'changeitem', tableIndex: 1, tableRows: 40 }), [2000]);
    expect(bars.map((b) => b.state)).toEqual(['done', 'stopped', 'waiting']);
    expect(tableBarText(bars[1]!)).toBe('Stopped after 40 rows');
  });
});

describe('the overall bar', () => {
  it('follows rows against the estimate, held below full until completed', () => {
    expect(overallValue(PLAN, progress({ rows: 1500 }))).toBe(0.5);
    expect(overallValue(PLAN, progress({ rows: 4000 }))).toBe(0.99);
    expect(overallValue(PLAN, progress({ state: 'completed', rows: 4000 }))).toBe(1);
  });

  it('counts finished tables without an estimate, and is indeterminate for one unknown table', () => {
    expect(overallValue(PLAN, progress({ estimatedRows: null, tableIndex: 2 }))).toBeCloseTo(2 / 3);
    expect(overallValue(PLAN.slice(1, 2), progress({ estimatedRows: null }))).toBeNull();
    expect(overallValue(PLAN.slice(1, 2), progress({ estimatedRows: null, state: 'failed' }))).toBe(0);
  });
});

describe('progress texts', () => {
  it('tell rows, bytes, speed, time left and time taken while running', () => {
    expect(overallStats(progress({ rows: 1500, bytes: 1536, rowsPerSecond: 2010, etaSeconds: 200, elapsedMs: 7_000 }))).toEqual([
      '1,500 of about 3,000 rows',
      '1.5 KB',
      '2,010 rows/s',
      'about 3 min left',
      '0:07 elapsed',
    ]);
  });

  it('drop speed, time left and the estimate once the export ended', () => {
    expect(overallStats(progress({ state: 'completed', rows: 3012, bytes: 2048, rowsPerSecond: 100, etaSeconds: 0, elapsedMs: 65_000 }))).toEqual([
      '3,012 rows',
      '2 KB',
      '1:05 elapsed',
    ]);
  });

  it('say the engine is retrying by itself, and name every state', () => {
    expect(retryText({ attempt: 2, maxAttempts: 8, delayMs: 3600, message: 'reset' })).toBe(
      'Tablewise tries again by itself and continues where it stopped: attempt 2 of 8 failed, next try in 4 s.',
    );
    expect((['idle', 'running', 'retrying', 'completed', 'cancelled', 'failed'] as const).map(stateLabel)).toEqual([
      'Starting',
      'Exporting',
      'Reconnecting',
      'Completed',
      'Cancelled',
      'Failed',
    ]);
  });
});
