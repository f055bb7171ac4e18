/**
 * The export engine's public face, for the admin pages (through browser/), the CLI and tests.
 * Pure TypeScript on web-standard APIs: runs in a worker and in Node.
 */
export { startExport, ExportJob, entryNames } from './engine';
export type { EngineDeps, ExportResult, ProgressListener } from './engine';
export type { ExportProgress, ExportState } from './progress';
export { resolveRequest, suggestedFileName, extensionOf, MAX_PAGE_SIZE } from './request';
export type { ExportRequest, ResolvedRequest, TableSelection } from './request';
export { assertResumable, parseCheckpoint, resumesPerPage } from './resume';
export type { Checkpoint, CheckpointStore } from './resume';
export { MemorySink } from './sink';
export type { Sink } from './sink';
export { TablewiseClient, restRoot } from './source/client';
export type { ClientConfig, ExportStarted, PageQuery, Transport } from './source/client';
export { ExportError } from './source/errors';
export type { FailureKind } from './source/errors';
export { defaultRateLimit } from './source/rate';
export type { RateLimit } from './source/rate';
export { defaultRetryPolicy } from './source/retry';
export type { RetryPolicy } from './source/retry';
export type { Clock } from './clock';
export { defaultCsvOptions } from './encode/csv';
export type { CsvOptions } from './encode/csv';
export { defaultXlsxOptions, EXCEL_MAX_ROWS } from './encode/xlsx/writer';
export type { XlsxOptions } from './encode/xlsx/writer';
export type { Manifest, ManifestTable } from './encode/manifest';
export type { JsonlHeader } from './encode/jsonl';
