import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyticsApi } from '../../../../src/main/frontend/api/analytics';
import { ApiError } from '../../../../src/main/frontend/api/http';
import type {
  AnalyticsPreview,
  AnalyticsRow,
  AnalyticsSettings,
  AnalyticsView,
} from '../../../../src/main/frontend/api/types';
import { AnalyticsPage } from '../../../../src/main/frontend/admin/analytics';
import { previewRows, ROW_KEYS } from '../../../../src/main/frontend/admin/analytics/PreviewTable';

const ROW: AnalyticsRow = {
  ID: 1223,
  ProductTenant: '3f9a1c0d5b7e2a64',
  Product: 'jira',
  Name: 'tablewise.export.format.csv',
  ProductVersion: '10.3.6',
  UpdateDate: '2026-11-21T10:00:00Z',
  AppVersion: '1.0.0',
};

const OFF: AnalyticsView = {
  settings: { enabled: false, endpoint: 'https://collector.example/in', batchSize: 500, maxStoredEvents: 10000 },
  status: {
    state: 'OFF',
    queued: 2,
    dropped: 0,
    lastSuccessAt: null,
    lastError: null,
    nextAttemptAt: null,
    consecutiveFailures: 0,
  },
};

/** An in-memory server: what the page sends changes what it reads next. */
function fakeApi(initial: AnalyticsView = OFF) {
  let view = initial;
  let rows: AnalyticsRow[] = [ROW, { ...ROW, ID: 1224, Name: 'tablewise.admin.view' }];
  const updates: AnalyticsSettings[] = [];
  let failNextUpdate = false;
  const api: AnalyticsApi = {
    get: () => Promise.resolve(view),
    preview: (): Promise<AnalyticsPreview> =>
      Promise.resolve({ queued: rows.length, batchSize: 500, endpoint: view.settings.endpoint, rows }),
    update: (settings) => {
      if (failNextUpdate) {
        failNextUpdate = false;
        return Promise.reject(new ApiError('BAD_REQUEST', 'endpoint: use https://', 400));
      }
      updates.push(settings);
      view = {
        settings,
        status: { ...view.status, state: settings.enabled ? 'ON' : 'OFF' },
      };
      return Promise.resolve(view);
    },
    purge: () => {
      const purged = rows.length;
      rows = [];
      view = { ...view, status: { ...view.status, queued: 0, dropped: 0 } };
      return Promise.resolve({ purged });
    },
  };
  return { api, updates, failUpdate: () => (failNextUpdate = true) };
}

describe('AnalyticsPage', () => {
  afterEach(cleanup);

  it('shows that analytics are off and exactly which rows would be sent', async () => {
    render(<AnalyticsPage api={fakeApi().api} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Send usage analytics' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('tablewise-analytics-state').textContent).toBe('Off');
    expect(screen.getByText('2 events are kept on this instance; nothing is sent while analytics are off.')).toBeTruthy();
    expect(screen.getByText(/The next batch, decoded exactly as it would be sent: 2 of 2 waiting events/)).toBeTruthy();
    const table = screen.getByRole('table');
    for (const key of ROW_KEYS) expect(within(table).getByText(key)).toBeTruthy();
    expect(within(table).getByText('tablewise.export.format.csv')).toBeTruthy();
    expect(within(table).getAllByText('3f9a1c0d5b7e2a64')).toHaveLength(2);
    expect(document.body.textContent).not.toMatch(/tablewise\.analytics\.[a-z]/);
  });

  it('turns analytics on with every other setting unchanged, and then shows the status', async () => {
    const server = fakeApi();
    render(<AnalyticsPage api={server.api} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Send usage analytics' });
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(() => expect(screen.getByTestId('tablewise-analytics-state').textContent).toBe('On'));
    expect(server.updates).toEqual([{ ...OFF.settings, enabled: true }]);
    const status = screen.getByTestId('tablewise-analytics-status');
    expect(within(status).getByText('Waiting to be sent')).toBeTruthy();
    expect(within(status).getByText('Dropped (queue full)')).toBeTruthy();
    expect(within(status).getByText('Never')).toBeTruthy();
  });

  it('explains a refused batch and when the next attempt is', async () => {
    const refused: AnalyticsView = {
      settings: { ...OFF.settings, enabled: true },
      status: {
        ...OFF.status,
        state: 'REFUSED',
        dropped: 31,
        lastError: { at: '2026-11-21T10:00:00Z', status: 400, message: 'HTTP 400: {"errorCode":"BAD_HASH"}', retrying: false },
        nextAttemptAt: '2026-11-22T10:00:00Z',
        consecutiveFailures: 1,
      },
    };
    render(<AnalyticsPage api={fakeApi(refused).api} />);
    const error = await screen.findByTestId('tablewise-analytics-last-error');
    expect(error.textContent).toContain('The collector refused the last batch');
    expect(error.textContent).toContain('HTTP 400: {"errorCode":"BAD_HASH"}');
    expect(error.textContent).toContain('Next attempt not before');
    expect(screen.getByTestId('tablewise-analytics-dropped').textContent).toContain('31');
    expect(screen.getByTestId('tablewise-analytics-state').textContent).toBe('Refused');
  });

  it('shows the server refusing a change in the error envelope message', async () => {
    const server = fakeApi();
    server.failUpdate();
    render(<AnalyticsPage api={server.api} />);
    const toggle = await screen.findByRole('checkbox', { name: 'Send usage analytics' });
    await act(async () => {
      fireEvent.click(toggle);
    });
    const problem = await screen.findByTestId('tablewise-analytics-problem');
    expect(problem.textContent).toContain('The change was not saved');
    expect(problem.textContent).toContain('endpoint: use https://');
    expect((toggle as HTMLInputElement).checked).toBe(false);
  });

  it('deletes every recorded event after a confirmation', async () => {
    render(<AnalyticsPage api={fakeApi().api} />);
    fireEvent.click(await screen.findByTestId('tablewise-analytics-purge'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('The 2 events waiting on this instance will be deleted');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    });
    await waitFor(() => expect(screen.getByTestId('tablewise-analytics-purged').textContent).toBe('2 events deleted.'));
    expect(screen.getByText('No events are waiting.')).toBeTruthy();
  });
});

describe('previewRows', () => {
  it('is one row per event, every value as encoded, in protocol order', () => {
    const [row] = previewRows([ROW]);
    expect(row?.key).toBe('1223');
    expect(row?.cells.map((cell) => cell.key)).toEqual(ROW_KEYS.map((key) => `1223-${key}`));
  });
});
