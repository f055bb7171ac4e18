import type { CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { PendingExport } from '../../export/browser';
import { overallValue, tableBars } from './exportProgress';
import type { CurrentExport } from './exportSession';
import { formatBytes, formatCount, formatDuration, formatPercent } from './format';
import { Lozenge } from './Lozenge';
import { formatName, overallStats, retryText, stateAppearance, stateLabel, tableBarText } from './progressText';

const cardStyle: CSSProperties = {
  border: `1px solid ${token('color.border', '#0B120E24')}`,
  borderRadius: token('radius.large', '8px'),
  backgroundColor: token('elevation.surface', '#FFFFFF'),
  padding: `${token('space.200', '16px')} ${token('space.250', '20px')}`,
};

/** Many tables scroll inside the panel rather than pushing the catalog off the screen. */
const MANY_TABLES = 8;

const gridStyle = (many: boolean): CSSProperties => ({
  display: 'grid',
  gridTemplateColumns: 'minmax(10rem, 2fr) minmax(8rem, 3fr) minmax(10rem, 2fr)',
  columnGap: token('space.200', '16px'),
  rowGap: token('space.100', '8px'),
  alignItems: 'center',
  ...(many ? { maxHeight: '16rem', overflowY: 'auto', paddingRight: token('space.100', '8px') } : {}),
});

const tableNameStyle: CSSProperties = {
  fontFamily: token('font.family.code', 'ui-monospace, Menlo, monospace'),
  fontSize: '13px',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
};

const numbersStyle: CSSProperties = { fontVariantNumeric: 'tabular-nums' };

interface Props {
  current: CurrentExport;
  onCancel: () => void;
  onDismiss: () => void;
  /** Continue a failed export that left a checkpoint (ask for permission first). */
  onResume: (pending: PendingExport) => void;
  onDiscard: (pending: PendingExport) => void;
}

function destinationText(current: CurrentExport): string {
  switch (current.plan.destination) {
    case 'file':
      return I18n.getText('tablewise.progress.destination.file', current.plan.fileName);
    case 'directory':
      return I18n.getText('tablewise.progress.destination.directory', current.plan.fileName);
    case 'download':
      return I18n.getText('tablewise.progress.destination.download', current.plan.fileName);
  }
}

function title(current: CurrentExport): string {
  const count = current.plan.tables.length;
  switch (current.progress.state) {
    case 'completed':
      return I18n.getText('tablewise.progress.title.completed');
    case 'cancelled':
      return I18n.getText('tablewise.progress.title.cancelled');
    case 'failed':
      return I18n.getText('tablewise.progress.title.failed');
    default:
      return count === 1
        ? I18n.getText('tablewise.progress.title.one', current.plan.tables[0]?.table ?? '')
        : I18n.getText('tablewise.progress.title.many', formatCount(count));
  }
}

/** The outcome under the bars once the worker is done. */
function Outcome({ current, onResume, onDiscard }: Pick<Props, 'current' | 'onResume' | 'onDiscard'>) {
  const { result, crash, resumable } = current;
  if (crash !== null) {
    return (
      <SectionMessage appearance="error" title={I18n.getText('tablewise.progress.crash')}>
        <Text as="p">{crash}</Text>
      </SectionMessage>
    );
  }
  if (!result) return null;
  if (result.outcome === 'COMPLETED') {
    return (
      <SectionMessage appearance="success" title={I18n.getText('tablewise.progress.completed.title', result.fileName)} testId="tablewise-export-completed">
        <Stack space="space.100">
          <Text as="p">
            {I18n.getText('tablewise.progress.completed.body', formatCount(result.rows), formatBytes(result.bytes), formatDuration(current.progress.elapsedMs))}
          </Text>
          {current.plan.destination === 'download' && <Text as="p">{I18n.getText('tablewise.progress.completed.download')}</Text>}
          {result.warnings.length > 0 && (
            <ul style={{ margin: 0 }}>
              {result.warnings.map((warning) => (
                <li key={warning}>
                  <Text>{warning}</Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      </SectionMessage>
    );
  }
  if (result.outcome === 'CANCELLED') {
    return (
      <SectionMessage appearance="information" title={I18n.getText('tablewise.progress.cancelled.title')} testId="tablewise-export-cancelled">
        <Text as="p">{I18n.getText('tablewise.progress.cancelled.body')}</Text>
      </SectionMessage>
    );
  }
  const actions = resumable
    ? [
        <SectionMessageAction key="resume" onClick={() => onResume(resumable)}>
          {I18n.getText('tablewise.resume.action')}
        </SectionMessageAction>,
        <SectionMessageAction key="discard" onClick={() => onDiscard(resumable)}>
          {I18n.getText('tablewise.resume.discard')}
        </SectionMessageAction>,
      ]
    : [];
  return (
    <SectionMessage appearance="error" title={I18n.getText('tablewise.progress.failed.title')} actions={actions} testId="tablewise-export-failed">
      <Stack space="space.100">
        <Text as="p">{result.error?.message ?? ''}</Text>
        <Text as="p">
          {resumable ? I18n.getText('tablewise.progress.failed.resumable') : I18n.getText('tablewise.progress.failed.nothingSaved')}
        </Text>
      </Stack>
    </SectionMessage>
  );
}

/** One export's progress: a bar per table and one overall, then its outcome. */
export function ExportProgressPanel({ current, onCancel, onDismiss, onResume, onDiscard }: Props) {
  const { progress, plan } = current;
  const finished = current.result !== null || current.crash !== null;
  const overall = overallValue(plan.tables, progress);
  const bars = tableBars(plan.tables, progress, current.finished);
  const overallLabel = I18n.getText('tablewise.progress.overall');
  return (
    <section style={cardStyle} aria-label={title(current)} data-testid="tablewise-export-progress" data-state={progress.state}>
      <Stack space="space.200">
        <Inline space="space.200" alignBlock="start" spread="space-between">
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center">
              <Heading size="small" as="h2">
                {title(current)}
              </Heading>
              <Lozenge appearance={stateAppearance(progress.state)} testId="tablewise-export-state">
                {stateLabel(progress.state)}
              </Lozenge>
            </Inline>
            <Text color="color.text.subtle">
              {progress.state === 'cancelled' || progress.state === 'failed'
                ? `${plan.fileName} \u00b7 ${formatName(plan.format, plan.tables.length)}`
                : `${destinationText(current)} \u00b7 ${formatName(plan.format, plan.tables.length)}`}
            </Text>
          </Stack>
          {finished ? (
            <Button onClick={onDismiss}>{I18n.getText('tablewise.action.dismiss')}</Button>
          ) : (
            <Button onClick={onCancel} isDisabled={current.cancelling} testId="tablewise-export-cancel">
              {current.cancelling ? I18n.getText('tablewise.progress.cancelling') : I18n.getText('tablewise.action.cancel')}
            </Button>
          )}
        </Inline>

        <Stack space="space.075">
          <Inline space="space.100" spread="space-between" alignBlock="baseline">
            <Text weight="medium">{overallLabel}</Text>
            {overall !== null && (
              <span style={numbersStyle}>
                <Text color="color.text.subtle">{formatPercent(overall)}</Text>
              </span>
            )}
          </Inline>
          <ProgressBar
            ariaLabel={overallLabel}
            value={overall ?? 0}
            isIndeterminate={overall === null && !finished}
            appearance={progress.state === 'completed' ? 'success' : 'default'}
            testId="tablewise-progress-overall"
          />
          <span style={numbersStyle} data-testid="tablewise-progress-stats">
            <Text color="color.text.subtle">{overallStats(progress).join(' \u00b7 ')}</Text>
          </span>
        </Stack>

        {progress.state === 'retrying' && progress.retry && (
          <SectionMessage appearance="warning" title={I18n.getText('tablewise.progress.retry.title')} testId="tablewise-export-retrying">
            <Stack space="space.050">
              <Text as="p">{retryText(progress.retry)}</Text>
              <Text as="p" color="color.text.subtle">
                {progress.retry.message}
              </Text>
            </Stack>
          </SectionMessage>
        )}

        {plan.tables.length > 1 && (
          <div style={gridStyle(plan.tables.length > MANY_TABLES)} role="list" aria-label={I18n.getText('tablewise.progress.tables')} tabIndex={plan.tables.length > MANY_TABLES ? 0 : undefined}>
            {bars.map((bar) => (
              <div key={bar.table} role="listitem" style={{ display: 'contents' }} data-testid={`tablewise-progress-table-${bar.table}`}>
                <span style={tableNameStyle} title={bar.table}>
                  {bar.table}
                </span>
                <ProgressBar
                  ariaLabel={I18n.getText('tablewise.progress.tableLabel', bar.table)}
                  value={bar.value ?? 0}
                  isIndeterminate={bar.value === null}
                  appearance={bar.state === 'done' ? 'success' : 'default'}
                />
                <span style={numbersStyle}>
                  <Text size="small" color={bar.state === 'waiting' ? 'color.text.subtlest' : 'color.text.subtle'}>
                    {tableBarText(bar)}
                  </Text>
                </span>
              </div>
            ))}
          </div>
        )}

        <Outcome current={current} onResume={onResume} onDiscard={onDiscard} />
      </Stack>
    </section>
  );
}
