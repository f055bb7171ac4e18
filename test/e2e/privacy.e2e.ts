import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, recordingContext } from './support/browser';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { AdminShellPage, LoginPage } from './support/pages';

const screenshots = resolve(import.meta.dirname, '../../target/e2e/screenshots');

describe('the Privacy section', () => {
  let host: RunningDevHost;
  let browser: Browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    [host, browser] = await Promise.all([startDevHost('privacy'), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await host?.stop();
  });

  it('saves the retention period and purges all data after a confirmation', async () => {
    const { context, foreignRequests } = await recordingContext(browser, host.baseUrl);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);
    await shell.open(host.baseUrl, '#/privacy');
    await new LoginPage(page).logIn('admin', 'admin');
    await shell.open(host.baseUrl, '#/privacy');

    const days = page.getByTestId('tablewise-retention-days');
    await days.waitFor({ timeout: 30_000 });
    assert.equal(await days.inputValue(), '90');
    await days.fill('30');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/rest/tablewise/1.0/retention') && r.request().method() === 'PUT'),
      page.getByTestId('tablewise-retention-save').click(),
    ]);
    await page.waitForFunction(
      () => (document.querySelector('input[data-testid="tablewise-retention-days"]') as HTMLInputElement | null)?.value === '30',
    );
    assert.doesNotMatch(await page.locator('body').innerText(), /tablewise\.[a-z]+\.[a-z.]+/,
      'no untranslated i18n key is visible');
    await page.screenshot({ path: resolve(screenshots, 'privacy.png'), fullPage: true });

    // The docs come from the instance itself (the jar), in a new tab.
    const [docs] = await Promise.all([context.waitForEvent('page'), page.getByTestId('tablewise-privacy-docs').click()]);
    await docs.waitForLoadState();
    assert.equal(new URL(docs.url()).pathname, '/plugins/servlet/tablewise/docs/privacy');
    const text = await docs.locator('#tablewise-doc').innerText();
    assert.match(text, /^# Privacy and data flow/);
    assert.match(text, /AO_B3BDF1_AUDIT_ENTRY/);
    await docs.screenshot({ path: resolve(screenshots, 'privacy-docs.png') });
    await docs.close();

    await page.getByTestId('tablewise-privacy-purge').click();
    await page.getByTestId('tablewise-privacy-purge-dialog').waitFor();
    // Let the modal's fade-in end, so the screenshot shows the dialog as a person sees it.
    await page.waitForTimeout(500);
    await page.screenshot({ path: resolve(screenshots, 'privacy-purge-dialog.png') });
    await page.getByTestId('tablewise-privacy-purge-confirm').click();
    const done = page.getByTestId('tablewise-privacy-purged');
    await done.waitFor({ timeout: 30_000 });
    assert.match(await done.innerText(), /Deleted \d+ audit entries, \d+ usage events and [1-9]\d* settings\./);
    // The retention setting went with everything else: the default again.
    await page.waitForFunction(
      () => (document.querySelector('input[data-testid="tablewise-retention-days"]') as HTMLInputElement | null)?.value === '90',
    );
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests, [], 'requests outside the instance origin');
    await context.close();
  });
});
