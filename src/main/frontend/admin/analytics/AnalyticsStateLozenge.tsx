import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AnalyticsState } from '../../api/types';

const APPEARANCE: Record<AnalyticsState, ThemeAppearance> = {
  OFF: 'default',
  ON: 'success',
  RETRYING: 'moved',
  REFUSED: 'removed',
};

function label(state: AnalyticsState): string {
  // One literal key per state: the product's i18n transform only sees literal keys.
  switch (state) {
    case 'OFF':
      return I18n.getText('tablewise.analytics.state.off');
    case 'ON':
      return I18n.getText('tablewise.analytics.state.on');
    case 'RETRYING':
      return I18n.getText('tablewise.analytics.state.retrying');
    case 'REFUSED':
      return I18n.getText('tablewise.analytics.state.refused');
  }
}

export function AnalyticsStateLozenge({ state }: { state: AnalyticsState }) {
  return (
    <Lozenge appearance={APPEARANCE[state]} isBold={state !== 'OFF'} testId="tablewise-analytics-state">
      {label(state)}
    </Lozenge>
  );
}
