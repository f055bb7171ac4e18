import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrivacyApi } from '../../../../src/main/frontend/api/privacy';
import { PrivacyPage } from '../../../../src/main/frontend/admin/privacy';
import { HostProvider } from '../../../../src/main/frontend/admin/shell/HostContext';

const api: PrivacyApi = {
  retention: () => Promise.resolve({ auditDays: 90 }),
  updateRetention: (r) => Promise.resolve(r),
  purgeAll: () => Promise.resolve({ auditEntries: 0, events: 0, settings: 0 }),
};

describe('the Privacy page’s link to the docs', () => {
  afterEach(cleanup);

  it.each([
    ['', '/plugins/servlet/tablewise/docs/privacy'],
    ['/jira', '/jira/plugins/servlet/tablewise/docs/privacy'],
  ])('points into the instance itself (context path "%s"), never to the internet', (contextPath, href) => {
    render(
      <HostProvider value={{ contextPath, product: 'jira', appVersion: '1.0.0' }}>
        <PrivacyPage api={api} />
      </HostProvider>,
    );
    const link = screen.getByTestId('tablewise-privacy-docs');
    expect(link.getAttribute('href')).toBe(href);
    expect(link.textContent).toBe('Privacy and data flow: what is stored, column by column, and how to remove it');
  });
});
