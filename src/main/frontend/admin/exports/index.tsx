import { I18n } from '@atlassian/wrm-react-i18n';
import { PagePlaceholder } from '../common/PagePlaceholder';

export function ExportsPage() {
  return (
    <PagePlaceholder
      title={I18n.getText('tablewise.exports.title')}
      description={I18n.getText('tablewise.exports.placeholder')}
    />
  );
}
