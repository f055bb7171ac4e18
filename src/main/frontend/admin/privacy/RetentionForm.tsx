import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';

// The server's rule (RetentionSettings): checked here too so a typo never leaves the page.
const MIN_DAYS = 1;
const MAX_DAYS = 3650;

function parseDays(text: string): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const days = Number(text.trim());
  return days >= MIN_DAYS && days <= MAX_DAYS ? days : null;
}

interface Props {
  auditDays: number;
  isDisabled: boolean;
  onSave: (days: number) => Promise<void>;
}

/** How many days audit entries are kept before the daily job deletes them. */
export function RetentionForm({ auditDays, isDisabled, onSave }: Props) {
  const [text, setText] = useState(String(auditDays));
  useEffect(() => setText(String(auditDays)), [auditDays]);
  const days = parseDays(text);
  return (
    <Stack space="space.100">
      <label htmlFor="tablewise-retention-days">
        <Text weight="medium">{I18n.getText('tablewise.privacy.retention.label')}</Text>
      </label>
      <Inline space="space.100" alignBlock="center">
        <Textfield
          id="tablewise-retention-days"
          width="small"
          inputMode="numeric"
          value={text}
          isInvalid={days === null}
          isDisabled={isDisabled}
          onChange={(event) => setText(event.currentTarget.value)}
          testId="tablewise-retention-days"
        />
        <Button
          appearance="primary"
          isDisabled={isDisabled || days === null || days === auditDays}
          onClick={() => days !== null && void onSave(days)}
          testId="tablewise-retention-save"
        >
          {I18n.getText('tablewise.privacy.retention.save')}
        </Button>
      </Inline>
      <Text as="p" color={days === null ? 'color.text.danger' : 'color.text.subtle'}>
        {days === null
          ? I18n.getText('tablewise.privacy.retention.invalid')
          : I18n.getText('tablewise.privacy.retention.help')}
      </Text>
    </Stack>
  );
}
