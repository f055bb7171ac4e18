import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setExportSession } from '../../../../src/main/frontend/admin/common/exportSession';
import { ExportsPage } from '../../../../src/main/frontend/admin/exports';
import { auditEntry } from '../support/catalog';
import { envelope, fakeRest, json, on } from '../support/rest';
import { fakeSession } from '../support/session';

let rest: ReturnType<typeof fakeRest>;

afterEach(() => {
  cleanup();
  rest?.restore();
  setExportSession(null);
});

const NEWEST = [
  auditEntry(9, { outcome: 'RUNNING', finishedAt: null, tables: ['jiraissue', 'changeitem', 'label', 'project', 'worklog'], format: 'XLSX', rows: 1500, bytes: 2048 }),
  auditEntry(8, { kind: 'ROW_READ', format: null, client: null }),
  auditEntry(7, { outcome: 'CANCELLED', client: 'CLI', message: 'The export was cancelled (client reported 1000 rows, 20480 bytes)' }),
  auditEntry(6, { outcome: 'FAILED', revealed: true, user: 'sysadmin', message: 'DATABASE_ERROR: the database failed' }),
  auditEntry(5, { outcome: 'INTERRUPTED', message: null }),
];

const rowText = (id: number) => screen.getByTestId(`tablewise-audit-${id}`).textContent;

describe('ExportsPage', () => {
  it('lists exports from the audit log, newest first, with outcome and revealed markers', async () => {
    rest = fakeRest(on('GET', '/audit', () => json({ entries: NEWEST, nextBefore: null })));
    fakeSession();
    render(<ExportsPage />);
    await screen.findByTestId('tablewise-audit-9');
    expect(screen.getAllByRole('row').slice(1).map((row) => row.getAttribute('data-testid'))).toEqual([
      'tablewise-audit-9',
      'tablewise-audit-7',
      'tablewise-audit-6',
      'tablewise-audit-5',
    ]);
    expect(rowText(9)).toContain('jiraissue, changeitem, label and 2 more');
    expect(rowText(9)).toContain('ZIP of XLSX');
    expect(screen.getByTestId('tablewise-audit-outcome-9').textContent).toBe('Running');
    expect(rowText(7)).toMatch(/CLI.*Cancelled.*The export was cancelled$/);
    expect(rowText(7)).toContain('took 0:12');
    expect(rowText(6)).toMatch(/sysadmin.*Browser2,0001 MBFailedRevealedDATABASE_ERROR: the database failed/);
    expect(screen.getByTitle('Redacted columns were exported in clear')).toBeTruthy();
    expect(screen.getByTestId('tablewise-audit-outcome-5').textContent).toBe('Interrupted');
    expect(rowText(5)).toContain('No data was read for 24 hours: the browser tab or command line stopped without reporting an end.');
    expect(rest.requests[0]!.url.search).toBe('?limit=50');
    expect(screen.queryByTestId('tablewise-exports-more')).toBeNull();
  });

  it('loads older entries with before, reading on past pages without exports', async () => {
    const page = (ids: number[], kind: 'EXPORT' | 'ROW_READ', nextBefore: number | null) => ({
      entries: ids.map((id) => auditEntry(id, { kind })),
      nextBefore,
    });
    rest = fakeRest(
      on('GET', '/audit', (url) => {
        switch (url.searchParams.get('before')) {
          case null:
            return json(page([120, 119], 'EXPORT', 119));
          case '119':
            return json(page([118, 117], 'ROW_READ', 117));
          default:
            return json(page([116], 'EXPORT', null));
        }
      }),
    );
    fakeSession();
    render(<ExportsPage />);
    await screen.findByTestId('tablewise-audit-120');
    fireEvent.click(screen.getByRole('button', { name: 'Show older exports' }));
    await screen.findByTestId('tablewise-audit-116');
    expect(rest.requests.map((r) => r.url.searchParams.get('before'))).toEqual([null, '119', '117']);
    expect(screen.queryByTestId('tablewise-exports-more')).toBeNull();
  });

  it('says when there are no exports yet', async () => {
    rest = fakeRest(on('GET', '/audit', () => json({ entries: [], nextBefore: null })));
    fakeSession();
    render(<ExportsPage />);
    expect(await screen.findByText('No exports yet')).toBeTruthy();
  });

  it('shows the error envelope and tries again', async () => {
    let calls = 0;
    rest = fakeRest(on('GET', '/audit', () => (++calls === 1 ? envelope(403, 'NOT_SYSTEM_ADMIN', 'Only system administrators.') : json({ entries: NEWEST, nextBefore: null }))));
    fakeSession();
    render(<ExportsPage />);
    const error = await screen.findByTestId('tablewise-exports-error');
    expect(within(error).getByText('Only system administrators can do this.')).toBeTruthy();
    fireEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByTestId('tablewise-audit-9')).toBeTruthy());
  });
});
