import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setExportSession } from '../../../../src/main/frontend/admin/common/exportSession';
import { HostProvider } from '../../../../src/main/frontend/admin/shell/HostContext';
import { TablesPage } from '../../../../src/main/frontend/admin/tables';
import { CATALOG, column, detail } from '../support/catalog';
import { envelope, fakeRest, json, on } from '../support/rest';
import { fakeSession } from '../support/session';

const HOST = { contextPath: '/jira', product: 'jira' as const, appVersion: '1.2.3' };
const ISSUES = detail('jiraissue', [column('ID', 'BIGINT'), column('SUMMARY', 'STRING'), column('CREATED', 'TIMESTAMP')]);
let rest: ReturnType<typeof fakeRest>;

function renderPage() {
  return render(
    <HostProvider value={HOST}>
      <TablesPage />
    </HostProvider>,
  );
}

const tableNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td:nth-child(2)')?.textContent);

beforeEach(() => {
  window.location.hash = '#/tables';
});

afterEach(() => {
  cleanup();
  rest?.restore();
  setExportSession(null);
});

describe('TablesPage', () => {
  it('lists every table, searchable and sortable', async () => {
    rest = fakeRest(on('GET', '/tables', () => json({ schema: 'public', tables: CATALOG })));
    fakeSession();
    renderPage();
    expect(screen.getByTestId('tablewise-tables-loading')).toBeTruthy();
    await screen.findByText('Showing 6 of 6 tables in schema public');
    expect(tableNames()).toEqual(['AO_3BDBF1_AUDIT_ENTRY', 'AO_60DB71_SPRINT', 'changeitem', 'cwd_user', 'hibernate_unique_key', 'jiraissue']);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search tables by name' }), { target: { value: 'ji' } });
    expect(tableNames()).toEqual(['jiraissue']);
    expect(screen.getByText('Showing 1 of 6 tables in schema public')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search tables by name' }), { target: { value: 'nothing like it' } });
    expect(screen.getByText('No tables match')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search tables by name' }), { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: /Estimated rows/ }));
    fireEvent.click(screen.getByRole('button', { name: /Estimated rows/ }));
    await waitFor(() => expect(tableNames()[0]).toBe('changeitem'));
    expect(tableNames().at(-1)).toBe('AO_3BDBF1_AUDIT_ENTRY');
  });

  it('shows the error envelope and tries again', async () => {
    let calls = 0;
    rest = fakeRest(
      on('GET', '/tables', () => (++calls === 1 ? envelope(503, 'DATABASE_ERROR', 'The database did not answer.') : json({ schema: null, tables: CATALOG }))),
    );
    fakeSession();
    renderPage();
    const error = await screen.findByTestId('tablewise-tables-error');
    expect(within(error).getByText('The tables could not be loaded')).toBeTruthy();
    expect(within(error).getByText('The database did not answer.')).toBeTruthy();
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await screen.findByText('Showing 6 of 6 tables');
  });

  it('selects tables, checks the form, and starts the export in the session', async () => {
    rest = fakeRest(
      on('GET', '/tables', () => json({ schema: null, tables: CATALOG })),
      on('GET', '/tables/jiraissue', () => json(ISSUES)),
    );
    const { jobs, started } = fakeSession();
    renderPage();
    await screen.findByText('Showing 6 of 6 tables');

    const exportButton = screen.getByTestId('tablewise-export-open');
    expect((exportButton as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select jiraissue' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select changeitem' }));
    expect(screen.getByText('2 selected')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export 2 tables' }));

    const dialog = await screen.findByRole('dialog', { name: 'Export 2 tables' });
    expect(within(dialog).getByText(/Several tables go into one ZIP file/)).toBeTruthy();
    expect(within(dialog).getByText(/Off: Tablewise reads at most 2 pages of 1,000 rows a second/)).toBeTruthy();
    // happy-dom is no secure context: no file system features, and the page says what that means.
    expect(within(dialog).getByTestId('tablewise-export-insecure').textContent).toContain('held in memory');
    const issues = within(dialog).getByTestId('tablewise-export-table-1');
    fireEvent.click(within(issues).getByRole('button', { name: 'Choose columns and filters' }));
    await within(issues).findByRole('group', { name: 'Columns of jiraissue' });
    fireEvent.click(within(issues).getByRole('checkbox', { name: /SUMMARY/ }));
    expect(within(issues).getByText('2 of 3 columns')).toBeTruthy();
    fireEvent.click(within(issues).getByRole('button', { name: 'Add filter' }));
    fireEvent.change(within(issues).getByRole('textbox', { name: 'Value' }), { target: { value: 'ten' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByText('"ten" is not a whole number.')).toBeTruthy();
    expect(within(dialog).getByTestId('tablewise-export-invalid')).toBeTruthy();
    expect(started).toEqual([]);

    fireEvent.change(within(issues).getByRole('textbox', { name: 'Value' }), { target: { value: '10000' } });
    fireEvent.click(within(dialog).getByTestId('tablewise-export-full-speed--input'));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }));
    });
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]!.target).toEqual({ kind: 'download', name: 'tablewise-export.zip' });
    expect(started[0]!.request).toEqual({
      tables: [{ table: 'changeitem' }, { table: 'jiraissue', columns: ['ID', 'CREATED'], filters: [{ column: 'ID', op: 'EQ', value: '10000' }] }],
      format: 'CSV',
      client: 'BROWSER',
      csv: { delimiter: ',', bom: false, distinguishNull: true },
      fullSpeed: true,
      appVersion: '1.2.3',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The progress panel: a bar per table and one overall; Cancel goes to the engine.
    const job = jobs[0]!;
    act(() => job.emit({ state: 'running', table: 'changeitem', tableIndex: 0, tableCount: 2, tableRows: 1000, rows: 1000, bytes: 2048, estimatedRows: 450_000, rowsPerSecond: 2000, etaSeconds: 300 }));
    const panel = screen.getByTestId('tablewise-export-progress');
    expect(within(panel).getByRole('heading', { name: 'Exporting 2 tables' })).toBeTruthy();
    expect(within(panel).getByTestId('tablewise-progress-stats').textContent).toBe(
      '1,000 of about 450,000 rows \u00b7 2 KB \u00b7 2,000 rows/s \u00b7 about 5 min left \u00b7 0:00 elapsed',
    );
    expect(within(panel).getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Overall',
      'Progress of changeitem',
      'Progress of jiraissue',
    ]);
    expect((exportButton as HTMLButtonElement).disabled).toBe(true);
    act(() => job.emit({ state: 'retrying', retry: { attempt: 1, maxAttempts: 8, delayMs: 500, message: 'GET /tables/changeitem/rows failed: reset' } }));
    expect(within(panel).getByTestId('tablewise-export-retrying').textContent).toContain('attempt 1 of 8 failed');
    fireEvent.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(job.cancel).toHaveBeenCalledOnce();
    expect(within(panel).getByRole('button', { name: 'Cancelling' })).toBeTruthy();
    await act(async () => {
      job.emit({ state: 'cancelled', retry: null });
      job.finish({ outcome: 'CANCELLED', exportId: 'e1', rows: 1000, bytes: 2048, warnings: [], error: null, fileName: 'tablewise-export.zip', resumable: false });
    });
    expect(screen.getByTestId('tablewise-export-cancelled').textContent).toContain('Nothing was saved');
    expect(screen.getByTestId('tablewise-export-state').textContent).toBe('Cancelled');
  }, 20_000);
});
