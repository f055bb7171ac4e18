import { useState } from 'react';
import Heading from '@atlaskit/heading';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import { Stack } from '@atlaskit/primitives/compiled/stack';
import { Text } from '@atlaskit/primitives/compiled/text';
import { I18n } from '@atlassian/wrm-react-i18n';
import type { AboutApi } from '../../api/about';
import { ApiErrorMessage } from '../common/ApiErrorMessage';
import { formatCount } from '../common/format';
import { ComponentsTable, filterComponents } from './ComponentsTable';
import { useAbout } from './useAbout';

/** The app's and product's versions and every component the jar ships, with its licences (the SBOM). */
export function AboutPage({ api }: { api?: AboutApi }) {
  const { about, error, reload } = useAbout(api);
  const [search, setSearch] = useState('');
  const shown = about ? filterComponents(about.components, search) : [];
  return (
    <Stack space="space.300" testId="tablewise-about-page">
      <Heading size="medium" as="h2">
        {I18n.getText('tablewise.about.title')}
      </Heading>
      {error !== null && (
        <ApiErrorMessage title={I18n.getText('tablewise.about.problem.load')} error={error} onRetry={reload} testId="tablewise-about-problem" />
      )}
      {about === null ? (
        error === null && <Spinner label={I18n.getText('tablewise.about.loading')} />
      ) : (
        <>
          <Text as="p" testId="tablewise-about-versions">
            {I18n.getText(
              'tablewise.about.versions',
              about.app.version,
              about.product.displayName,
              about.product.version,
              about.product.buildNumber,
            )}
          </Text>
          <Stack space="space.150">
            <Heading size="small" as="h3">
              {I18n.getText('tablewise.about.components.title')}
            </Heading>
            <Text as="p">{I18n.getText('tablewise.about.components.intro', formatCount(about.components.length))}</Text>
            <div style={{ width: '20rem' }}>
              <Textfield
                value={search}
                onChange={(event) => setSearch(event.currentTarget.value)}
                placeholder={I18n.getText('tablewise.about.search.placeholder')}
                aria-label={I18n.getText('tablewise.about.search.label')}
                type="search"
                testId="tablewise-about-search"
              />
            </div>
            {search.trim() !== '' && (
              <Text color="color.text.subtle" testId="tablewise-about-matches">
                {I18n.getText('tablewise.about.search.matches', formatCount(shown.length), formatCount(about.components.length))}
              </Text>
            )}
            <ComponentsTable components={shown} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
