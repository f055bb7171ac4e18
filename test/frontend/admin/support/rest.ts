/**
 * The page tests' server: the real api/http.ts helper and typed modules run against this
 * fetch, so a page test covers the URL, the JSON and the error envelope as the page sends them.
 */
import { vi } from 'vitest';
import { ROOT_ELEMENT_ID } from '../../../../src/main/frontend/api/http';

export type Route = (url: URL, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function envelope(status: number, errorCode: string, message: string): Response {
  return json({ errorCode, message }, status);
}

/** Puts the servlet's root element in the document and answers fetches from `routes` in order. */
export function fakeRest(...routes: Route[]) {
  const root = document.createElement('div');
  root.id = ROOT_ELEMENT_ID;
  root.dataset.contextPath = '/jira';
  document.body.append(root);
  const requests: Array<{ method: string; url: URL; body: unknown }> = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://jira.test');
    requests.push({ method: init?.method ?? 'GET', url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    for (const route of routes) {
      const answer = await route(url, init);
      if (answer) return answer;
    }
    return envelope(404, 'NOT_FOUND', `No route for ${url.pathname}`);
  });
  vi.stubGlobal('fetch', fetch);
  return {
    requests,
    restore: () => {
      root.remove();
      vi.unstubAllGlobals();
    },
  };
}

/** A route for one method and REST path (below /jira/rest/tablewise/1.0). */
export function on(method: string, path: string, answer: (url: URL) => Response | Promise<Response>): Route {
  return (url, init) =>
    (init?.method ?? 'GET') === method && url.pathname === `/jira/rest/tablewise/1.0${path}` ? answer(url) : undefined;
}
