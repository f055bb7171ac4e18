// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../../../src/main/frontend/export/browser/protocol';
import { createWorkerHandler } from '../../../src/main/frontend/export/browser/worker-core';
import type { JsonlHeader } from '../../../src/main/frontend/export/encode/jsonl';
import type { Manifest } from '../../../src/main/frontend/export/encode/manifest';
import { unzipSync } from 'fflate';
import { cli } from '../cli/support/cli';
import { serve } from '../cli/support/http';
import { FAKE_ABOUT, FakeServer, type FakeServerOptions } from './support/contract';
import { jiraissueTable } from './support/jiraissue';

const ISSUES = jiraissueTable(20);

/** An export in the browser worker, downloaded; answers the file's bytes. */
async function browserExport(options: Partial<FakeServerOptions>, tables = ['jiraissue'], format: 'JSONL' = 'JSONL'): Promise<Uint8Array> {
  const messages: FromWorker[] = [];
  const server = new FakeServer({ tables: [ISSUES, { ...jiraissueTable(3), detail: { ...ISSUES.detail, name: 'other' } }], ...options });
  const handler = createWorkerHandler({ post: (m) => messages.push(m), transport: server.transport });
  await handler({
    type: 'start',
    request: { tables: tables.map((table) => ({ table })), format, client: 'BROWSER', rateLimit: null, appVersion: '0.0.0-page' },
    baseUrl: 'https://jira.test/rest/tablewise/1.0',
    target: { kind: 'download', name: 'x' },
  });
  const done = messages.find((m) => m.type === 'done');
  if (done?.type !== 'done' || !done.file) throw new Error('no file');
  return new Uint8Array(await done.file.arrayBuffer());
}

function header(bytes: Uint8Array): JsonlHeader {
  return JSON.parse(new TextDecoder().decode(bytes).split('\n', 1)[0] ?? '') as JsonlHeader;
}

describe('JSON Lines header versions come from GET /about', () => {
  it('the browser export records the instance’s app and product versions', async () => {
    const first = header(await browserExport({}));
    expect(first).toMatchObject({ $tablewise: 'header', table: 'jiraissue', appVersion: '1.4.2', productVersion: '10.3.6' });
  });

  it('a ZIP of several tables records them in its manifest too', async () => {
    const zip = unzipSync(await browserExport({}, ['jiraissue', 'other']));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as Manifest;
    expect(manifest).toMatchObject({ appVersion: '1.4.2', productVersion: '10.3.6' });
    expect(header(zip['other.jsonl'] as Uint8Array)).toMatchObject({ appVersion: '1.4.2', productVersion: '10.3.6' });
  });

  it('a server without /about still exports, with the versions the page knew', async () => {
    expect(header(await browserExport({ about: null }))).toMatchObject({ appVersion: '0.0.0-page', productVersion: null });
  });

  it('the CLI records the server’s versions, not its own', async () => {
    const fake = new FakeServer({ tables: [ISSUES], auth: { bearer: 'T0KEN' }, about: { ...FAKE_ABOUT, product: { ...FAKE_ABOUT.product, version: '10.3.7' } } });
    const served = await serve(fake);
    try {
      const run = await cli(['export', '--url', served.url, '--table', 'jiraissue', '--format', 'jsonl', '--out', '-', '--token', 'T0KEN', '--full-speed']);
      expect(run.code).toBe(0);
      expect(header(run.stdoutBytes)).toMatchObject({ appVersion: '1.4.2', productVersion: '10.3.7' });
    } finally {
      await served.close();
    }
  });
});
