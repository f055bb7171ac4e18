import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { ColumnInfo, FilterOp, TableDetail, ValueKind } from '../../api/types';
import { ChoiceSelect, type Choice } from '../common/Field';
import { filterableColumns, MAX_FILTERS, newFilter, opsFor, type FilterDraft, type FormError } from './exportForm';

function opLabel(op: FilterOp): string {
  switch (op) {
    case 'EQ':
      return I18n.getText('tablewise.export.op.eq');
    case 'IN':
      return I18n.getText('tablewise.export.op.in');
    case 'RANGE':
      return I18n.getText('tablewise.export.op.range');
    case 'IS_NULL':
      return I18n.getText('tablewise.export.op.isNull');
    case 'NOT_NULL':
      return I18n.getText('tablewise.export.op.notNull');
  }
}

/** What a value of the kind looks like, as the input's placeholder. */
function example(kind: ValueKind): string {
  switch (kind) {
    case 'INTEGER':
    case 'BIGINT':
      return I18n.getText('tablewise.export.example.integer');
    case 'DECIMAL':
    case 'FLOAT':
      return I18n.getText('tablewise.export.example.number');
    case 'BOOLEAN':
      return I18n.getText('tablewise.export.example.boolean');
    case 'DATE':
      return I18n.getText('tablewise.export.example.date');
    case 'TIME':
      return I18n.getText('tablewise.export.example.time');
    case 'TIMESTAMP':
      return I18n.getText('tablewise.export.example.timestamp');
    default:
      return I18n.getText('tablewise.export.example.text');
  }
}

const rowStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(9rem, 1.2fr) minmax(9rem, 1fr) minmax(12rem, 2fr) auto',
  gap: token('space.100', '8px'),
  alignItems: 'start',
};

interface Props {
  /** Unique in the dialog, for element ids. */
  idPrefix: string;
  detail: TableDetail;
  filters: FilterDraft[];
  errors: FormError[];
  onChange: (filters: FilterDraft[]) => void;
}

/** Simple typed filters (EQ, IN, RANGE, IS_NULL, NOT_NULL) on one table; all must match. */
export function FilterEditor({ idPrefix, detail, filters, errors, onChange }: Props) {
  const columns = filterableColumns(detail);
  const columnChoices: Array<Choice<string>> = columns.map((c) => ({ value: c.name, label: `${c.name} (${c.typeName})` }));
  const update = (id: number, patch: Partial<FilterDraft>) => onChange(filters.map((f) => (f.id === id ? { ...f, ...patch } : f)));
  const nextId = filters.reduce((max, f) => Math.max(max, f.id), 0) + 1;
  const first = columns[0];

  return (
    <Stack space="space.100">
      {filters.length === 0 && (
        <Text size="small" color="color.text.subtlest">
          {I18n.getText('tablewise.export.filters.none')}
        </Text>
      )}
      {filters.map((filter) => {
        const column: ColumnInfo | undefined = columns.find((c) => c.name === filter.column);
        const ops = opsFor(column);
        const id = `${idPrefix}-filter-${filter.id}`;
        const error = errors.find((e) => e.filterId === filter.id);
        const input = (suffix: string, value: string, label: string, onValue: (v: string) => void) => (
          <Textfield
            id={`${id}-${suffix}`}
            value={value}
            onChange={(event) => onValue(event.currentTarget.value)}
            placeholder={column ? example(column.kind) : ''}
            aria-label={label}
            isInvalid={error !== undefined && error.field !== 'column'}
            isCompact
          />
        );
        return (
          <Stack key={filter.id} space="space.050">
            <div style={rowStyle} data-testid={`${idPrefix}-filter`}>
              <ChoiceSelect
                id={`${id}-column`}
                options={columnChoices}
                value={filter.column}
                onChange={(name) => {
                  const next = columns.find((c) => c.name === name);
                  update(filter.id, { column: name, op: opsFor(next).includes(filter.op) ? filter.op : 'IS_NULL' });
                }}
                ariaLabel={I18n.getText('tablewise.export.filter.column')}
                isInvalid={error?.field === 'column'}
                isSearchable
                spacing="compact"
              />
              <ChoiceSelect
                id={`${id}-op`}
                options={ops.map((op) => ({ value: op, label: opLabel(op) }))}
                value={filter.op}
                onChange={(op) => update(filter.id, { op })}
                ariaLabel={I18n.getText('tablewise.export.filter.op')}
                spacing="compact"
              />
              <div>
                {filter.op === 'EQ' && input('value', filter.value, I18n.getText('tablewise.export.filter.value'), (value) => update(filter.id, { value }))}
                {filter.op === 'IN' && input('values', filter.values, I18n.getText('tablewise.export.filter.values'), (values) => update(filter.id, { values }))}
                {filter.op === 'RANGE' && (
                  <Inline space="space.050" alignBlock="center">
                    {input('from', filter.from, I18n.getText('tablewise.export.filter.from'), (from) => update(filter.id, { from }))}
                    <Text color="color.text.subtle">{I18n.getText('tablewise.export.filter.to.word')}</Text>
                    {input('to', filter.to, I18n.getText('tablewise.export.filter.to'), (to) => update(filter.id, { to }))}
                  </Inline>
                )}
              </div>
              <Button appearance="subtle" spacing="compact" onClick={() => onChange(filters.filter((f) => f.id !== filter.id))}>
                {I18n.getText('tablewise.export.filter.remove')}
              </Button>
            </div>
            {error ? (
              <span role="alert">
                <Text size="small" color="color.text.danger">
                  {error.message}
                </Text>
              </span>
            ) : filter.op === 'IN' ? (
              <Text size="small" color="color.text.subtlest">
                {I18n.getText('tablewise.export.filter.inHelp')}
              </Text>
            ) : filter.op === 'RANGE' ? (
              <Text size="small" color="color.text.subtlest">
                {I18n.getText('tablewise.export.filter.rangeHelp')}
              </Text>
            ) : null}
          </Stack>
        );
      })}
      <Inline space="space.100" alignBlock="center">
        <Button
          spacing="compact"
          isDisabled={!first || filters.length >= MAX_FILTERS}
          onClick={() => first && onChange([...filters, newFilter(nextId, first.name)])}
          testId={`${idPrefix}-add-filter`}
        >
          {I18n.getText('tablewise.export.filter.add')}
        </Button>
        {detail.redactedColumns.length > 0 && (
          <Text size="small" color="color.text.subtlest">
            {I18n.getText('tablewise.export.filter.redactedNote')}
          </Text>
        )}
      </Inline>
    </Stack>
  );
}
