import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import { ApiError } from '../../api/http';

/** What went wrong, for people: the server's message, and what to do for the usual causes. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.errorCode) {
      case 'NOT_AUTHENTICATED':
      case 'WEBSUDO_REQUIRED':
        return I18n.getText('tablewise.error.session');
      case 'NOT_SYSTEM_ADMIN':
        return I18n.getText('tablewise.error.admin');
      case 'NETWORK_ERROR':
        return I18n.getText('tablewise.error.network');
      default:
        return error.message;
    }
  }
  return error instanceof Error ? error.message : String(error);
}

interface Props {
  title: string;
  error: unknown;
  /** Offered as the message's action, e.g. "Try again". */
  onRetry?: () => void;
  testId?: string;
}

export function ApiErrorMessage({ title, error, onRetry, testId }: Props) {
  return (
    <SectionMessage
      appearance="error"
      title={title}
      testId={testId}
      actions={onRetry ? [<SectionMessageAction key="retry" onClick={onRetry}>{I18n.getText('tablewise.action.retry')}</SectionMessageAction>] : []}
    >
      <Text as="p">{errorText(error)}</Text>
    </SectionMessage>
  );
}
