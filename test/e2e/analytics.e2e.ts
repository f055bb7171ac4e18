import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EventRow } from '../collector/codec';
import { I18N_FILE } from '../frontend/support/paths';
import { readProperties } from '../frontend/support/properties';
import { AnalyticsSection } from './support/analytics-page';
import { launchChromium, recordingContext } from './support/browser';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { AdminShellPage, LoginPage } from './support/pages';
import { payloadProblems, sensitiveValues } from './support/payload-privacy';
import { startReceiver, type RunningReceiver } from './support/receiver';

const screenshots = resolve(import.meta.dirname, '../../target/e2e/screenshots');
const SEND_JOB = 'io.tablewise.analytics.send';

/** The REST API as the page's own session calls it (same origin, JSON: what the XSRF rule wants). */
async function rest<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/rest/tablewise/1.0${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
      return (text ? JSON.parse(text) : null) as T;
    },
    { method, path, body },
  );
}

/** Runs the send job now: a dev-host-only control, the product has nothing like it. */
async function runSendJob(context: BrowserContext, host: RunningDevHost): Promise<string> {
  const response = await context.request.post(`${host.baseUrl}/devhost/jobs/${SEND_JOB}/run`);
  assert.equal(response.status(), 200);
  return ((await response.json()) as { message: string }).message;
}

/** Two features, as an administrator uses them: the admin page (loaded again), and an export through its API. */
async function useTwoFeatures(page: Page): Promise<void> {
  await page.reload();
  const { exportId } = await rest<{ exportId: string }>(page, 'POST', '/exports', {
    tables: ['jiraissue', 'AO_60DB71_SPRINT'],
    format: 'CSV',
    client: 'BROWSER',
  });
  await rest(page, 'PUT', `/exports/${exportId}`, { outcome: 'COMPLETED', rows: 300, bytes: 123456 });
}

async function waitForQueued(page: Page, count: number): Promise<void> {
  let queued = -1;
  for (let i = 0; i < 200 && queued !== count; i++) {
    if (i > 0) await page.waitForTimeout(50);
    queued = (await rest<{ status: { queued: number } }>(page, 'GET', '/analytics')).status.queued;
  }
  assert.equal(queued, count, 'events written to the table within 10 s');
}

describe('opt-in analytics, end to end over real TLS', () => {
  let receiver: RunningReceiver;
  let host: RunningDevHost;
  let browser: Browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    receiver = await startReceiver(resolve(import.meta.dirname, '../../target/e2e', `analytics-receiver-${process.pid}`));
    [host, browser] = await Promise.all([
      startDevHost('analytics', { TABLEWISE_ANALYTICS_CA: receiver.caFile, TABLEWISE_SCHEDULER: 'manual' }),
      launchChromium(),
    ]);
  });

  after(async () => {
    await browser?.close();
    await host?.stop();
    await receiver?.stop();
  });

  it('sends exactly the recorded events once switched on in the browser, and nothing once switched off', async () => {
    const { context, foreignRequests } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);
    const analytics = new AnalyticsSection(page);

    await shell.open(host.baseUrl);
    await new LoginPage(page).logIn('admin', 'admin');
    await shell.navLink('Analytics').click();
    await analytics.waitUntilLoaded();
    assert.equal(await analytics.state().innerText(), 'Off', 'off by default');
    assert.equal(await analytics.toggle().isChecked(), false);

    // Where this instance's analytics go: the local receiver (an administrator setting, over REST).
    const { settings } = await rest<{ settings: Record<string, unknown> }>(page, 'GET', '/analytics');
    await rest(page, 'PUT', '/analytics', { ...settings, enabled: false, endpoint: receiver.ingestUrl });
    await page.reload();
    await analytics.waitUntilLoaded();
    assert.match(await analytics.purge(), /^\d+ events deleted\.$/);
    await page.getByText('No events are waiting.').waitFor();

    await analytics.switchTo(true);
    await useTwoFeatures(page);
    await analytics.waitUntilLoaded();
    const expectedNames = [
      'tablewise.analytics.enabled',
      'tablewise.admin.view',
      'tablewise.export.started',
      'tablewise.export.format.csv',
      'tablewise.export.tables.jiraissue',
      'tablewise.export.tables.ao_other',
      'tablewise.export.completed',
    ];
    await waitForQueued(page, expectedNames.length);
    await analytics.refresh();
    assert.deepEqual(await analytics.previewNames(), expectedNames, 'the preview shows the next batch');
    const preview = await rest<{ rows: EventRow[] }>(page, 'GET', '/analytics/preview');
    // Event names look like i18n keys; what must not show is a key of tablewise.properties.
    const words = new Set((await page.locator('body').innerText()).split(/\s+/));
    assert.deepEqual([...readProperties(I18N_FILE).keys()].filter((key) => words.has(key)), [], 'raw i18n keys');
    await page.screenshot({ path: resolve(screenshots, 'analytics.png'), fullPage: true });

    assert.equal(await runSendJob(context, host), `Sent ${expectedNames.length} events.`);

    const ids = new Set(preview.rows.map((row) => row.ID));
    const tenant = preview.rows[0]?.ProductTenant;
    const delivered = (await receiver.received()).filter((row) => row.ProductTenant === tenant && ids.has(row.ID));
    assert.deepEqual(
      delivered.sort((a, b) => a.ID - b.ID),
      preview.rows,
      'the receiver holds exactly the previewed rows, each once',
    );
    await analytics.refresh();
    assert.equal(await analytics.state().innerText(), 'On');
    await analytics.textOf('tablewise-analytics-queued', /sent0$/);
    assert.doesNotMatch(await analytics.textOf('tablewise-analytics-last-success', /send/), /Never$/);
    await page.screenshot({ path: resolve(screenshots, 'analytics-sent.png'), fullPage: true });

    // Off: events are still recorded locally (preview, purge), but nothing leaves.
    await analytics.switchTo(false);
    await useTwoFeatures(page);
    await waitForQueued(page, expectedNames.length); // "disabled", then the same six feature events
    const receivedBefore = (await receiver.received()).length;
    const requestsBefore = receiver.requestCount();
    assert.equal(await runSendJob(context, host), 'Analytics is off: nothing sent.');
    assert.equal((await receiver.received()).length, receivedBefore);
    assert.equal(receiver.requestCount(), requestsBefore, 'not even an attempt');

    // Privacy: every payload the receiver was sent, decoded, against the instance's people.
    const sensitive = await sensitiveValues(page);
    assert.ok(sensitive.length > 50, `user names, e-mails and keys to look for: ${sensitive.length}`);
    const { payloads, problems } = payloadProblems(receiver.requestsFile, sensitive);
    assert.ok(payloads >= 1);
    assert.deepEqual(problems, []);

    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests, [], 'the browser itself never calls the collector');
    await context.close();
  });
});
