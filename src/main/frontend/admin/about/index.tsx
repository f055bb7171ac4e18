import { I18n } from '@atlassian/wrm-react-i18n';
import { PagePlaceholder } from '../common/PagePlaceholder';

export function AboutPage() {
  return (
    <PagePlaceholder
      title={I18n.getText('tablewise.about.title')}
      description={I18n.getText('tablewise.about.placeholder')}
    />
  );
}
