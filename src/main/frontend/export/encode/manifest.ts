import type { ExportFormat, Filter } from '../../api/types';

/** One table inside a multi-table ZIP. */
export interface ManifestTable {
  table: string;
  file: string;
  format: ExportFormat;
  columns: string[];
  filters: Filter[];
  rows: number;
  /** Uncompressed size and SHA-256 of the file as it unzips. */
  bytes: number;
  sha256: string;
  /**
   * The `after` cursor of the table's last page (null: it had one page). Reading from it again
   * returns that last page and anything added since, for a later incremental export.
   */
  lastPageCursor: string | null;
  warnings: string[];
}

export interface Manifest {
  $tablewise: 'manifest';
  formatVersion: 1;
  format: ExportFormat;
  exportId: string | null;
  exportedAt: string;
  appVersion: string | null;
  productVersion: string | null;
  tables: ManifestTable[];
}

export const MANIFEST_NAME = 'manifest.json';
