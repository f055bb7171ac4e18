import { I18n } from '@atlassian/wrm-react-i18n';
import { PagePlaceholder } from '../common/PagePlaceholder';

export function TablesPage() {
  return (
    <PagePlaceholder
      title={I18n.getText('tablewise.tables.title')}
      description={I18n.getText('tablewise.tables.placeholder')}
    />
  );
}
