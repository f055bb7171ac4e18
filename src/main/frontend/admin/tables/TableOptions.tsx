import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { TableDetail, TableSummary } from '../../api/types';
import { ApiErrorMessage } from '../common/ApiErrorMessage';
import { formatCount } from '../common/format';
import { Lozenge } from '../common/Lozenge';
import { ColumnPicker } from './ColumnPicker';
import type { FormError, TableDraft } from './exportForm';
import { FilterEditor } from './FilterEditor';
import type { Loadable } from './useCatalog';

const itemStyle = (invalid: boolean): CSSProperties => ({
  borderTop: `1px solid ${token('color.border', '#0B120E24')}`,
  padding: `${token('space.100', '8px')} 0`,
  ...(invalid ? { boxShadow: `inset 3px 0 0 ${token('color.border.danger', '#E2483D')}`, paddingLeft: token('space.100', '8px') } : {}),
});

const nameStyle: CSSProperties = { fontFamily: token('font.family.code', 'ui-monospace, Menlo, monospace'), fontSize: '13px', fontWeight: 600 };

function summaryText(draft: TableDraft, summary: TableSummary | undefined): string {
  const total = summary?.columnCount ?? 0;
  const columns =
    draft.columns === null
      ? I18n.getText('tablewise.export.table.allColumns', formatCount(total))
      : I18n.getText('tablewise.export.table.someColumns', formatCount(draft.columns.length), formatCount(total));
  const filters =
    draft.filters.length === 0
      ? I18n.getText('tablewise.export.table.noFilters')
      : I18n.getText('tablewise.export.table.filters', formatCount(draft.filters.length));
  return `${columns} \u00b7 ${filters}`;
}

interface Props {
  index: number;
  draft: TableDraft;
  summary: TableSummary | undefined;
  detail: Loadable<TableDetail> | undefined;
  expanded: boolean;
  errors: FormError[];
  onExpand: (expanded: boolean) => void;
  onReload: () => void;
  onChange: (draft: TableDraft) => void;
}

/** One table of the export: a summary line, and on demand its column picker and filters. */
export function TableOptions({ index, draft, summary, detail, expanded, errors, onExpand, onReload, onChange }: Props) {
  const idPrefix = `tablewise-export-table-${index}`;
  const columnsError = errors.find((e) => e.field === 'columns')?.message ?? null;
  const filtersError = errors.find((e) => e.field === 'filters')?.message ?? null;
  return (
    <div style={itemStyle(errors.length > 0)} data-testid={idPrefix}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <span style={nameStyle}>{draft.table}</span>
            {summary && summary.redactedColumns.length > 0 && (
              <Lozenge appearance="moved" title={I18n.getText('tablewise.tables.redacted.title', summary.redactedColumns.join(', '))}>
                {I18n.getText('tablewise.tables.redacted.count', summary.redactedColumns.length)}
              </Lozenge>
            )}
            <Text size="small" color="color.text.subtle">
              {summaryText(draft, summary)}
            </Text>
          </Inline>
          <Button
            appearance="subtle"
            spacing="compact"
            aria-expanded={expanded}
            aria-controls={`${idPrefix}-options`}
            onClick={() => onExpand(!expanded)}
            testId={`${idPrefix}-toggle`}
          >
            {expanded ? I18n.getText('tablewise.export.table.hide') : I18n.getText('tablewise.export.table.customise')}
          </Button>
        </Inline>
        {!expanded && errors.length > 0 && (
          <Text size="small" color="color.text.danger">
            {I18n.getText('tablewise.export.table.hasErrors')}
          </Text>
        )}
        {expanded && (
          <div id={`${idPrefix}-options`}>
            {detail === undefined || detail.status === 'loading' ? (
              <Inline space="space.100" alignBlock="center">
                <Spinner size="small" label={I18n.getText('tablewise.export.table.loading')} />
                <Text color="color.text.subtle">{I18n.getText('tablewise.export.table.loading')}</Text>
              </Inline>
            ) : detail.status === 'error' ? (
              <ApiErrorMessage title={I18n.getText('tablewise.export.table.loadFailed', draft.table)} error={detail.error} onRetry={onReload} />
            ) : (
              <Stack space="space.200">
                <Stack space="space.075">
                  <Heading size="xxsmall" as="h4">
                    {I18n.getText('tablewise.export.columns.title')}
                  </Heading>
                  <ColumnPicker detail={detail.data} columns={draft.columns} error={columnsError} onChange={(columns) => onChange({ ...draft, columns })} />
                </Stack>
                <Stack space="space.075">
                  <Heading size="xxsmall" as="h4">
                    {I18n.getText('tablewise.export.filters.title')}
                  </Heading>
                  <FilterEditor idPrefix={idPrefix} detail={detail.data} filters={draft.filters} errors={errors} onChange={(filters) => onChange({ ...draft, filters })} />
                  {filtersError && (
                    <span role="alert">
                      <Text size="small" color="color.text.danger">
                        {filtersError}
                      </Text>
                    </span>
                  )}
                </Stack>
              </Stack>
            )}
          </div>
        )}
      </Stack>
    </div>
  );
}
