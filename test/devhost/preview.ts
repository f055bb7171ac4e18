/**
 * Renders the admin screen in Debian's Chromium the way the dev host serves it, saves a PNG
 * and fails if the page asks for anything outside its own origin or shows a raw i18n key.
 *
 *   npm run build:web && npm run preview -- [out.png] [#/route] [jira|confluence]
 *
 * The page and its files are written to /tmp/tablewise-preview (the dev host's URL layout)
 * and served from there on localhost. Never downloads a browser: playwright-core drives
 * /usr/bin/chromium (apt-get install -y chromium).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { OUTPUT_DIR } from '../frontend/support/paths';
import { devPageHtml, RESOURCE_PREFIX, SHIM_URL } from './dev-page';

const [out = '/tmp/tablewise-preview.png', route = '#/tables', product = 'jira'] = process.argv.slice(2);
const ROOT = '/tmp/tablewise-preview';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

// Roughly the content column the products' atl.admin decorator leaves for a page.
const FRAME_CSS = `<link rel="icon" href="data:,">
<style>
  body { margin: 0; background: #fff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif; }
  #tablewise-admin { padding: 20px 24px; max-width: 1280px; }
</style>`;

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(path.join(ROOT, path.dirname(SHIM_URL)), { recursive: true });
cpSync(path.join(import.meta.dirname, 'resources', 'wrm-dev-shim.js'), path.join(ROOT, SHIM_URL));
cpSync(OUTPUT_DIR, path.join(ROOT, RESOURCE_PREFIX), { recursive: true });
writeFileSync(path.join(ROOT, 'index.html'), devPageHtml({ product }).replace('</head>', `${FRAME_CSS}\n</head>`));

const server = createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = path.join(ROOT, pathname === '/' ? 'index.html' : pathname);
  let body: Buffer;
  try {
    if (!file.startsWith(ROOT)) throw new Error('outside the preview folder');
    body = readFileSync(file);
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  response.end(body);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const problems: string[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) problems.push(`request left the origin: ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  // Walk every section through the navigation, as a person would, then come back to `route`.
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const nav = page.getByRole('navigation');
  for (const link of await nav.getByRole('link').all()) {
    const label = (await link.innerText()).trim();
    await link.click();
    await page.getByRole('heading', { level: 2, name: label, exact: true }).waitFor();
    if (/tablewise\.[a-z]/.test(await page.locator('body').innerText())) problems.push(`raw i18n key on ${label}`);
  }
  await page.goto(`${origin}/${route}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.mouse.move(0, 0); // no hover state in the picture
  await page.screenshot({ path: out, fullPage: true });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
