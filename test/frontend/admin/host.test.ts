import { describe, expect, it } from 'vitest';
import { readHostInfo } from '../../../src/main/frontend/admin/host';

function root(attributes: string): HTMLElement {
  document.body.innerHTML = `<div id="tablewise-admin" ${attributes}></div>`;
  return document.getElementById('tablewise-admin') as HTMLElement;
}

describe('readHostInfo', () => {
  it('reads what the servlet writes', () => {
    expect(readHostInfo(root('data-context-path="/jira" data-product="jira" data-app-version="1.0.0"'))).toEqual({
      contextPath: '/jira',
      product: 'jira',
      appVersion: '1.0.0',
    });
    expect(readHostInfo(root('data-context-path="" data-product="confluence"')).product).toBe('confluence');
  });

  it('treats an unknown product as none and missing attributes as empty', () => {
    expect(readHostInfo(root('data-product="bamboo"'))).toEqual({ contextPath: '', product: null, appVersion: '' });
  });
});
