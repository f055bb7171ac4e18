import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { TableSummary } from '../../api/types';
import { TABLES_HEAD, tableRows } from './tableRows';
import type { SortKey, SortOrder, TableQuery } from './tableQuery';

export const ROWS_PER_PAGE = 50;

interface Props {
  tables: readonly TableSummary[];
  query: TableQuery;
  selected: ReadonlySet<string>;
  page: number;
  onPage: (page: number) => void;
  onSort: (key: SortKey, order: SortOrder) => void;
  onToggle: (name: string) => void;
}

function isSortKey(key: unknown): key is SortKey {
  return key === 'name' || key === 'rows' || key === 'size';
}

/** The catalog as an Atlaskit dynamic table; sorting and filtering happen in tableQuery.ts. */
export function CatalogTable({ tables, query, selected, page, onPage, onSort, onToggle }: Props) {
  return (
    <DynamicTableStateless
      label={I18n.getText('tablewise.tables.label')}
      head={TABLES_HEAD}
      rows={tableRows(tables, { selected, onToggle, sortKey: query.sortKey, sortOrder: query.sortOrder })}
      sortKey={query.sortKey}
      sortOrder={query.sortOrder}
      onSort={(data: { key?: unknown; sortOrder?: unknown }) => {
        if (isSortKey(data.key)) onSort(data.key, data.sortOrder === 'DESC' ? 'DESC' : 'ASC');
      }}
      rowsPerPage={ROWS_PER_PAGE}
      page={page}
      onSetPage={onPage}
      paginationi18n={{
        prev: I18n.getText('tablewise.pagination.previous'),
        next: I18n.getText('tablewise.pagination.next'),
        label: I18n.getText('tablewise.pagination.label'),
        pageLabel: I18n.getText('tablewise.pagination.page'),
      }}
      emptyView={
        <Stack space="space.100" alignInline="center">
          <Text weight="medium">{I18n.getText('tablewise.tables.empty.title')}</Text>
          <Text color="color.text.subtle">{I18n.getText('tablewise.tables.empty.body')}</Text>
        </Stack>
      }
      testId="tablewise-tables"
    />
  );
}
