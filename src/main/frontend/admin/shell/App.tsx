import { Stack } from '@atlaskit/primitives/compiled/stack';
import type { HostInfo } from '../host';
import { HostProvider } from './HostContext';
import { PageHeader } from './PageHeader';
import { PAGES } from './pages';
import { SectionNav } from './SectionNav';
import { useHashRoute } from './useHashRoute';

// The product's atl.admin decorator already frames the page and draws the admin menu;
// we add the page header, the section navigation and the current section.
export function App({ host }: { host: HostInfo }) {
  const [route] = useHashRoute();
  const { Page } = PAGES[route];
  return (
    <HostProvider value={host}>
      <Stack space="space.300" testId="tablewise-admin-app">
        <PageHeader />
        <SectionNav current={route} />
        <section data-testid={`tablewise-section-${route}`}>
          <Page />
        </section>
      </Stack>
    </HostProvider>
  );
}
