import type { ExportFormat } from '../../api/types';
import type { Checkpoint, CheckpointStore } from '../resume';
import type { SaveTarget } from './protocol';

/**
 * An export that stopped before it ended and can continue: what survives a closed page.
 * The checkpoint says where to continue, `staging` names the origin-private file that holds
 * the output so far, and `target` is where the finished file goes (a picked file or folder
 * handle, kept in IndexedDB, or a download).
 */
export interface PendingExport {
  id: string;
  /** The audit entry of the run that stopped; still RUNNING on the server if the page closed. */
  exportId: string | null;
  startedAt: string;
  updatedAt: string;
  fileName: string;
  tables: string[];
  format: ExportFormat;
  target: SaveTarget;
  staging: string;
  checkpoint: Checkpoint;
  /** Sum of the tables' estimates, for "41 % done" before the worker starts. */
  estimatedRows: number | null;
}

/** Where pending exports are kept; IndexedDB in the browser, memory in tests. */
export interface PendingStore {
  list(): Promise<PendingExport[]>;
  put(pending: PendingExport): Promise<void>;
  delete(id: string): Promise<void>;
}

/** Pending exports older than this are forgotten (and their staged output removed). */
export const PENDING_TTL_MS = 7 * 24 * 3_600_000;

/** The Web Lock a worker holds while it runs an export: a held lock means "not stopped". */
export function pendingLockName(id: string): string {
  return `tablewise-export:${id}`;
}

const DB_NAME = 'tablewise-exports';
const STORE = 'pending';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** The browser's store: one IndexedDB object store, readable from the page and the worker. */
export function indexedDbPendingStore(factory: IDBFactory = indexedDB): PendingStore {
  let db: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    db ??= new Promise((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB is not available'));
    });
    return db;
  };
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const store = (await open()).transaction(STORE, mode).objectStore(STORE);
    return promised(action(store));
  };
  return {
    list: () => run('readonly', (store) => store.getAll() as IDBRequest<PendingExport[]>),
    put: async (pending) => {
      await run('readwrite', (store) => store.put(pending));
    },
    delete: async (id) => {
      await run('readwrite', (store) => store.delete(id));
    },
  };
}

/**
 * The engine's CheckpointStore for one browser export: every checkpoint rewrites the pending
 * record; clear() (the export completed) forgets it.
 */
export class PendingCheckpoints implements CheckpointStore {
  private exportId: string | null;
  private estimatedRows: number | null;

  constructor(
    private readonly store: PendingStore,
    private readonly base: Omit<PendingExport, 'checkpoint' | 'updatedAt' | 'exportId' | 'estimatedRows'> &
      Partial<Pick<PendingExport, 'exportId' | 'estimatedRows'>>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.exportId = base.exportId ?? null;
    this.estimatedRows = base.estimatedRows ?? null;
  }

  /** Progress carries the audit id and the estimate once the engine knows them. */
  note(exportId: string | null, estimatedRows: number | null): void {
    if (exportId !== null) this.exportId = exportId;
    if (estimatedRows !== null) this.estimatedRows = estimatedRows;
  }

  save(checkpoint: Checkpoint): Promise<void> {
    return this.store.put({
      ...this.base,
      exportId: this.exportId,
      estimatedRows: this.estimatedRows,
      checkpoint,
      updatedAt: this.now().toISOString(),
    });
  }

  clear(): Promise<void> {
    return this.store.delete(this.base.id);
  }
}
