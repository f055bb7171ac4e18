/** What the admin pages import: pick a target in the click handler, then run in a worker. */
export { chooseSaveTarget, startBrowserExport, offerDownload } from './start';
export type { BrowserExport, BrowserExportOptions } from './start';
export type { BrowserExportResult, SaveTarget } from './protocol';
