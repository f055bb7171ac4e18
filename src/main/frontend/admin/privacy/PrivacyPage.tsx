import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { PrivacyApi } from '../../api/privacy';
import { useHost } from '../shell/HostContext';
import { PurgeAllButton } from './PurgeAllButton';
import { RetentionForm } from './RetentionForm';
import { usePrivacy, type Problem } from './usePrivacy';

/** DocsServlet's page for docs/privacy.md. */
export const PRIVACY_DOCS_PATH = '/plugins/servlet/tablewise/docs/privacy';

function problemTitle(problem: Problem): string {
  switch (problem.kind) {
    case 'load':
      return I18n.getText('tablewise.privacy.problem.load');
    case 'save':
      return I18n.getText('tablewise.privacy.problem.save');
    case 'purge':
      return I18n.getText('tablewise.privacy.problem.purge');
  }
}

/** What Tablewise stores and for how long (docs/privacy.md), the retention period, and the purge of everything. */
export function PrivacyPage({ api }: { api?: PrivacyApi }) {
  const model = usePrivacy(api);
  const { contextPath } = useHost();
  const { auditDays, problem, busy, purged } = model;
  return (
    <Stack space="space.300" testId="tablewise-privacy-page">
      <Heading size="medium" as="h2">
        {I18n.getText('tablewise.privacy.title')}
      </Heading>
      <Text as="p">{I18n.getText('tablewise.privacy.intro')}</Text>
      <Text as="p">
        {/* Served from the jar by the admin servlet: readable on an instance without internet access. */}
        <a href={`${contextPath}${PRIVACY_DOCS_PATH}`} target="_blank" rel="noopener noreferrer" data-testid="tablewise-privacy-docs">
          {I18n.getText('tablewise.privacy.docs.link')}
        </a>
      </Text>
      {problem && (
        <SectionMessage appearance="error" title={problemTitle(problem)} testId="tablewise-privacy-problem">
          <Text as="p">{problem.message}</Text>
        </SectionMessage>
      )}
      {purged && (
        <SectionMessage appearance="success" testId="tablewise-privacy-purged">
          <Text as="p">
            {I18n.getText('tablewise.privacy.purge.done', purged.auditEntries, purged.events, purged.settings)}
          </Text>
        </SectionMessage>
      )}
      <Stack space="space.150">
        <Heading size="small" as="h3">
          {I18n.getText('tablewise.privacy.retention.title')}
        </Heading>
        {auditDays === null ? (
          !problem && <Spinner label={I18n.getText('tablewise.privacy.loading')} />
        ) : (
          <RetentionForm auditDays={auditDays} isDisabled={busy} onSave={model.saveAuditDays} />
        )}
      </Stack>
      <Stack space="space.150">
        <Heading size="small" as="h3">
          {I18n.getText('tablewise.privacy.purge.title')}
        </Heading>
        <Text as="p">{I18n.getText('tablewise.privacy.purge.body')}</Text>
        <div>
          <PurgeAllButton isDisabled={busy} onPurge={model.purgeAll} />
        </div>
      </Stack>
    </Stack>
  );
}
