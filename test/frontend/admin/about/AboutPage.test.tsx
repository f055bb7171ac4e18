import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AboutApi } from '../../../../src/main/frontend/api/about';
import { ApiError } from '../../../../src/main/frontend/api/http';
import type { About, SbomComponent } from '../../../../src/main/frontend/api/types';
import { AboutPage } from '../../../../src/main/frontend/admin/about';
import { filterComponents } from '../../../../src/main/frontend/admin/about/ComponentsTable';

const JACKSON: SbomComponent = {
  name: 'jackson-databind',
  group: 'com.fasterxml.jackson.core',
  version: '2.22.4',
  type: 'library',
  licences: ['Apache-2.0'],
  purl: 'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.22.4?type=jar',
};
const REACT: SbomComponent = { name: 'react', group: null, version: '18.3.1', type: 'library', licences: ['MIT'], purl: 'pkg:npm/react@18.3.1' };
const DUAL: SbomComponent = {
  name: 'dual-licensed',
  group: null,
  version: '0.1.0',
  type: 'library',
  licences: ['MIT OR Apache-2.0'],
  purl: 'pkg:npm/dual-licensed@0.1.0',
};

const ABOUT: About = {
  app: { version: '1.4.2' },
  product: { key: 'confluence', displayName: 'Confluence', version: '9.2.3', buildNumber: '9203' },
  components: [DUAL, JACKSON, REACT],
};

function api(answers: Array<About | Error>): AboutApi & { calls: number } {
  const fake = {
    calls: 0,
    about: () => {
      const answer = answers[Math.min(fake.calls++, answers.length - 1)] as About | Error;
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return fake;
}

function tableRows(): string[] {
  const table = screen.getByTestId('tablewise-about-components--table');
  return within(table).getAllByRole('row').slice(1).map((row) => row.textContent ?? '');
}

describe('AboutPage', () => {
  afterEach(cleanup);

  it('shows the versions and every component with its version and licences', async () => {
    render(<AboutPage api={api([ABOUT])} />);
    expect((await screen.findByTestId('tablewise-about-versions')).textContent).toContain('Tablewise 1.4.2 on Confluence 9.2.3 (build 9203).');
    expect(screen.getByText(/The 3 third-party components/)).toBeTruthy();
    const rows = tableRows();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('com.fasterxml.jackson.core:jackson-databind');
    expect(rows[0]).toContain('2.22.4');
    expect(rows[0]).toContain('Apache-2.0');
    expect(rows.join('\n')).toContain('pkg:npm/react@18.3.1');
    expect(rows.join('\n')).toContain('MIT OR Apache-2.0');
  });

  it('searches by name, licence and version', async () => {
    render(<AboutPage api={api([ABOUT])} />);
    await screen.findByTestId('tablewise-about-versions');
    fireEvent.change(screen.getByLabelText('Search components'), { target: { value: 'apache' } });
    expect(tableRows()).toHaveLength(2);
    expect(screen.getByTestId('tablewise-about-matches').textContent).toContain('2 of 3 components match.');
    fireEvent.change(screen.getByLabelText('Search components'), { target: { value: 'mit 18.3' } });
    expect(tableRows()).toEqual([expect.stringContaining('react')]);
    fireEvent.change(screen.getByLabelText('Search components'), { target: { value: 'gpl' } });
    expect(screen.getByText('No component matches the search.')).toBeTruthy();
  });

  it('says what went wrong and loads again on retry', async () => {
    const fake = api([new ApiError('NOT_FOUND', 'This build of Tablewise has no SBOM (META-INF/sbom/bom.json).', 404), ABOUT]);
    render(<AboutPage api={fake} />);
    const problem = await screen.findByTestId('tablewise-about-problem');
    expect(problem.textContent).toContain('The app\'s details could not be loaded');
    expect(problem.textContent).toContain('META-INF/sbom/bom.json');
    fireEvent.click(within(problem).getByText('Try again'));
    await waitFor(() => expect(screen.queryByTestId('tablewise-about-problem')).toBeNull());
    expect((await screen.findByTestId('tablewise-about-versions')).textContent).toContain('Tablewise 1.4.2');
    expect(fake.calls).toBe(2);
  });
});

describe('filterComponents', () => {
  it('matches every word, in any field, ignoring case', () => {
    expect(filterComponents([JACKSON, REACT, DUAL], '')).toEqual([JACKSON, REACT, DUAL]);
    expect(filterComponents([JACKSON, REACT, DUAL], 'FASTERXML')).toEqual([JACKSON]);
    expect(filterComponents([JACKSON, REACT, DUAL], 'pkg:npm mit')).toEqual([REACT, DUAL]);
    expect(filterComponents([JACKSON, REACT, DUAL], 'react apache')).toEqual([]);
  });
});
