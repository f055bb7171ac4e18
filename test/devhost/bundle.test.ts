/**
 * The built bundle (target/frontend) as the product and the dev host will load it. Runs after
 * `npm run build:web` (npm run test:bundle). Proves:
 *  - the web-resource XML declares what the dev host and the product expect;
 *  - the bundle + wrm-dev-shim.js render the shell with real texts (two-phase i18n path);
 *  - the bundle also works after the product's jsI18n transform (legacy path);
 *  - no request leaves the page's origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Browser, VirtualConsoleLogLevelEnum } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { findProblems } from '../../webpack/bundle-guard-plugin.js';
import { readProperties } from '../frontend/support/properties';
import { I18N_FILE, OUTPUT_DIR, PLUGIN_KEY, ROOT_DIR, WR_XML_FILE } from '../frontend/support/paths';
import { EXPORT_WORKER_PATH } from '../../webpack/constants.js';
import { devPageHtml, parseWebResources, resolveContext, RESOURCE_PREFIX, SHIM_URL } from './dev-page';

const ORIGIN = 'http://localhost:2990';
const CONTEXT_PATH = '/jira';
const SHIM_DIR = path.join(import.meta.dirname, 'resources');
const WRM = 'com.atlassian.plugins.atlassian-plugins-webresource-plugin';

interface Loaded {
  text: string;
  h1: string | null;
  /** Every URL the page asked for, the page itself excluded. */
  requests: string[];
  missing: string[];
  errors: string[];
}

/**
 * What the product's jsI18n transform does when it serves a file (legacy, one-phase mode):
 * ns.I18n.getText('key') -> ns.format("text"), keeping any further arguments.
 */
function jsI18nTransform(source: string, texts: Map<string, string>): string {
  return source.replace(/([\w$]+)\.I18n\.getText\(\s*(['"])([\w.-]+)\2\s*([),])/g, (_m, ns: string, _q, key: string, end: string) => {
    const text = texts.get(key) ?? key;
    return `${ns}.format(${JSON.stringify(text)}${end === ',' ? ',' : ')'}`;
  });
}

const PAGE_URL = `${ORIGIN}${CONTEXT_PATH}/plugins/servlet/tablewise/admin`;
/** The Tables section (the default) reads the catalog on load; this answers it. */
const TABLES_URL = `${ORIGIN}${CONTEXT_PATH}/rest/tablewise/1.0/tables`;
const CATALOG = {
  schema: 'public',
  tables: [{ name: 'jiraissue', group: 'CORE', aoOwner: null, estimatedRows: 120000, sizeBytes: 52428800, columnCount: 30, primaryKey: ['id'], redactedColumns: [] }],
};

async function load(html: string, transformBundle?: (js: string) => string): Promise<Loaded> {
  const requests: string[] = [];
  const serve = (url: string): { body: string; type: string } | null => {
    const { pathname } = new URL(url);
    if (url === PAGE_URL) return { body: html, type: 'text/html' };
    if (url === TABLES_URL) return { body: JSON.stringify(CATALOG), type: 'application/json' };
    if (pathname === `${CONTEXT_PATH}${SHIM_URL}`) {
      return { body: readFileSync(path.join(SHIM_DIR, 'wrm-dev-shim.js'), 'utf8'), type: 'text/javascript' };
    }
    const prefix = `${CONTEXT_PATH}${RESOURCE_PREFIX}`;
    if (!pathname.startsWith(prefix)) return null;
    const file = path.join(OUTPUT_DIR, pathname.slice(prefix.length));
    if (!file.startsWith(OUTPUT_DIR) || !existsSync(file)) return null;
    const body = readFileSync(file, 'utf8');
    const isJs = file.endsWith('.js');
    return { body: isJs && transformBundle ? transformBundle(body) : body, type: isJs ? 'text/javascript' : 'text/css' };
  };
  const browser = new Browser({
    settings: {
      // Only our own files run here (the bundle and the shim), so evaluation is safe to enable.
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      enableCSSFileLoading: true,
      fetch: {
        // Every request is recorded and answered here: nothing reaches a network.
        interceptor: {
          beforeAsyncRequest: async ({ request, window }) => {
            requests.push(request.url);
            const found = serve(request.url);
            return found
              ? new window.Response(found.body, { status: 200, headers: { 'Content-Type': found.type } })
              : new window.Response('', { status: 404 });
          },
          beforeSyncRequest: ({ request, window }) => {
            requests.push(request.url);
            const found = serve(request.url);
            return {
              status: found ? 200 : 404,
              statusText: found ? 'OK' : 'Not Found',
              ok: Boolean(found),
              url: request.url,
              redirected: false,
              headers: new window.Headers(found ? { 'Content-Type': found.type } : {}),
              body: Buffer.from(found?.body ?? ''),
            };
          },
        },
      },
    },
  });
  const page = browser.newPage();
  await page.goto(PAGE_URL);
  await page.waitUntilComplete();
  // React commits on a scheduler task after createRoot().render(), and again once the
  // catalog request has been answered.
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await page.waitUntilComplete();
  }
  const window = page.mainFrame.window;
  const missing = (window as unknown as { __TABLEWISE_DEV_I18N_MISSING__?: string[] }).__TABLEWISE_DEV_I18N_MISSING__ ?? [];
  const errors = page.virtualConsolePrinter
    .read()
    .filter((entry) => entry.level >= VirtualConsoleLogLevelEnum.error)
    .map((entry) => entry.message.map(String).join(' '));
  const text = window.document.body.textContent ?? '';
  const h1 = window.document.querySelector('h1')?.textContent ?? null;
  await browser.close();
  return { text, h1, requests: requests.filter((url) => url !== PAGE_URL), missing, errors };
}


describe('the generated web-resource XML', () => {
  const webResources = parseWebResources(readFileSync(WR_XML_FILE, 'utf8'));
  const entry = webResources.find((wr) => wr.key === 'entrypoint-tablewise-admin');

  it('maps the tablewise-admin entry to the tablewise.admin context with jsI18n on JS', () => {
    expect(entry?.contexts).toEqual(['tablewise.admin']);
    expect(entry?.transformations.js).toEqual(['jsI18n']);
  });

  it('lists jar-root-relative CSS then JS, all present in the build output', () => {
    expect(entry?.resources).toEqual(['tablewise/tablewise-admin.css', 'tablewise/tablewise-admin.js']);
    for (const location of entry?.resources ?? []) expect(existsSync(path.join(OUTPUT_DIR, location))).toBe(true);
  });

  it('depends only on what the product provides, which the dev shim stands in for', () => {
    expect(resolveContext(webResources, 'tablewise.admin').provided).toEqual([
      `${WRM}:context-path`,
      `${WRM}:format`,
      `${WRM}:i18n`,
    ]);
  });

  it('holds no other resources (no stray licence files, maps or chunks)', () => {
    const others = webResources.filter((wr) => wr !== entry && wr !== worker).flatMap((wr) => wr.resources);
    expect(others).toEqual([]);
    expect(PLUGIN_KEY).toBe('io.tablewise.exporter');
  });

  const worker = webResources.find((wr) => wr.key === 'entrypoint-tablewise-export-worker');

  it('keeps the export worker off every page: its web-resource has no context', () => {
    expect(worker?.contexts).toEqual([]);
    expect(worker?.resources).toEqual(['tablewise/tablewise-export-worker.js']);
  });

  it('serves the export worker where the page starts it: a plugin-level download resource', () => {
    const descriptor = readFileSync(path.join(ROOT_DIR, 'src', 'main', 'resources', 'atlassian-plugin.xml'), 'utf8');
    const name = EXPORT_WORKER_PATH.slice(`/download/resources/${PLUGIN_KEY}/`.length);
    expect(EXPORT_WORKER_PATH.startsWith(`/download/resources/${PLUGIN_KEY}/`)).toBe(true);
    expect(descriptor).toContain(`<resource type="download" name="${name}" location="${name}">`);
    expect(existsSync(path.join(OUTPUT_DIR, name))).toBe(true);
  });
});

describe('the emitted files', () => {
  it('pass the bundle guard: no absolute URL, only literal transformable I18n.getText calls', () => {
    for (const file of ['tablewise/tablewise-admin.js', 'tablewise/tablewise-admin.css', 'tablewise/tablewise-export-worker.js']) {
      expect(findProblems(file, readFileSync(path.join(OUTPUT_DIR, file), 'utf8'))).toEqual([]);
    }
  });

  it('carry no source map reference', () => {
    const js = readFileSync(path.join(OUTPUT_DIR, 'tablewise/tablewise-admin.js'), 'utf8');
    expect(js).not.toMatch(/sourceMappingURL/);
  });
});

describe('bundle + wrm-dev-shim.js in a page like the dev host serves', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(devPageHtml({ contextPath: CONTEXT_PATH, product: 'confluence', appVersion: '1.0.0' }));
  }, 30_000);

  it('renders the shell with translated, formatted texts', () => {
    const text = loaded.text;
    expect(loaded.h1).toBe('Tablewise');
    expect(text).toContain("Every table of the Confluence database \u2014 the product's own");
    expect(text).toContain('Version 1.0.0');
    for (const tab of ['Tables', 'Exports', 'Analytics', 'Privacy', 'About']) expect(text).toContain(tab);
    // The default section, Tables, with the catalog the page read.
    expect(text).toContain('Showing 1 of 1 tables in schema public');
    expect(text).toContain('Estimated rows');
    expect(text).toContain('120,000');
  });

  it('shows no raw key and asks the shim for no unknown key', () => {
    expect(loaded.text).not.toMatch(/tablewise\.[a-z]/);
    expect(loaded.missing).toEqual([]);
    expect(loaded.errors).toEqual([]);
  });

  it('requests only the page resources, all on the page origin', () => {
    expect(loaded.requests.length).toBeGreaterThan(0);
    expect(loaded.requests.filter((url) => new URL(url).origin !== ORIGIN)).toEqual([]);
    expect(loaded.requests.map((url) => new URL(url).pathname)).toEqual([
      `${CONTEXT_PATH}${SHIM_URL}`,
      `${CONTEXT_PATH}${RESOURCE_PREFIX}tablewise/tablewise-admin.css`,
      `${CONTEXT_PATH}${RESOURCE_PREFIX}tablewise/tablewise-admin.js`,
      `${CONTEXT_PATH}/rest/tablewise/1.0/tables`,
    ]);
  });
});

describe('bundle after the product jsI18n transform', () => {
  it('renders the texts the transform inlined, without the run-time key map', async () => {
    const texts = readProperties(I18N_FILE);
    // An empty key map: any text on screen can only have come from the transform.
    const loaded = await load(devPageHtml({ contextPath: CONTEXT_PATH, texts: {} }), (js) => jsI18nTransform(js, texts));
    expect(loaded.h1).toBe('Tablewise');
    expect(loaded.text).toContain('Every table of the Jira database');
    expect(loaded.missing).toEqual([]);
    expect(loaded.errors).toEqual([]);
  }, 30_000);
});
