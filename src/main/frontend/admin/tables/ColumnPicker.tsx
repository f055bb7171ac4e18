import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { ColumnInfo, TableDetail } from '../../api/types';
import { formatCount } from '../common/format';
import { Lozenge } from '../common/Lozenge';

const listStyle: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
  columnGap: token('space.200', '16px'),
  maxHeight: '14rem',
  overflowY: 'auto',
  padding: token('space.050', '4px'),
  border: `1px solid ${token('color.border', '#0B120E24')}`,
  borderRadius: token('radius.small', '4px'),
};

const nameStyle: CSSProperties = { fontFamily: token('font.family.code', 'ui-monospace, Menlo, monospace'), fontSize: '12px' };

/** The chosen columns in the table's order; null when that is all of them. */
export function chooseColumns(detail: TableDetail, chosen: ReadonlySet<string>): string[] | null {
  const names = detail.columns.map((c) => c.name).filter((name) => chosen.has(name));
  return names.length === detail.columns.length ? null : names;
}

function ColumnLabel({ column }: { column: ColumnInfo }) {
  return (
    <Inline space="space.075" alignBlock="center">
      <span style={nameStyle}>{column.name}</span>
      <Text size="small" color="color.text.subtlest">
        {column.typeName}
      </Text>
      {column.redaction && (
        <Lozenge appearance="moved" title={I18n.getText('tablewise.export.columns.redactedTitle', column.redaction.rule)}>
          {I18n.getText('tablewise.export.columns.redacted')}
        </Lozenge>
      )}
    </Inline>
  );
}

interface Props {
  detail: TableDetail;
  /** null: all. */
  columns: string[] | null;
  error: string | null;
  onChange: (columns: string[] | null) => void;
}

/** Which columns to export; every column by default. Redacted ones come out empty unless revealed. */
export function ColumnPicker({ detail, columns, error, onChange }: Props) {
  const chosen = new Set(columns ?? detail.columns.map((c) => c.name));
  const toggle = (name: string) => {
    const next = new Set(chosen);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    onChange(chooseColumns(detail, next));
  };
  return (
    <Stack space="space.075">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <Text size="small" color="color.text.subtle">
          {I18n.getText('tablewise.export.columns.count', formatCount(chosen.size), formatCount(detail.columns.length))}
        </Text>
        <Inline space="space.050">
          <Button appearance="subtle" spacing="compact" onClick={() => onChange(null)}>
            {I18n.getText('tablewise.export.columns.all')}
          </Button>
          <Button appearance="subtle" spacing="compact" onClick={() => onChange([])}>
            {I18n.getText('tablewise.export.columns.none')}
          </Button>
        </Inline>
      </Inline>
      <div style={listStyle} role="group" aria-label={I18n.getText('tablewise.export.columns.label', detail.name)}>
        {detail.columns.map((column) => (
          <Checkbox
            key={column.name}
            isChecked={chosen.has(column.name)}
            onChange={() => toggle(column.name)}
            label={<ColumnLabel column={column} />}
            name={`${detail.name}-columns`}
            value={column.name}
          />
        ))}
      </div>
      {detail.redactedColumns.length > 0 && (
        <Text size="small" color="color.text.subtlest">
          {I18n.getText('tablewise.export.columns.redactedNote')}
        </Text>
      )}
      {error && (
        <span role="alert">
          <Text size="small" color="color.text.danger">
            {error}
          </Text>
        </span>
      )}
    </Stack>
  );
}
