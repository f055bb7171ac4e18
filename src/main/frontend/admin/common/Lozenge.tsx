import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'new' | 'moved';

// Looks like @atlaskit/lozenge (subtle and bold), without its popup, icon and theme weight;
// fallbacks are the light theme's values (the product owns the theme).
const SUBTLE: Record<LozengeAppearance, [string, string]> = {
  default: [token('color.background.neutral', '#0515240F'), token('color.text.subtle', '#505258')],
  success: [token('color.background.success', '#EFFFD6'), token('color.text.success', '#4C6B1F')],
  removed: [token('color.background.danger', '#FFECEB'), token('color.text.danger', '#AE2E24')],
  inprogress: [token('color.background.information', '#E9F2FF'), token('color.text.information', '#0055CC')],
  new: [token('color.background.discovery', '#F3F0FF'), token('color.text.discovery', '#5E4DB2')],
  moved: [token('color.background.warning', '#FFF7D6'), token('color.text.warning', '#A54800')],
};

const BOLD: Record<LozengeAppearance, [string, string]> = {
  default: [token('color.background.neutral.bold', '#44546F'), token('color.text.inverse', '#FFFFFF')],
  success: [token('color.background.success.bold', '#1F845A'), token('color.text.inverse', '#FFFFFF')],
  removed: [token('color.background.danger.bold', '#C9372C'), token('color.text.inverse', '#FFFFFF')],
  inprogress: [token('color.background.information.bold', '#0C66E4'), token('color.text.inverse', '#FFFFFF')],
  new: [token('color.background.discovery.bold', '#6E5DC6'), token('color.text.inverse', '#FFFFFF')],
  moved: [token('color.background.warning.bold', '#F5CD47'), token('color.text.warning.inverse', '#172B4D')],
};

function style(appearance: LozengeAppearance, isBold: boolean): CSSProperties {
  const [background, color] = (isBold ? BOLD : SUBTLE)[appearance];
  return {
    display: 'inline-block',
    boxSizing: 'border-box',
    maxWidth: '100%',
    padding: `0 ${token('space.050', '4px')}`,
    borderRadius: token('radius.small', '3px'),
    backgroundColor: background,
    color,
    font: token('font.body.small', 'normal 400 11px/16px ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", sans-serif'),
    fontWeight: token('font.weight.bold', '700'),
    lineHeight: '16px',
    textTransform: 'uppercase',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    verticalAlign: 'middle',
  };
}

interface Props {
  appearance?: LozengeAppearance;
  isBold?: boolean;
  /** Read by assistive technology and shown on hover, e.g. the redacted columns' names. */
  title?: string;
  testId?: string;
  children: ReactNode;
}

export function Lozenge({ appearance = 'default', isBold = false, title, testId, children }: Props) {
  return (
    <span style={style(appearance, isBold)} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
