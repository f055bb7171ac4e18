import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, never a downloaded one. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Flags with the machine's closed network in mind (the export benchmark uses them too). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * A browser context that remembers every request whose origin is not the instance's. The admin
 * screen must never send one: nothing leaves the instance unless an administrator takes it.
 */
export async function recordingContext(
  browser: Browser,
  baseUrl: string,
): Promise<{ context: BrowserContext; foreignRequests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      foreignRequests.push(url);
    }
  });
  return { context, foreignRequests };
}
