import { useMemo, useState } from 'react';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Spinner from '@atlaskit/spinner';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { TableSummary } from '../../api/types';
import { ApiErrorMessage } from '../common/ApiErrorMessage';
import { ExportActivity } from '../common/ExportActivity';
import { formatCount } from '../common/format';
import { useExportSession } from '../common/useExportSession';
import { SectionHeading } from '../common/VisuallyHidden';
import { CatalogTable } from './CatalogTable';
import { ExportDialog } from './ExportDialog';
import { DEFAULT_QUERY, groupCounts, setAll, sortTables, toggle, visibleTables, type TableQuery } from './tableQuery';
import { SelectShown, TablesToolbar } from './TablesToolbar';
import { useTableDetails, useTableList } from './useCatalog';

function Catalog({ tables, schema }: { tables: TableSummary[]; schema: string | null }) {
  const [{ current }, session] = useExportSession();
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [dialogOpen, setDialogOpen] = useState(false);
  const { details, load } = useTableDetails();

  const shown = useMemo(() => visibleTables(tables, query), [tables, query]);
  const counts = useMemo(() => groupCounts(tables), [tables]);
  const shownNames = shown.map((t) => t.name);
  // In name order: the dialog lists them so, and the ZIP holds them so.
  const chosen = sortTables(tables.filter((t) => selected.has(t.name)), 'name', 'ASC');
  const running = current !== null && current.result === null && current.crash === null;
  const changeQuery = (patch: Partial<TableQuery>) => {
    setQuery((q) => ({ ...q, ...patch }));
    setPage(1);
  };

  return (
    <Stack space="space.200">
      <TablesToolbar
        search={query.search}
        onSearch={(search) => changeQuery({ search })}
        group={query.group}
        counts={counts}
        onGroup={(group) => changeQuery({ group })}
        selected={chosen.length}
        onClear={() => setSelected(new Set())}
        onExport={() => setDialogOpen(true)}
        exportBlocked={running ? I18n.getText('tablewise.tables.exportRunning') : null}
      />
      <SelectShown
        shown={shown.length}
        shownSelected={shownNames.filter((name) => selected.has(name)).length}
        onSelectShown={(on) => setSelected((s) => setAll(s, shownNames, on))}
        summary={
          schema
            ? I18n.getText('tablewise.tables.summary.schema', formatCount(shown.length), formatCount(tables.length), schema)
            : I18n.getText('tablewise.tables.summary', formatCount(shown.length), formatCount(tables.length))
        }
      />
      <CatalogTable
        tables={shown}
        query={query}
        selected={selected}
        page={page}
        onPage={setPage}
        onSort={(sortKey, sortOrder) => setQuery((q) => ({ ...q, sortKey, sortOrder }))}
        onToggle={(name) => setSelected((s) => toggle(s, name))}
      />
      {dialogOpen && (
        <ExportDialog
          tables={chosen}
          details={details}
          loadDetail={load}
          onClose={() => setDialogOpen(false)}
          onStart={(plan, request, target) => {
            setDialogOpen(false);
            session.start(plan, request, target);
          }}
        />
      )}
    </Stack>
  );
}

/** Every table of the database; pick some, choose how, and export them. */
export function TablesPage() {
  const [list, reload] = useTableList();
  const estimates = useMemo(
    () => new Map(list.status === 'ready' ? list.data.tables.map((t) => [t.name, t.estimatedRows] as const) : []),
    [list],
  );
  return (
    <Stack space="space.300">
      <SectionHeading>{I18n.getText('tablewise.tables.title')}</SectionHeading>
      <ExportActivity estimateOf={(table) => estimates.get(table) ?? null} />
      {list.status === 'loading' && (
        <Inline space="space.100" alignBlock="center" testId="tablewise-tables-loading">
          <Spinner size="medium" label={I18n.getText('tablewise.tables.loading')} />
          <Text color="color.text.subtle">{I18n.getText('tablewise.tables.loading')}</Text>
        </Inline>
      )}
      {list.status === 'error' && (
        <ApiErrorMessage title={I18n.getText('tablewise.tables.loadFailed')} error={list.error} onRetry={reload} testId="tablewise-tables-error" />
      )}
      {list.status === 'ready' && <Catalog tables={list.data.tables} schema={list.data.schema} />}
    </Stack>
  );
}
