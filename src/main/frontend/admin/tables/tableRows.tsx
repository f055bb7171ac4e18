/** The catalog table: `TABLES_HEAD` is a constant, rows come from a pure function of the data. */
import { Fragment, type CSSProperties } from 'react';
import { Checkbox } from '@atlaskit/checkbox';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { TableGroup, TableSummary } from '../../api/types';
import { formatBytes, formatCount } from '../common/format';
import { Lozenge, type LozengeAppearance } from '../common/Lozenge';
import { VisuallyHidden } from '../common/VisuallyHidden';
import type { SortKey, SortOrder } from './tableQuery';

type Column = 'select' | 'name' | 'group' | 'rows' | 'size' | 'columns' | 'key' | 'redacted';

/** Column titles, looked up when rendered (after the WRM has loaded the texts). */
function ColumnTitle({ column }: { column: Column }) {
  switch (column) {
    case 'select':
      return <VisuallyHidden>{I18n.getText('tablewise.tables.column.select')}</VisuallyHidden>;
    case 'name':
      return <>{I18n.getText('tablewise.tables.column.name')}</>;
    case 'group':
      return <>{I18n.getText('tablewise.tables.column.group')}</>;
    case 'rows':
      return <>{I18n.getText('tablewise.tables.column.rows')}</>;
    case 'size':
      return <>{I18n.getText('tablewise.tables.column.size')}</>;
    case 'columns':
      return <>{I18n.getText('tablewise.tables.column.columns')}</>;
    case 'key':
      return <>{I18n.getText('tablewise.tables.column.key')}</>;
    case 'redacted':
      return <>{I18n.getText('tablewise.tables.column.redacted')}</>;
  }
}

const cell = (key: Column, width: number, isSortable = false) => ({ key, width, isSortable, content: <ColumnTitle column={key} /> });

export const TABLES_HEAD: HeadType = {
  cells: [
    cell('select', 4),
    cell('name', 22, true),
    cell('group', 16),
    cell('rows', 14, true),
    cell('size', 9, true),
    cell('columns', 8),
    cell('key', 13),
    cell('redacted', 14),
  ],
};

const GROUP_APPEARANCE: Record<TableGroup, LozengeAppearance> = { CORE: 'default', THIS_APP: 'new', OTHER_APP: 'inprogress' };

export function groupLabel(group: TableGroup): string {
  switch (group) {
    case 'CORE':
      return I18n.getText('tablewise.tables.group.core');
    case 'THIS_APP':
      return I18n.getText('tablewise.tables.group.thisApp');
    case 'OTHER_APP':
      return I18n.getText('tablewise.tables.group.otherApp');
  }
}

const nameStyle: CSSProperties = {
  fontFamily: token('font.family.code', 'ui-monospace, "SFMono-Regular", "Segoe UI Mono", Menlo, monospace'),
  fontSize: '13px',
  overflowWrap: 'break-word',
};

/** A SQL name that may wrap after its underscores (AO_60DB71_ / LEXORANK), not mid-word. */
export function Identifier({ name }: { name: string }) {
  return (
    <span style={nameStyle}>
      {name.split('_').map((part, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <>
              _<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

const numberStyle: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
// The owner id stays with its lozenge when there is room, and goes below it when there is not.
const ownerStyle: CSSProperties = { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '4px' };

/** A figure in the body text size, whatever the host page's base font size is. */
function Figure({ children }: { children: string }) {
  return (
    <span style={numberStyle}>
      <Text>{children}</Text>
    </span>
  );
}

function Unknown() {
  return (
    <span title={I18n.getText('tablewise.tables.unknown')}>
      <Text color="color.text.subtlest">{'\u2014'}</Text>
    </span>
  );
}

/** Unknown figures sort last whichever way (the table re-sorts by these keys). */
function sortKeyOf(value: number | null, order: SortOrder): number {
  return value ?? (order === 'ASC' ? Number.MAX_SAFE_INTEGER : -1);
}

export interface RowOptions {
  selected: ReadonlySet<string>;
  onToggle: (name: string) => void;
  sortKey: SortKey;
  sortOrder: SortOrder;
}

export function tableRows(tables: readonly TableSummary[], options: RowOptions): RowType[] {
  return tables.map((table) => {
    const checked = options.selected.has(table.name);
    return {
      key: table.name,
      testId: `tablewise-table-${table.name}`,
      cells: [
        {
          key: 'select',
          content: (
            <Checkbox
              isChecked={checked}
              onChange={() => options.onToggle(table.name)}
              aria-label={I18n.getText('tablewise.tables.select', table.name)}
              name="tablewise-table"
              value={table.name}
            />
          ),
        },
        { key: table.name, content: <Identifier name={table.name} /> },
        {
          key: table.group,
          content: (
            <span style={ownerStyle}>
              <Lozenge appearance={GROUP_APPEARANCE[table.group]}>{groupLabel(table.group)}</Lozenge>
              {table.aoOwner && (
                <span title={I18n.getText('tablewise.tables.aoOwner', table.aoOwner)}>
                  <Text size="small" color="color.text.subtlest">
                    {table.aoOwner}
                  </Text>
                </span>
              )}
            </span>
          ),
        },
        {
          key: sortKeyOf(table.estimatedRows, options.sortOrder),
          content: table.estimatedRows === null ? <Unknown /> : <Figure>{formatCount(table.estimatedRows)}</Figure>,
        },
        {
          key: sortKeyOf(table.sizeBytes, options.sortOrder),
          content: table.sizeBytes === null ? <Unknown /> : <Figure>{formatBytes(table.sizeBytes)}</Figure>,
        },
        { key: table.columnCount, content: <Figure>{formatCount(table.columnCount)}</Figure> },
        {
          key: table.primaryKey.join(','),
          content:
            table.primaryKey.length > 0 ? (
              <span style={nameStyle}>{table.primaryKey.join(', ')}</span>
            ) : (
              <Text color="color.text.subtlest">{I18n.getText('tablewise.tables.noKey')}</Text>
            ),
        },
        {
          key: table.redactedColumns.length,
          content:
            table.redactedColumns.length > 0 ? (
              <Lozenge appearance="moved" title={I18n.getText('tablewise.tables.redacted.title', table.redactedColumns.join(', '))}>
                {I18n.getText('tablewise.tables.redacted.count', table.redactedColumns.length)}
              </Lozenge>
            ) : null,
        },
      ],
    };
  });
}
