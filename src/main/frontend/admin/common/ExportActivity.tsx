import { useEffect, useState } from 'react';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import SectionMessage from '@atlaskit/section-message';
import { I18n } from '@atlassian/wrm-react-i18n';
import { ensureWritePermission, type PendingExport } from '../../export/browser';
import { planFromPending } from './exportPlan';
import { ExportProgressPanel } from './ExportProgressPanel';
import { PendingExports } from './PendingExports';
import { useExportSession } from './useExportSession';

interface Props {
  /** Catalog estimates, when the page has them, for the resumed export's bars. */
  estimateOf?: (table: string) => number | null;
}

/**
 * This page's export (progress and outcome) and the exports that stopped earlier and can
 * continue; the Tables and Exports sections both show it at their top.
 */
export function ExportActivity({ estimateOf }: Props) {
  const [{ current, pending }, session] = useExportSession();
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void session.refreshPending();
  }, [session]);

  const resume = async (p: PendingExport): Promise<void> => {
    setProblem(null);
    // First, while the click still counts: a handle from an earlier page asks again.
    let allowed: boolean;
    try {
      allowed = await ensureWritePermission(p.target);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      return;
    }
    if (!allowed) {
      setProblem(I18n.getText('tablewise.resume.permission'));
      return;
    }
    await session.resume(p, planFromPending(p, estimateOf));
  };

  const running = session.running;
  if (!current && pending.length === 0 && !problem) return null;
  return (
    <Stack space="space.200">
      {problem && (
        <SectionMessage appearance="error" title={I18n.getText('tablewise.resume.failed')}>
          <Text as="p">{problem}</Text>
        </SectionMessage>
      )}
      {current && (
        <ExportProgressPanel
          current={current}
          onCancel={() => session.cancel()}
          onDismiss={() => session.dismiss()}
          onResume={(p) => void resume(p)}
          onDiscard={(p) => void session.discard(p)}
        />
      )}
      <PendingExports pending={pending} canResume={!running} onResume={(p) => void resume(p)} onDiscard={(p) => void session.discard(p)} />
    </Stack>
  );
}
