import type { CSSProperties } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AnalyticsRow } from '../../api/types';

/** The protocol's keys, in its order: the columns are the wire format, so they are not translated. */
export const ROW_KEYS = [
  'ID',
  'ProductTenant',
  'Product',
  'Name',
  'ProductVersion',
  'UpdateDate',
  'AppVersion',
] as const satisfies ReadonlyArray<keyof AnalyticsRow>;

const codeStyle: CSSProperties = {
  fontFamily: token('font.family.code', 'ui-monospace, Menlo, Consolas, monospace'),
  fontSize: '12px',
  whiteSpace: 'nowrap',
};

const HEAD: HeadType = {
  cells: ROW_KEYS.map((key) => ({ key, content: <span style={codeStyle}>{key}</span> })),
};

/** Pure: one table row per event row, every value exactly as it is encoded. */
export function previewRows(rows: readonly AnalyticsRow[]): RowType[] {
  return rows.map((row) => ({
    key: String(row.ID),
    cells: ROW_KEYS.map((key) => ({ key: `${row.ID}-${key}`, content: <span style={codeStyle}>{String(row[key])}</span> })),
  }));
}

export function PreviewTable({ rows }: { rows: readonly AnalyticsRow[] }) {
  return (
    <DynamicTable
      head={HEAD}
      rows={previewRows(rows)}
      rowsPerPage={10}
      defaultPage={1}
      emptyView={<Text color="color.text.subtle">{I18n.getText('tablewise.analytics.preview.empty')}</Text>}
      testId="tablewise-analytics-preview"
    />
  );
}
