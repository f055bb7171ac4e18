import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, recordingContext } from './support/browser';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { ADMIN_PATH, AdminShellPage, LoginPage } from './support/pages';

const screenshots = resolve(import.meta.dirname, '../../target/e2e/screenshots');

describe('the admin shell', () => {
  let host: RunningDevHost;
  let browser: Browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    [host, browser] = await Promise.all([startDevHost('admin-shell'), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('shows a system administrator the Tablewise shell and its navigation, and nothing leaves the instance', async () => {
    const { context, foreignRequests } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);

    await shell.open(host.baseUrl);
    await new LoginPage(page).logIn('admin', 'admin');
    assert.equal(new URL(page.url()).pathname, ADMIN_PATH);

    await shell.heading().waitFor({ timeout: 30_000 });
    for (const label of ['Tables', 'Exports', 'Analytics', 'Privacy', 'About']) {
      assert.equal(await shell.navLink(label).count(), 1, `navigation has ${label}`);
    }
    for (const label of ['Exports', 'Analytics', 'Privacy', 'About', 'Tables']) {
      await shell.navLink(label).click();
      await page.waitForFunction((hash) => location.hash === hash, `#/${label.toLowerCase()}`);
    }
    assert.doesNotMatch(await page.locator('body').innerText(), /tablewise\.[a-z]+\.[a-z.]+/,
      'no untranslated i18n key is visible');
    await page.screenshot({ path: resolve(screenshots, 'admin-shell.png'), fullPage: true });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests, [], 'requests outside the instance origin');
    await context.close();
  });

  it('lists the shipped components with their licences on the About page', async () => {
    const { context, foreignRequests } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);
    await shell.open(host.baseUrl, '#/about');
    await new LoginPage(page).logIn('admin', 'admin');
    await shell.open(host.baseUrl, '#/about');

    const versions = page.getByTestId('tablewise-about-versions');
    await versions.waitFor({ timeout: 30_000 });
    assert.match(await versions.innerText(), /^Tablewise \d+\.\d+\.\d+\S* on Jira 10\.3\.6 \(build 10030006\)\.$/);
    const bom = (await (await context.request.get(`${host.baseUrl}/rest/tablewise/1.0/about`)).json()) as {
      components: Array<{ name: string; licences: string[] }>;
    };
    assert.ok(bom.components.length > 20, `${bom.components.length} components`);
    const table = page.getByTestId('tablewise-about-components--table');
    await page.getByLabel('Search components').fill('jackson-databind');
    const row = table.locator('tbody tr');
    await row.first().waitFor();
    assert.equal(await row.count(), 1);
    assert.match(await row.first().innerText(), /com\.fasterxml\.jackson\.core:jackson-databind\s+\d+\.\d+\.\d+\s+Apache-2\.0/);
    await page.getByLabel('Search components').fill('');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="tablewise-about-components--table"] tbody tr').length > 20);
    assert.doesNotMatch(await page.locator('body').innerText(), /tablewise\.[a-z]+\.[a-z.]+/,
      'no untranslated i18n key is visible');
    await page.screenshot({ path: resolve(screenshots, 'about.png'), fullPage: true });
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests, [], 'requests outside the instance origin');
    await context.close();
  });

  it('refuses a user who is not a system administrator', async () => {
    const { context } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);

    await shell.open(host.baseUrl);
    await new LoginPage(page).logIn('user', 'user');
    const status = await shell.open(host.baseUrl);
    assert.equal(status, 403);
    assert.match(await page.locator('#tablewise-forbidden').innerText(), /system administrators/i);
    assert.equal(await page.locator('#tablewise-admin').count(), 0, 'the app is not even mounted');
    await page.screenshot({ path: resolve(screenshots, 'refused-user.png') });
    await context.close();
  });

  it('sends an anonymous visitor to the login page', async () => {
    const { context } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    await new AdminShellPage(page).open(host.baseUrl);
    assert.equal(new URL(page.url()).pathname, '/login');
    await context.close();
  });
});
