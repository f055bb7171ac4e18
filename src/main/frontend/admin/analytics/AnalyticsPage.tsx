import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AnalyticsApi } from '../../api/analytics';
import { AnalyticsStatusPanel } from './AnalyticsStatusPanel';
import { AnalyticsSwitch } from './AnalyticsSwitch';
import { formatCount } from './format';
import { PreviewTable } from './PreviewTable';
import { PurgeButton } from './PurgeButton';
import { useAnalytics, type Problem } from './useAnalytics';

function problemTitle(problem: Problem): string {
  switch (problem.kind) {
    case 'load':
      return I18n.getText('tablewise.analytics.problem.load');
    case 'save':
      return I18n.getText('tablewise.analytics.problem.save');
    case 'purge':
      return I18n.getText('tablewise.analytics.problem.purge');
  }
}

/**
 * Opt-in usage analytics: the switch (off by default), what would be sent (the next batch's
 * rows, decoded), the sender's status when on, and a purge of everything recorded.
 */
export function AnalyticsPage({ api }: { api?: AnalyticsApi }) {
  const model = useAnalytics(api);
  const { view, preview, problem, busy } = model;
  return (
    <Stack space="space.300" testId="tablewise-analytics-page">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="medium" as="h2">
          {I18n.getText('tablewise.analytics.title')}
        </Heading>
        <Button appearance="subtle" isDisabled={busy || !view} onClick={() => void model.refresh()}>
          {I18n.getText('tablewise.analytics.refresh')}
        </Button>
      </Inline>
      {problem && (
        <SectionMessage appearance="error" title={problemTitle(problem)} testId="tablewise-analytics-problem">
          <Text as="p">{problem.message}</Text>
        </SectionMessage>
      )}
      {!view || !preview ? (
        !problem && <Spinner label={I18n.getText('tablewise.analytics.loading')} />
      ) : (
        <>
          <SectionMessage
            appearance="information"
            title={
              view.settings.enabled
                ? I18n.getText('tablewise.analytics.intro.title.on')
                : I18n.getText('tablewise.analytics.intro.title')
            }
          >
            <Text as="p">{I18n.getText('tablewise.analytics.intro.body')}</Text>
          </SectionMessage>
          <AnalyticsSwitch
            enabled={view.settings.enabled}
            state={view.status.state}
            isDisabled={busy}
            onChange={(enabled) => void model.setEnabled(enabled)}
          />
          {view.settings.enabled ? (
            <AnalyticsStatusPanel status={view.status} />
          ) : (
            <Text as="p" color="color.text.subtle" testId="tablewise-analytics-kept">
              {I18n.getText('tablewise.analytics.off.kept', formatCount(view.status.queued))}
            </Text>
          )}
          <Stack space="space.150">
            <Heading size="small" as="h3">
              {I18n.getText('tablewise.analytics.preview.title')}
            </Heading>
            <Text as="p" color="color.text.subtle">
              {I18n.getText(
                'tablewise.analytics.preview.description',
                formatCount(preview.rows.length),
                formatCount(preview.queued),
                preview.endpoint,
              )}
            </Text>
            <PreviewTable rows={preview.rows} />
          </Stack>
          <Inline space="space.150" alignBlock="center">
            <PurgeButton queued={view.status.queued} isDisabled={busy} onPurge={model.purge} />
            {model.purged !== null && (
              <Text color="color.text.subtle" testId="tablewise-analytics-purged">
                {I18n.getText('tablewise.analytics.purge.done', formatCount(model.purged))}
              </Text>
            )}
          </Inline>
        </>
      )}
    </Stack>
  );
}
