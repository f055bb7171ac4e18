/** What the admin pages import: pick a target in the click handler, then run in a worker. */
export {
  chooseSaveTarget,
  discardPendingExport,
  ensureWritePermission,
  listPendingExports,
  newPendingId,
  offerDownload,
  resumeBrowserExport,
  startBrowserExport,
} from './start';
export type { BrowserExport, BrowserExportOptions } from './start';
export { indexedDbPendingStore, PENDING_TTL_MS } from './pending';
export type { PendingExport, PendingStore } from './pending';
export type { BrowserExportResult, SaveTarget } from './protocol';
