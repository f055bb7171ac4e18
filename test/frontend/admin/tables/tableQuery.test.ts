import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  filterTables,
  groupCounts,
  matchesSearch,
  setAll,
  sortTables,
  toggle,
  visibleTables,
} from '../../../../src/main/frontend/admin/tables/tableQuery';
import { CATALOG, summary } from '../support/catalog';

const names = (tables: Array<{ name: string }>) => tables.map((t) => t.name);

describe('search', () => {
  it('matches names case-insensitively, every word, and AO owner ids', () => {
    const sprint = summary('AO_60DB71_SPRINT');
    expect(matchesSearch(sprint, 'sprint')).toBe(true);
    expect(matchesSearch(sprint, 'ao SPRINT')).toBe(true);
    expect(matchesSearch(sprint, '60db71')).toBe(true);
    expect(matchesSearch(sprint, 'sprint board')).toBe(false);
    expect(matchesSearch(sprint, '   ')).toBe(true);
  });
});

describe('filterTables', () => {
  it('keeps one group, or all', () => {
    expect(names(filterTables(CATALOG, { search: '', group: 'CORE' }))).toEqual(['jiraissue', 'changeitem', 'cwd_user', 'hibernate_unique_key']);
    expect(names(filterTables(CATALOG, { search: '', group: 'THIS_APP' }))).toEqual(['AO_3BDBF1_AUDIT_ENTRY']);
    expect(names(filterTables(CATALOG, { search: '', group: 'OTHER_APP' }))).toEqual(['AO_60DB71_SPRINT']);
    expect(filterTables(CATALOG, { search: '', group: 'ALL' })).toHaveLength(CATALOG.length);
  });

  it('combines the group with the search', () => {
    expect(names(filterTables(CATALOG, { search: 'user', group: 'CORE' }))).toEqual(['cwd_user']);
    expect(filterTables(CATALOG, { search: 'user', group: 'OTHER_APP' })).toEqual([]);
  });
});

describe('sortTables', () => {
  it('sorts by name naturally, either way', () => {
    const tables = [summary('t10'), summary('T2'), summary('t1')];
    expect(names(sortTables(tables, 'name', 'ASC'))).toEqual(['t1', 'T2', 't10']);
    expect(names(sortTables(tables, 'name', 'DESC'))).toEqual(['t10', 'T2', 't1']);
  });

  it('sorts by estimated rows and by size with unknown figures last in both orders', () => {
    expect(names(sortTables(CATALOG, 'rows', 'DESC'))).toEqual([
      'changeitem',
      'jiraissue',
      'cwd_user',
      'AO_60DB71_SPRINT',
      'hibernate_unique_key',
      'AO_3BDBF1_AUDIT_ENTRY',
    ]);
    expect(names(sortTables(CATALOG, 'rows', 'ASC')).at(-1)).toBe('AO_3BDBF1_AUDIT_ENTRY');
    expect(names(sortTables(CATALOG, 'size', 'ASC'))).toEqual([
      'AO_60DB71_SPRINT',
      'hibernate_unique_key',
      'cwd_user',
      'jiraissue',
      'AO_3BDBF1_AUDIT_ENTRY',
      'changeitem',
    ]);
  });

  it('breaks ties by name and leaves its input alone', () => {
    const tables = [summary('b', { estimatedRows: 5 }), summary('a', { estimatedRows: 5 })];
    expect(names(sortTables(tables, 'rows', 'DESC'))).toEqual(['a', 'b']);
    expect(names(tables)).toEqual(['b', 'a']);
  });
});

describe('visibleTables and counts', () => {
  it('filters then sorts; counts every group', () => {
    expect(names(visibleTables(CATALOG, { ...DEFAULT_QUERY, search: 'i', sortKey: 'rows', sortOrder: 'ASC' }))).toEqual([
      'hibernate_unique_key',
      'AO_60DB71_SPRINT',
      'jiraissue',
      'changeitem',
      'AO_3BDBF1_AUDIT_ENTRY',
    ]);
    expect(groupCounts(CATALOG)).toEqual({ ALL: 6, CORE: 4, THIS_APP: 1, OTHER_APP: 1 });
  });
});

describe('selection', () => {
  it('toggles one name and sets many, without touching the others', () => {
    const start = new Set(['jiraissue']);
    expect([...toggle(start, 'cwd_user')].sort()).toEqual(['cwd_user', 'jiraissue']);
    expect([...toggle(start, 'jiraissue')]).toEqual([]);
    expect([...setAll(start, ['a', 'b'], true)].sort()).toEqual(['a', 'b', 'jiraissue']);
    expect([...setAll(new Set(['a', 'b', 'c']), ['a', 'b'], false)]).toEqual(['c']);
    expect([...start]).toEqual(['jiraissue']);
  });
});
