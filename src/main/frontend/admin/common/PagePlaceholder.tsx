import type { CSSProperties } from 'react';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';

// Fallbacks are the light theme's values: the product owns the theme (we never set one), and
// a host without design tokens must still get a legible page.
const cardStyle: CSSProperties = {
  border: `1px dashed ${token('color.border', '#0B120E24')}`,
  borderRadius: token('radius.large', '8px'),
  backgroundColor: token('elevation.surface.sunken', '#F8F8F8'),
  padding: `${token('space.500', '40px')} ${token('space.400', '32px')}`,
};

// Shaped like a subtle "discovery" lozenge, without @atlaskit/lozenge's popup and icon weight.
const badgeStyle: CSSProperties = {
  display: 'inline-block',
  borderRadius: token('radius.small', '4px'),
  backgroundColor: token('color.background.discovery', '#F8EEFE'),
  padding: `0 ${token('space.050', '4px')}`,
  textTransform: 'uppercase',
};

const descriptionStyle: CSSProperties = { maxWidth: '36rem' };

interface Props {
  title: string;
  /** What the page will hold, for people looking at it before it exists. */
  description: string;
}

/** The body of a page that another change will fill in, laid out as an empty state. */
export function PagePlaceholder({ title, description }: Props) {
  return (
    <div style={cardStyle}>
      <Stack space="space.150" alignInline="center">
        <span style={badgeStyle}>
          <Text size="small" weight="bold" color="color.text.discovery">
            {I18n.getText('tablewise.admin.placeholder.badge')}
          </Text>
        </span>
        <Heading size="medium" as="h2">
          {title}
        </Heading>
        <div style={descriptionStyle}>
          <Text as="p" align="center" color="color.text.subtle">
            {description}
          </Text>
        </div>
      </Stack>
    </div>
  );
}
