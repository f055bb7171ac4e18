import { I18n } from '@atlassian/wrm-react-i18n';
import { PagePlaceholder } from '../common/PagePlaceholder';

export function PrivacyPage() {
  return (
    <PagePlaceholder
      title={I18n.getText('tablewise.privacy.title')}
      description={I18n.getText('tablewise.privacy.placeholder')}
    />
  );
}
