/** Search, group filter and sort of the catalog: pure, so the table's behaviour is tested without React. */
import type { TableGroup, TableSummary } from '../../api/types';

export type GroupFilter = 'ALL' | TableGroup;
export type SortKey = 'name' | 'rows' | 'size';
export type SortOrder = 'ASC' | 'DESC';

export interface TableQuery {
  search: string;
  group: GroupFilter;
  sortKey: SortKey;
  sortOrder: SortOrder;
}

export const DEFAULT_QUERY: TableQuery = { search: '', group: 'ALL', sortKey: 'name', sortOrder: 'ASC' };

/**
 * Case-insensitive match on the name; several words must all match (`ao sprint` finds
 * AO_60DB71_SPRINT). An AO owner id ("60DB71") matches too.
 */
export function matchesSearch(table: TableSummary, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = `${table.name} ${table.aoOwner ?? ''}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function filterTables(tables: readonly TableSummary[], query: Pick<TableQuery, 'search' | 'group'>): TableSummary[] {
  return tables.filter((t) => (query.group === 'ALL' || t.group === query.group) && matchesSearch(t, query.search));
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortValue(table: TableSummary, key: SortKey): number | null {
  return key === 'rows' ? table.estimatedRows : table.sizeBytes;
}

/**
 * Stable sort; tables the database gave no figure for go last in either order (an unknown
 * size is neither big nor small), ties by name.
 */
export function sortTables(tables: readonly TableSummary[], key: SortKey, order: SortOrder): TableSummary[] {
  const sign = order === 'ASC' ? 1 : -1;
  return [...tables].sort((a, b) => {
    if (key === 'name') return sign * collator.compare(a.name, b.name);
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? collator.compare(a.name, b.name) : va === null ? 1 : -1;
    return sign * (va - vb) || collator.compare(a.name, b.name);
  });
}

export function visibleTables(tables: readonly TableSummary[], query: TableQuery): TableSummary[] {
  return sortTables(filterTables(tables, query), query.sortKey, query.sortOrder);
}

/** How many tables each group filter would show, for the filter's labels. */
export function groupCounts(tables: readonly TableSummary[]): Record<GroupFilter, number> {
  const counts: Record<GroupFilter, number> = { ALL: tables.length, CORE: 0, THIS_APP: 0, OTHER_APP: 0 };
  for (const t of tables) counts[t.group]++;
  return counts;
}

/** Selection helpers: names are the keys (the catalog never lists a name twice). */
export function toggle(selected: ReadonlySet<string>, name: string): Set<string> {
  const next = new Set(selected);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}

export function setAll(selected: ReadonlySet<string>, names: readonly string[], on: boolean): Set<string> {
  const next = new Set(selected);
  for (const name of names) {
    if (on) next.add(name);
    else next.delete(name);
  }
  return next;
}
