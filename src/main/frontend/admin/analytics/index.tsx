import { I18n } from '@atlassian/wrm-react-i18n';
import { PagePlaceholder } from '../common/PagePlaceholder';

export function AnalyticsPage() {
  return (
    <PagePlaceholder
      title={I18n.getText('tablewise.analytics.title')}
      description={I18n.getText('tablewise.analytics.placeholder')}
    />
  );
}
