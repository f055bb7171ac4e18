import type { Locator, Page } from 'playwright-core';

/** The Analytics section of the Tablewise admin page. */
export class AnalyticsSection {
  constructor(private readonly page: Page) {}

  root(): Locator {
    return this.page.getByTestId('tablewise-analytics-page');
  }

  toggle(): Locator {
    return this.page.getByRole('checkbox', { name: 'Send usage analytics' });
  }

  state(): Locator {
    return this.page.getByTestId('tablewise-analytics-state');
  }

  previewTable(): Locator {
    return this.page.getByTestId('tablewise-analytics-preview--table');
  }

  async waitUntilLoaded(): Promise<void> {
    await this.state().waitFor({ timeout: 30_000 });
  }

  async switchTo(on: boolean): Promise<void> {
    // Atlaskit's Toggle hides the input under its track: click the label, as a person would.
    await this.page.locator('label[for="tablewise-analytics-enabled"]').click();
    await this.page.waitForFunction(
      (expected) => document.querySelector('[data-testid="tablewise-analytics-state"]')?.textContent === expected,
      on ? 'On' : 'Off',
    );
  }

  /** Reads settings, status and preview again, and waits until the page shows them. */
  async refresh(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Refresh', exact: true });
    await Promise.all([
      this.page.waitForResponse((response) => response.url().includes('/rest/tablewise/1.0/analytics/preview')),
      button.click(),
    ]);
    await this.page.waitForFunction(
      () => !document.querySelector('[data-testid="tablewise-analytics-page"] button[disabled]'),
    );
  }

  /** Waits until the element's text matches, and returns it. */
  async textOf(testId: string, pattern: RegExp): Promise<string> {
    await this.page.waitForFunction(
      ({ testId, source, flags }) =>
        new RegExp(source, flags).test(document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? ''),
      { testId, source: pattern.source, flags: pattern.flags },
    );
    return (await this.page.getByTestId(testId).textContent()) ?? '';
  }

  async purge(): Promise<string> {
    await this.page.getByTestId('tablewise-analytics-purge').click();
    await this.page.getByTestId('tablewise-analytics-purge-confirm').click();
    const done = this.page.getByTestId('tablewise-analytics-purged');
    await done.waitFor();
    return done.innerText();
  }

  /** The Name column of the preview's first page. */
  async previewNames(): Promise<string[]> {
    const cells = this.previewTable().locator('tbody tr td:nth-child(4)');
    return cells.allInnerTexts();
  }
}
