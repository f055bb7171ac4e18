import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostInfo } from '../../../../src/main/frontend/admin/host';
import { App } from '../../../../src/main/frontend/admin/shell/App';

const JIRA: HostInfo = { contextPath: '/jira', product: 'jira', appVersion: '1.0.0' };

function currentSection(): string | null {
  const nav = screen.getByRole('navigation', { name: 'Tablewise sections' });
  return nav.querySelector('[aria-current="page"]')?.textContent ?? null;
}

describe('App', () => {
  beforeEach(() => {
    window.location.hash = '';
  });
  afterEach(cleanup);

  it('shows the translated header with the product name and version', () => {
    render(<App host={JIRA} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Tablewise' })).toBeTruthy();
    // {0} filled, \u2014 decoded, '' read as one quote: the .properties file was really used.
    expect(screen.getByText(/^Every table of the Jira database \u2014 the product's own and every app's \u2014/)).toBeTruthy();
    expect(screen.getByText('Version 1.0.0')).toBeTruthy();
  });

  it('stays product-neutral when the servlet names no known product', () => {
    render(<App host={{ ...JIRA, product: null }} />);
    expect(screen.getByText(/Every table of this instance's database/)).toBeTruthy();
  });

  it('offers the five sections in order, Tables first by default', () => {
    render(<App host={JIRA} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Tables',
      'Exports',
      'Analytics',
      'Privacy',
      'About',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#/tables',
      '#/exports',
      '#/analytics',
      '#/privacy',
      '#/about',
    ]);
    expect(currentSection()).toBe('Tables');
    expect(screen.getByRole('heading', { level: 2, name: 'Tables' })).toBeTruthy();
  });

  it('opens the section named by the hash route', () => {
    window.location.hash = '#/privacy';
    render(<App host={JIRA} />);
    expect(currentSection()).toBe('Privacy');
    expect(screen.getByRole('heading', { level: 2, name: 'Privacy' })).toBeTruthy();
    expect(screen.getByText(/keeps an audit log/)).toBeTruthy();
    // Only the current section is rendered.
    expect(screen.queryByRole('heading', { level: 2, name: 'Tables' })).toBeNull();
  });

  it('follows the hash as links (or the back button) change it', async () => {
    render(<App host={JIRA} />);
    await act(async () => {
      window.location.hash = '#/about';
      window.dispatchEvent(new Event('hashchange'));
    });
    expect(currentSection()).toBe('About');
    expect(screen.getByRole('heading', { level: 2, name: 'About' })).toBeTruthy();
  });

  it('falls back to Tables for an unknown route', () => {
    window.location.hash = '#/nowhere';
    render(<App host={JIRA} />);
    expect(currentSection()).toBe('Tables');
  });

  it('never shows a raw i18n key', () => {
    render(<App host={JIRA} />);
    expect(document.body.textContent).not.toMatch(/tablewise\.[a-z]/);
  });
});
