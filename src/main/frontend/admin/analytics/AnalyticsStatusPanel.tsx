import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AnalyticsError, AnalyticsStatus } from '../../api/types';
import { formatCount, formatInstant } from './format';

function Fact({ label, value, testId }: { label: string; value: ReactNode; testId: string }) {
  return (
    <Stack space="space.050" testId={testId}>
      <Text size="small" weight="bold" color="color.text.subtle">
        {label}
      </Text>
      <Text>{value}</Text>
    </Stack>
  );
}

function LastError({ error, nextAttemptAt }: { error: AnalyticsError; nextAttemptAt: string | null }) {
  const answer = error.status === 0 ? I18n.getText('tablewise.analytics.error.noAnswer') : `HTTP ${error.status}`;
  return (
    <SectionMessage
      appearance={error.retrying ? 'warning' : 'error'}
      title={
        error.retrying
          ? I18n.getText('tablewise.analytics.error.retrying.title')
          : I18n.getText('tablewise.analytics.error.refused.title')
      }
      testId="tablewise-analytics-last-error"
    >
      <Stack space="space.100">
        <Text as="p">{I18n.getText('tablewise.analytics.error.when', formatInstant(error.at), answer)}</Text>
        <Text as="p" color="color.text.subtle">
          {error.message}
        </Text>
        {nextAttemptAt && (
          <Text as="p">{I18n.getText('tablewise.analytics.error.next', formatInstant(nextAttemptAt))}</Text>
        )}
      </Stack>
    </SectionMessage>
  );
}

/** Queue, drops, last success and last error: what an administrator needs to trust the sender. */
export function AnalyticsStatusPanel({ status }: { status: AnalyticsStatus }) {
  return (
    <Stack space="space.200" testId="tablewise-analytics-status">
      <Heading size="small" as="h3">
        {I18n.getText('tablewise.analytics.status.title')}
      </Heading>
      <Inline space="space.400" shouldWrap>
        <Fact
          label={I18n.getText('tablewise.analytics.status.queued')}
          value={formatCount(status.queued)}
          testId="tablewise-analytics-queued"
        />
        <Fact
          label={I18n.getText('tablewise.analytics.status.dropped')}
          value={formatCount(status.dropped)}
          testId="tablewise-analytics-dropped"
        />
        <Fact
          label={I18n.getText('tablewise.analytics.status.lastSuccess')}
          value={
            status.lastSuccessAt
              ? formatInstant(status.lastSuccessAt)
              : I18n.getText('tablewise.analytics.status.never')
          }
          testId="tablewise-analytics-last-success"
        />
        <Fact
          label={I18n.getText('tablewise.analytics.status.lastError')}
          value={status.lastError ? formatInstant(status.lastError.at) : I18n.getText('tablewise.analytics.status.none')}
          testId="tablewise-analytics-last-error-at"
        />
      </Inline>
      {status.lastError && status.state !== 'ON' && (
        <LastError error={status.lastError} nextAttemptAt={status.nextAttemptAt} />
      )}
    </Stack>
  );
}
