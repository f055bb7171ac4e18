import { useEffect, useRef } from 'react';
import Button from '@atlaskit/button/new';
import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import Spinner from '@atlaskit/spinner';
import { I18n } from '@atlassian/wrm-react-i18n';
import { ApiErrorMessage } from '../common/ApiErrorMessage';
import { ExportActivity } from '../common/ExportActivity';
import { useExportSession } from '../common/useExportSession';
import { SectionHeading } from '../common/VisuallyHidden';
import { AUDIT_HEAD, auditRows } from './auditRows';
import { useAuditLog } from './useAuditLog';

/** Past and running exports from the audit log, newest first; older ones on demand. */
export function ExportsPage() {
  const log = useAuditLog();
  const [{ current }] = useExportSession();
  const { reload } = log;

  // When this page's own export ends, its audit entry has changed: read the log again.
  const outcome = current?.result?.outcome ?? null;
  const previous = useRef(outcome);
  useEffect(() => {
    if (outcome !== null && previous.current === null) reload();
    previous.current = outcome;
  }, [outcome, reload]);

  return (
    <Stack space="space.300">
      <SectionHeading>{I18n.getText('tablewise.exports.title')}</SectionHeading>
      <ExportActivity />
      <Inline space="space.200" alignBlock="center" spread="space-between">
        <Text as="p" color="color.text.subtle">
          {I18n.getText('tablewise.exports.intro')}
        </Text>
        <Button onClick={reload} isDisabled={log.status === 'loading'} testId="tablewise-exports-refresh">
          {I18n.getText('tablewise.action.refresh')}
        </Button>
      </Inline>
      {log.status === 'error' ? (
        <ApiErrorMessage title={I18n.getText('tablewise.exports.loadFailed')} error={log.error} onRetry={reload} testId="tablewise-exports-error" />
      ) : (
        <Stack space="space.200">
          <DynamicTableStateless
            label={I18n.getText('tablewise.exports.label')}
            head={AUDIT_HEAD}
            rows={auditRows(log.entries)}
            isLoading={log.status === 'loading'}
            loadingLabel={I18n.getText('tablewise.exports.loading')}
            emptyView={
              <Stack space="space.100" alignInline="center">
                <Text weight="medium">{I18n.getText('tablewise.exports.empty.title')}</Text>
                <Text color="color.text.subtle">{I18n.getText('tablewise.exports.empty.body')}</Text>
              </Stack>
            }
            testId="tablewise-exports"
          />
          {log.status === 'ready' && log.error !== null && (
            <ApiErrorMessage title={I18n.getText('tablewise.exports.moreFailed')} error={log.error} onRetry={log.loadMore} />
          )}
          {log.hasMore && (
            <Inline alignInline="center">
              <Button onClick={log.loadMore} isLoading={log.loadingMore} testId="tablewise-exports-more">
                {I18n.getText('tablewise.exports.more')}
              </Button>
            </Inline>
          )}
          {log.status === 'loading' && log.entries.length === 0 && (
            <Inline space="space.100" alignBlock="center" alignInline="center">
              <Spinner size="small" label={I18n.getText('tablewise.exports.loading')} />
            </Inline>
          )}
        </Stack>
      )}
    </Stack>
  );
}
