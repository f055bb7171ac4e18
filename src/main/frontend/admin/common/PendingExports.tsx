import { useState } from 'react';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { PendingExport } from '../../export/browser';
import { pendingShare } from './exportPlan';
import { formatBytes, formatCount, formatInstant, formatPercent } from './format';

interface Props {
  pending: PendingExport[];
  /** Disabled while another export runs in this page. */
  canResume: boolean;
  onResume: (pending: PendingExport) => void;
  onDiscard: (pending: PendingExport) => void;
}

function summary(pending: PendingExport): string {
  const rows = formatCount(pending.checkpoint.rows);
  const share = pendingShare(pending);
  const when = formatInstant(pending.updatedAt);
  return share === null
    ? I18n.getText('tablewise.resume.body', pending.fileName, rows, formatBytes(pending.checkpoint.bytes), when)
    : I18n.getText('tablewise.resume.bodyShare', pending.fileName, rows, formatPercent(share), when);
}

/** Exports that stopped before they ended (a failure, a closed page) and can continue. */
export function PendingExports({ pending, canResume, onResume, onDiscard }: Props) {
  const [busy, setBusy] = useState<string | null>(null);
  if (pending.length === 0) return null;
  return (
    <Stack space="space.100">
      {pending.map((p) => (
        <SectionMessage
          key={p.id}
          appearance="warning"
          title={
            p.tables.length === 1
              ? I18n.getText('tablewise.resume.title.one', p.tables[0] ?? '')
              : I18n.getText('tablewise.resume.title.many', formatCount(p.tables.length))
          }
          testId="tablewise-pending-export"
          actions={
            busy === p.id
              ? []
              : [
                  ...(canResume
                    ? [
                        <SectionMessageAction key="resume" onClick={() => onResume(p)} testId="tablewise-resume">
                          {I18n.getText('tablewise.resume.action')}
                        </SectionMessageAction>,
                      ]
                    : []),
                  <SectionMessageAction
                    key="discard"
                    onClick={() => {
                      setBusy(p.id);
                      onDiscard(p);
                    }}
                  >
                    {I18n.getText('tablewise.resume.discard')}
                  </SectionMessageAction>,
                ]
          }
        >
          <Stack space="space.050">
            <Text as="p">{summary(p)}</Text>
            <Text as="p" color="color.text.subtle">
              {I18n.getText('tablewise.resume.explain')}
            </Text>
          </Stack>
        </SectionMessage>
      ))}
    </Stack>
  );
}
