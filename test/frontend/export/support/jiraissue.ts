import type { ColumnInfo } from '../../../../src/main/frontend/api/types';
import { type FakeTable, column, tableDetail } from './contract';

/** The 30 columns of Jira's jiraissue, with their wire kinds. */
export const JIRAISSUE_COLUMNS: ColumnInfo[] = [
  column('ID', 'BIGINT', false, 'numeric'),
  column('pkey', 'STRING', true, 'varchar'),
  column('issuenum', 'BIGINT', true, 'numeric'),
  column('PROJECT', 'BIGINT', true, 'numeric'),
  column('REPORTER', 'STRING', true, 'varchar'),
  column('ASSIGNEE', 'STRING', true, 'varchar'),
  column('CREATOR', 'STRING', true, 'varchar'),
  column('issuetype', 'STRING', true, 'varchar'),
  column('SUMMARY', 'STRING', true, 'varchar'),
  column('DESCRIPTION', 'STRING', true, 'text'),
  column('ENVIRONMENT', 'STRING', true, 'text'),
  column('PRIORITY', 'STRING', true, 'varchar'),
  column('RESOLUTION', 'STRING', true, 'varchar'),
  column('issuestatus', 'STRING', true, 'varchar'),
  column('CREATED', 'TIMESTAMP', true, 'timestamptz'),
  column('UPDATED', 'TIMESTAMP', true, 'timestamptz'),
  column('DUEDATE', 'DATE', true, 'date'),
  column('RESOLUTIONDATE', 'TIMESTAMP', true, 'timestamptz'),
  column('VOTES', 'INTEGER', true, 'int4'),
  column('WATCHES', 'INTEGER', true, 'int4'),
  column('TIMEORIGINALESTIMATE', 'BIGINT', true, 'numeric'),
  column('TIMEESTIMATE', 'BIGINT', true, 'numeric'),
  column('TIMESPENT', 'BIGINT', true, 'numeric'),
  column('WORKFLOW_ID', 'BIGINT', true, 'numeric'),
  column('SECURITY', 'BIGINT', true, 'numeric'),
  column('FIXFOR', 'BIGINT', true, 'numeric'),
  column('COMPONENT', 'BIGINT', true, 'numeric'),
  column('ARCHIVEDBY', 'STRING', true, 'varchar'),
  column('ARCHIVEDDATE', 'TIMESTAMP', true, 'timestamptz'),
  column('ARCHIVED', 'STRING', true, 'bpchar'),
];

const WORDS = ['login', 'fails', 'when', 'the', 'user', 'clicks', 'Save', 'après', 'Größe', '日本語', 'émoji 🎉', 'report', 'CSV', '"quoted"', 'a,b'];

/** Deterministic pseudo-random numbers, so every run (and the benchmark) sees the same data. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

function text(r: () => number, words: number): string {
  let out = '';
  for (let i = 0; i < words; i++) out += (i ? ' ' : '') + WORDS[Math.floor(r() * WORDS.length)];
  return out;
}

function iso(base: number, r: () => number): string {
  return new Date(base + Math.floor(r() * 3e10)).toISOString();
}

/** One jiraissue-like row, values in wire encoding (BIGINT as strings). */
export function jiraissueRow(i: number, r: () => number): unknown[] {
  const id = 10000 + i;
  const resolved = r() < 0.6;
  return [
    String(id),
    `PROJ-${i + 1}`,
    String(i + 1),
    String(10000 + (i % 17)),
    `JIRAUSER${10000 + Math.floor(r() * 500)}`,
    r() < 0.2 ? null : `JIRAUSER${10000 + Math.floor(r() * 500)}`,
    `JIRAUSER${10000 + Math.floor(r() * 500)}`,
    String(10000 + Math.floor(r() * 5)),
    text(r, 4 + Math.floor(r() * 8)),
    r() < 0.3 ? null : text(r, 10 + Math.floor(r() * 60)) + (r() < 0.3 ? '\r\nSteps:\n1. ' + text(r, 5) : ''),
    r() < 0.8 ? null : text(r, 3),
    String(1 + Math.floor(r() * 5)),
    resolved ? '10000' : null,
    String(1 + Math.floor(r() * 6)),
    iso(1.5e12, r),
    iso(1.6e12, r),
    r() < 0.7 ? null : iso(1.6e12, r).slice(0, 10),
    resolved ? iso(1.65e12, r) : null,
    Math.floor(r() * 5),
    1 + Math.floor(r() * 10),
    r() < 0.5 ? null : String(Math.floor(r() * 360000)),
    r() < 0.5 ? null : String(Math.floor(r() * 360000)),
    r() < 0.5 ? null : String(Math.floor(r() * 360000)),
    String(20000 + i),
    null,
    null,
    null,
    null,
    null,
    'N',
  ];
}

export function jiraissueTable(rows: number, seed = 42): FakeTable {
  const r = lcg(seed);
  const data: unknown[][] = [];
  for (let i = 0; i < rows; i++) data.push(jiraissueRow(i, r));
  return { detail: tableDetail('jiraissue', JIRAISSUE_COLUMNS, rows, ['ID']), rows: data };
}
