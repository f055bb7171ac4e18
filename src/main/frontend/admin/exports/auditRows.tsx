/** The export log table: `AUDIT_HEAD` is a constant, rows come from a pure function of the entries. */
import type { CSSProperties } from 'react';
import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AuditEntry, ExportOutcome } from '../../api/types';
import { formatBytes, formatCount, formatDuration, formatInstant } from '../common/format';
import { Lozenge } from '../common/Lozenge';
import { clientOf, durationMs, entryNote, OUTCOME_APPEARANCE, tablesShown, type ClientName } from './auditLog';

type Column = 'when' | 'who' | 'tables' | 'format' | 'client' | 'rows' | 'bytes' | 'outcome';

function ColumnTitle({ column }: { column: Column }) {
  switch (column) {
    case 'when':
      return <>{I18n.getText('tablewise.exports.column.when')}</>;
    case 'who':
      return <>{I18n.getText('tablewise.exports.column.who')}</>;
    case 'tables':
      return <>{I18n.getText('tablewise.exports.column.tables')}</>;
    case 'format':
      return <>{I18n.getText('tablewise.exports.column.format')}</>;
    case 'client':
      return <>{I18n.getText('tablewise.exports.column.client')}</>;
    case 'rows':
      return <>{I18n.getText('tablewise.exports.column.rows')}</>;
    case 'bytes':
      return <>{I18n.getText('tablewise.exports.column.bytes')}</>;
    case 'outcome':
      return <>{I18n.getText('tablewise.exports.column.outcome')}</>;
  }
}

const cell = (key: Column, width: number) => ({ key, width, content: <ColumnTitle column={key} /> });

export const AUDIT_HEAD: HeadType = {
  cells: [cell('when', 15), cell('who', 11), cell('tables', 21), cell('format', 10), cell('client', 8), cell('rows', 8), cell('bytes', 9), cell('outcome', 18)],
};

export function outcomeLabel(outcome: ExportOutcome): string {
  switch (outcome) {
    case 'COMPLETED':
      return I18n.getText('tablewise.exports.outcome.completed');
    case 'CANCELLED':
      return I18n.getText('tablewise.exports.outcome.cancelled');
    case 'FAILED':
      return I18n.getText('tablewise.exports.outcome.failed');
    case 'RUNNING':
      return I18n.getText('tablewise.exports.outcome.running');
    case 'INTERRUPTED':
      return I18n.getText('tablewise.exports.outcome.interrupted');
  }
}

export function clientLabel(client: ClientName): string {
  switch (client) {
    case 'BROWSER':
      return I18n.getText('tablewise.exports.client.browser');
    case 'CLI':
      return I18n.getText('tablewise.exports.client.cli');
    case 'API':
      return I18n.getText('tablewise.exports.client.api');
    case 'UNKNOWN':
      return I18n.getText('tablewise.exports.client.unknown');
  }
}

const codeStyle: CSSProperties = { fontFamily: token('font.family.code', 'ui-monospace, Menlo, monospace'), fontSize: '12px', overflowWrap: 'anywhere' };
const numberStyle: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
const userStyle: CSSProperties = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
const messageStyle: CSSProperties = { display: 'block', maxWidth: '18rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

function Tables({ tables }: { tables: string[] }) {
  const { names, more } = tablesShown(tables);
  return (
    <span title={tables.join(', ')}>
      <span style={codeStyle}>{names.join(', ')}</span>
      {more > 0 && (
        <Text size="small" color="color.text.subtle">
          {' '}
          {I18n.getText('tablewise.exports.tables.more', formatCount(more))}
        </Text>
      )}
    </span>
  );
}

export function auditRows(entries: readonly AuditEntry[]): RowType[] {
  return entries.map((entry) => {
    const took = durationMs(entry);
    // The server marks an abandoned export without a message; the page says what happened.
    const note = entry.outcome === 'INTERRUPTED' ? I18n.getText('tablewise.exports.outcome.interrupted.note') : entryNote(entry.message);
    const zip = entry.tables.length > 1;
    return {
      key: String(entry.id),
      testId: `tablewise-audit-${entry.id}`,
      cells: [
        {
          key: entry.startedAt,
          content: (
            <Stack space="space.025">
              <span style={{ whiteSpace: 'nowrap' }}>
                <Text>{formatInstant(entry.startedAt)}</Text>
              </span>
              {took !== null && (
                <Text size="small" color="color.text.subtlest">
                  {I18n.getText('tablewise.exports.took', formatDuration(took))}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: entry.user,
          content: (
            <span style={userStyle} title={entry.user}>
              <Text>{entry.user}</Text>
            </span>
          ),
        },
        { key: entry.tables.join(','), content: <Tables tables={entry.tables} /> },
        {
          key: entry.format ?? '',
          content: <Text>{entry.format ? (zip ? I18n.getText('tablewise.exports.format.zip', entry.format) : entry.format) : ''}</Text>,
        },
        { key: clientOf(entry), content: <Text>{clientLabel(clientOf(entry))}</Text> },
        { key: entry.rows, content: <span style={numberStyle}><Text>{formatCount(entry.rows)}</Text></span> },
        { key: entry.bytes, content: <span style={numberStyle}><Text>{formatBytes(entry.bytes)}</Text></span> },
        {
          key: entry.outcome,
          content: (
            <Stack space="space.050">
              <Inline space="space.050" shouldWrap>
                <Lozenge appearance={OUTCOME_APPEARANCE[entry.outcome]} isBold={entry.outcome !== 'RUNNING'} testId={`tablewise-audit-outcome-${entry.id}`}>
                  {outcomeLabel(entry.outcome)}
                </Lozenge>
                {entry.revealed && (
                  <Lozenge appearance="moved" title={I18n.getText('tablewise.exports.revealed.title')}>
                    {I18n.getText('tablewise.exports.revealed')}
                  </Lozenge>
                )}
              </Inline>
              {note && (
                <span style={messageStyle} title={entry.message ?? note}>
                  <Text size="small" color="color.text.subtlest">
                    {note}
                  </Text>
                </span>
              )}
            </Stack>
          ),
        },
      ],
    };
  });
}
