import Toggle from '@atlaskit/toggle';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AnalyticsState } from '../../api/types';
import { AnalyticsStateLozenge } from './AnalyticsStateLozenge';

const TOGGLE_ID = 'tablewise-analytics-enabled';
const DESCRIPTION_ID = 'tablewise-analytics-enabled-description';

interface Props {
  enabled: boolean;
  state: AnalyticsState;
  isDisabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** The opt-in switch, its label and the state lozenge. */
export function AnalyticsSwitch({ enabled, state, isDisabled, onChange }: Props) {
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center">
        <Toggle
          id={TOGGLE_ID}
          isChecked={enabled}
          isDisabled={isDisabled}
          descriptionId={DESCRIPTION_ID}
          onChange={(event) => onChange(event.target.checked)}
          testId="tablewise-analytics-toggle"
        />
        <label htmlFor={TOGGLE_ID}>
          <Text weight="medium">{I18n.getText('tablewise.analytics.switch.label')}</Text>
        </label>
        <AnalyticsStateLozenge state={state} />
      </Inline>
      <span id={DESCRIPTION_ID}>
        <Text size="small" color="color.text.subtle">
          {enabled
            ? I18n.getText('tablewise.analytics.switch.on')
            : I18n.getText('tablewise.analytics.switch.off')}
        </Text>
      </span>
    </Stack>
  );
}
