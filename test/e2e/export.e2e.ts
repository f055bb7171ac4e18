import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchChromium, recordingContext } from './support/browser';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { ExportsSection, NO_SAVE_PICKERS, TablesSection } from './support/export-pages';
import { AdminShellPage, LoginPage } from './support/pages';

const screenshots = resolve(import.meta.dirname, '../../target/e2e/screenshots');
const downloads = resolve(import.meta.dirname, '../../target/e2e/downloads');
const THREE = ['changeitem', 'jiraaction', 'jiraissue'];

interface Manifest {
  $tablewise: string;
  format: string;
  exportId: string;
  tables: Array<{ table: string; file: string; rows: number; bytes: number; sha256: string }>;
}

/** Reads a downloaded ZIP: every entry, the manifest, and rows per CSV checked against it. */
function readArchive(file: string): { names: string[]; manifest: Manifest } {
  const entries = unzipSync(new Uint8Array(readFileSync(file)));
  const manifestBytes = entries['manifest.json'];
  assert.ok(manifestBytes, 'the archive holds a manifest.json');
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest;
  assert.equal(manifest.$tablewise, 'manifest');
  for (const table of manifest.tables) {
    const bytes = entries[table.file];
    assert.ok(bytes, `${table.file} is in the archive`);
    assert.equal(bytes.length, table.bytes, `${table.file}: size as in the manifest`);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), table.sha256, `${table.file}: checksum as in the manifest`);
    const records = parse(new TextDecoder().decode(bytes), { relax_column_count: false }) as string[][];
    assert.equal(records.length - 1, table.rows, `${table.file}: a header and the manifest's rows`);
  }
  return { names: Object.keys(entries).sort(), manifest };
}

describe('exporting from the Tables page', () => {
  let host: RunningDevHost;
  let browser: Browser;

  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    mkdirSync(downloads, { recursive: true });
    [host, browser] = await Promise.all([startDevHost('export'), launchChromium()]);
  });

  after(async () => {
    await browser?.close();
    await host?.stop();
  });

  async function openAdmin(): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[] }> {
    const { context, foreignRequests } = await recordingContext(browser, host.baseUrl);
    await context.addInitScript(NO_SAVE_PICKERS);
    const page = await context.newPage();
    const shell = new AdminShellPage(page);
    await shell.open(host.baseUrl, '#/tables');
    await new LoginPage(page).logIn('admin', 'admin');
    await new TablesSection(page).waitForCatalog();
    return { context, page, foreignRequests };
  }

  async function assertNothingLeft(page: Page, foreignRequests: string[]): Promise<void> {
    await page.waitForLoadState('networkidle');
    assert.deepEqual(foreignRequests, [], 'requests outside the instance origin');
  }

  it('exports three tables as one ZIP: progress bars move, the archive and its manifest are complete', async () => {
    const { context, page, foreignRequests } = await openAdmin();
    const tables = new TablesSection(page);
    await tables.select(...THREE);
    const dialog = await tables.openExportDialog();
    assert.match(await dialog.root.innerText(), /Several tables go into one ZIP file/);
    assert.match(await dialog.root.innerText(), /Off: Tablewise reads at most 2 pages of 1,000 rows a second/);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.start();

    // The default rate limit (2 pages a second) makes the bars move for a few seconds.
    const progress = tables.progress();
    await progress.root.waitFor();
    const seen: number[] = [];
    let screenshotTaken = false;
    while ((await progress.state()) !== 'completed') {
      const value = await progress.overall();
      if (seen.at(-1) !== value) seen.push(value);
      if (!screenshotTaken && value > 0 && value < 1) {
        await page.screenshot({ path: resolve(screenshots, 'export-progress.png'), fullPage: true });
        screenshotTaken = true;
      }
      await page.waitForTimeout(50);
    }
    const moving = seen.filter((v) => v > 0 && v < 1);
    assert.ok(moving.length >= 2, `the overall bar moved through several values: ${seen.join(', ')}`);
    assert.deepEqual([...moving].sort((a, b) => a - b), moving, 'and only forward');
    assert.ok(screenshotTaken, 'a screenshot of the running export was saved');
    assert.equal(await progress.overall(), 1);
    assert.deepEqual(await progress.tableValues(), [1, 1, 1]);

    const file = resolve(downloads, `three-tables-${process.pid}.zip`);
    const done: Download = await download;
    assert.equal(done.suggestedFilename(), 'tablewise-export.zip');
    await done.saveAs(file);
    const { names, manifest } = readArchive(file);
    assert.deepEqual(names, ['changeitem.csv', 'jiraaction.csv', 'jiraissue.csv', 'manifest.json']);
    assert.deepEqual(manifest.tables.map((t) => t.table), THREE);
    assert.ok(manifest.tables.every((t) => t.rows > 0), 'every table has rows');
    const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
    assert.match(await page.getByTestId('tablewise-export-completed').innerText(), new RegExp(`${total.toLocaleString('en')} rows`));
    await page.screenshot({ path: resolve(screenshots, 'export-completed.png'), fullPage: true });

    await new AdminShellPage(page).navLink('Exports').click();
    const exports = new ExportsSection(page);
    await exports.rows().first().waitFor();
    assert.equal(await exports.newestOutcome(), 'Completed');
    assert.match(await exports.rows().first().innerText(), /changeitem, jiraaction, jiraissue/);
    await assertNothingLeft(page, foreignRequests);
    await context.close();
  });

  it('cancels an export cleanly, and the Exports page marks it cancelled', async () => {
    const { context, page, foreignRequests } = await openAdmin();
    const tables = new TablesSection(page);
    await tables.selectAllShown();
    const dialog = await tables.openExportDialog();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await dialog.start();

    const progress = tables.progress();
    await page.waitForFunction(() => {
      const bar = document.querySelector('[data-testid="tablewise-export-progress"] [role="progressbar"]');
      return Number(bar?.getAttribute('aria-valuenow')) > 0;
    });
    await progress.cancel();
    await page.getByTestId('tablewise-export-cancelled').waitFor({ timeout: 30_000 });
    assert.equal(await progress.state(), 'cancelled');
    assert.equal(await page.getByTestId('tablewise-pending-export').count(), 0, 'nothing is offered for resuming');
    await page.screenshot({ path: resolve(screenshots, 'export-cancelled.png'), fullPage: true });

    await new AdminShellPage(page).navLink('Exports').click();
    const exports = new ExportsSection(page);
    await exports.rows().first().waitFor();
    assert.equal(await exports.newestOutcome(), 'Cancelled');
    await page.screenshot({ path: resolve(screenshots, 'exports-page.png'), fullPage: true });
    assert.equal(downloaded, false, 'a cancelled export offers no file');
    await assertNothingLeft(page, foreignRequests);
    await context.close();
  });

  it('retries a dropped connection by itself and still delivers the whole archive', async () => {
    const { context, page, foreignRequests } = await openAdmin();
    let dropped = 0;
    // The first page request of the export dies mid-flight, as a reset connection would.
    await context.route('**/rest/tablewise/1.0/tables/*/rows?*', async (route) => {
      if (dropped === 0) {
        dropped++;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    const tables = new TablesSection(page);
    await tables.select(...THREE);
    const dialog = await tables.openExportDialog();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    // The panel says so while the engine waits to try again (a fraction of a second).
    const retrying = page.getByTestId('tablewise-export-retrying').waitFor({ timeout: 30_000 });
    await dialog.start();
    await retrying;
    const done = await download;
    assert.equal(dropped, 1, 'one page request was dropped');
    assert.equal(await tables.progress().state(), 'completed');
    const file = resolve(downloads, `retried-${process.pid}.zip`);
    await done.saveAs(file);
    const { names } = readArchive(file);
    assert.deepEqual(names, ['changeitem.csv', 'jiraaction.csv', 'jiraissue.csv', 'manifest.json']);
    await assertNothingLeft(page, foreignRequests);
    await context.close();
  });

  it('resumes an export after its page was closed, from the checkpoint in the browser', async () => {
    const { context, page, foreignRequests } = await openAdmin();
    const tables = new TablesSection(page);
    await tables.selectAllShown();
    const dialog = await tables.openExportDialog();
    await dialog.start();
    // Wait until a few tables are done (a ZIP checkpoint is saved at every table end), then close.
    await page.waitForFunction(() => {
      const bars = [...document.querySelectorAll('[data-testid="tablewise-export-progress"] [role="progressbar"]')].slice(1);
      return bars.filter((bar) => bar.getAttribute('aria-valuenow') === '1').length >= 3;
    }, undefined, { timeout: 60_000 });
    await page.close();

    // The same browser profile (IndexedDB, private file system), a new page.
    const again = await context.newPage();
    await new AdminShellPage(again).open(host.baseUrl, '#/tables');
    const resumable = new TablesSection(again).pendingExport();
    await resumable.waitFor({ timeout: 30_000 });
    assert.match(await resumable.innerText(), /An export of \d+ tables stopped before it ended/);
    await again.screenshot({ path: resolve(screenshots, 'export-resume-offered.png'), fullPage: true });
    const download = again.waitForEvent('download', { timeout: 180_000 });
    await resumable.getByRole('button', { name: 'Resume' }).click();
    const done = await download;
    const file = resolve(downloads, `resumed-${process.pid}.zip`);
    await done.saveAs(file);
    const { names, manifest } = readArchive(file);
    assert.ok(manifest.tables.length > 30, 'every table is in the resumed archive');
    assert.equal(names.length, manifest.tables.length + 1);

    await new AdminShellPage(again).navLink('Exports').click();
    const exports = new ExportsSection(again);
    await exports.rows().first().waitFor();
    assert.equal(await exports.newestOutcome(), 'Completed');
    assert.match((await exports.rows().nth(1).textContent()) ?? '', /Failed.*Interrupted: the page closed/);
    await assertNothingLeft(again, foreignRequests);
    await context.close();
  });
});
