import type { CSSProperties, ReactNode } from 'react';

// Read by assistive technology, invisible on screen (the usual clip pattern).
const style: CSSProperties = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  padding: 0,
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span style={style}>{children}</span>;
}

/**
 * The section's heading for assistive technology: the navigation above already shows the
 * section's name, so on screen it would only repeat it.
 */
export function SectionHeading({ children }: { children: ReactNode }) {
  return <h2 style={style}>{children}</h2>;
}
