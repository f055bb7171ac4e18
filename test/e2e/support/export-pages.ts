import type { Locator, Page } from 'playwright-core';

/**
 * Headless Chromium cannot drive the native save dialog: without File System Access the page
 * falls back to writing the private file system and downloading the finished file.
 */
export const NO_SAVE_PICKERS = (): void => {
  const w = window as unknown as Record<string, unknown>;
  delete w.showSaveFilePicker;
  delete w.showDirectoryPicker;
};

/** The Tables section: the catalog, the selection and the export dialog. */
export class TablesSection {
  constructor(private readonly page: Page) {}

  async waitForCatalog(): Promise<void> {
    await this.page.getByTestId('tablewise-tables-summary').waitFor({ timeout: 30_000 });
  }

  async select(...tables: string[]): Promise<void> {
    for (const table of tables) await this.page.getByRole('checkbox', { name: `Select ${table}`, exact: true }).check();
  }

  async selectAllShown(): Promise<void> {
    await this.page.getByTestId('tablewise-select-shown--hidden-checkbox').check();
  }

  async openExportDialog(): Promise<ExportDialog> {
    await this.page.getByTestId('tablewise-export-open').click();
    const dialog = this.page.getByTestId('tablewise-export-dialog');
    await dialog.waitFor();
    return new ExportDialog(this.page, dialog);
  }

  progress(): ExportProgressPanel {
    return new ExportProgressPanel(this.page.getByTestId('tablewise-export-progress'));
  }

  pendingExport(): Locator {
    return this.page.getByTestId('tablewise-pending-export');
  }
}

export class ExportDialog {
  constructor(
    private readonly page: Page,
    readonly root: Locator,
  ) {}

  async start(): Promise<void> {
    await this.root.getByTestId('tablewise-export-start').click();
    await this.root.waitFor({ state: 'detached' });
  }
}

/** The progress panel: bars (role progressbar) with aria-valuenow in 0..1. */
export class ExportProgressPanel {
  constructor(readonly root: Locator) {}

  state(): Promise<string | null> {
    return this.root.getAttribute('data-state');
  }

  async overall(): Promise<number> {
    return Number(await this.root.getByRole('progressbar', { name: 'Overall' }).getAttribute('aria-valuenow'));
  }

  async tableValues(): Promise<number[]> {
    const bars = await this.root.getByRole('progressbar').all();
    const values = await Promise.all(bars.map((bar) => bar.getAttribute('aria-valuenow')));
    return values.slice(1).map(Number);
  }

  stats(): Promise<string> {
    return this.root.getByTestId('tablewise-progress-stats').innerText();
  }

  async cancel(): Promise<void> {
    await this.root.getByTestId('tablewise-export-cancel').click();
  }
}

/** The Exports section: the audit log of exports. */
export class ExportsSection {
  constructor(private readonly page: Page) {}

  rows(): Locator {
    return this.page.getByTestId('tablewise-exports--body').getByRole('row');
  }

  async refresh(): Promise<void> {
    await this.page.getByTestId('tablewise-exports-refresh').click();
  }

  /** The newest entry's outcome lozenge text as written, e.g. "Cancelled" (CSS shows it in capitals). */
  async newestOutcome(): Promise<string> {
    return ((await this.rows().first().locator('[data-testid^="tablewise-audit-outcome-"]').textContent()) ?? '').trim();
  }
}
