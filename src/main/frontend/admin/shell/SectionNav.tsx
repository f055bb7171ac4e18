import { useState, type CSSProperties, type ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { I18n } from '@atlassian/wrm-react-i18n';
import { PAGES } from './pages';
import { routeHash, ROUTES, type Route } from './routes';

// Looks like Atlaskit tabs, but is a list of links: each section is a URL (#/exports), so
// links give the right semantics, history, and "open in new tab" for free.
const listStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: token('space.200', '16px'),
  margin: 0,
  padding: 0,
  listStyle: 'none',
  borderBottom: `2px solid ${token('color.border', '#0B120E24')}`,
};

const BODY_FONT =
  'normal 400 14px/20px "Atlassian Sans", ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif';

// The selected item's 2px bar sits on top of the list's divider.
const itemStyle: CSSProperties = { marginBottom: '-2px' };

function linkStyle(current: boolean, hovered: boolean): CSSProperties {
  return {
    display: 'block',
    padding: `${token('space.050', '4px')} ${token('space.025', '2px')} ${token('space.075', '6px')}`,
    font: token('font.body', BODY_FONT),
    fontWeight: token('font.weight.medium', '500'),
    textDecoration: 'none',
    color: current
      ? token('color.text.selected', '#1868DB')
      : hovered
        ? token('color.text', '#292A2E')
        : token('color.text.subtle', '#505258'),
    borderBottom: `2px solid ${
      current ? token('color.border.selected', '#1868DB') : hovered ? token('color.border', '#0B120E24') : 'transparent'
    }`,
  };
}

function NavLink({ route, current, children }: { route: Route; current: boolean; children: ReactNode }) {
  const [hovered, setHovered] = useState(false);
  return (
    <a
      href={routeHash(route)}
      aria-current={current ? 'page' : undefined}
      style={linkStyle(current, hovered)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {children}
    </a>
  );
}

/** The in-page section navigation; the product's own admin menu sits outside the page. */
export function SectionNav({ current }: { current: Route }) {
  return (
    <nav aria-label={I18n.getText('tablewise.admin.nav.label')}>
      <ul style={listStyle}>
        {ROUTES.map((route) => (
          <li key={route} style={itemStyle}>
            <NavLink route={route} current={route === current}>
              {PAGES[route].label()}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
