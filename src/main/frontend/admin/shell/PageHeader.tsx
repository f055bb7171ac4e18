import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives/compiled/inline';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { Product } from '../host';
import { useHost } from './HostContext';

function productName(product: Product): string {
  // One literal call per product: the product's i18n transform only sees literal keys.
  return product === 'jira'
    ? I18n.getText('tablewise.product.jira')
    : I18n.getText('tablewise.product.confluence');
}

/** Title, one-line purpose and version, laid out like the product's own admin page headers. */
export function PageHeader() {
  const { product, appVersion } = useHost();
  const description = product
    ? I18n.getText('tablewise.admin.description', productName(product))
    : I18n.getText('tablewise.admin.description.generic');
  return (
    <Stack space="space.100">
      <Inline space="space.150" alignBlock="baseline" shouldWrap>
        <Heading size="large" as="h1">
          {I18n.getText('tablewise.admin.title')}
        </Heading>
        {appVersion && (
          <Text size="small" color="color.text.subtlest">
            {I18n.getText('tablewise.admin.version', appVersion)}
          </Text>
        )}
      </Inline>
      <Text as="p" color="color.text.subtle">
        {description}
      </Text>
    </Stack>
  );
}
