// What the reference receiver keeps: accepted rows, de-duplicated by (ProductTenant, ID), and
// recently accepted nonces, both in append-only JSONL files so a restart loses neither.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord, type EventRow } from './codec.js';

export interface StoredRow {
  receivedAt: string;
  row: EventRow;
}

export interface AppendResult {
  stored: number;
  duplicates: number;
}

export class Store {
  private readonly rowsFile: string;
  private readonly noncesFile: string;
  private readonly requestsFile: string;
  private readonly rows = new Map<string, StoredRow>();
  private readonly nonces = new Map<string, number>();

  constructor(dataDir: string, private readonly replayWindowMs: number, nowMs: number) {
    mkdirSync(dataDir, { recursive: true });
    this.rowsFile = join(dataDir, 'rows.jsonl');
    this.noncesFile = join(dataDir, 'nonces.jsonl');
    this.requestsFile = join(dataDir, 'requests.jsonl');
    for (const entry of readEntries(this.rowsFile)) {
      if (isRecord(entry) && typeof entry['receivedAt'] === 'string' && isRecord(entry['row'])) {
        const stored = entry as unknown as StoredRow;
        this.rows.set(rowKey(stored.row), stored);
      }
    }
    for (const entry of readEntries(this.noncesFile)) {
      if (isRecord(entry) && typeof entry['nonce'] === 'string' && typeof entry['at'] === 'number') {
        this.nonces.set(entry['nonce'], entry['at']);
      }
    }
    this.forgetOldNonces(nowMs);
    // Rewrite the nonce file with only the live window, so it stays small across restarts.
    writeFileSync(this.noncesFile, [...this.nonces].map(([nonce, at]) => `${JSON.stringify({ nonce, at })}\n`).join(''));
  }

  seenRecently(nonce: string, nowMs: number): boolean {
    this.forgetOldNonces(nowMs);
    return this.nonces.has(nonce);
  }

  /**
   * Records the nonce and the rows not stored before, synchronously: Node runs one handler at
   * a time, so check-then-append cannot interleave with another request's.
   */
  accept(nonce: string, rows: readonly EventRow[], nowMs: number): AppendResult {
    const receivedAt = new Date(nowMs).toISOString();
    const fresh: StoredRow[] = [];
    const keysInBatch = new Set<string>();
    for (const row of rows) {
      const key = rowKey(row);
      if (this.rows.has(key) || keysInBatch.has(key)) continue;
      keysInBatch.add(key);
      fresh.push({ receivedAt, row });
    }
    if (fresh.length > 0) {
      appendFileSync(this.rowsFile, fresh.map((s) => `${JSON.stringify(s)}\n`).join(''));
      for (const stored of fresh) this.rows.set(rowKey(stored.row), stored);
    }
    appendFileSync(this.noncesFile, `${JSON.stringify({ nonce, at: nowMs })}\n`);
    this.nonces.set(nonce, nowMs);
    return { stored: fresh.length, duplicates: rows.length - fresh.length };
  }

  /**
   * Appends the raw body of an ingest request, accepted or not, so a test can check every
   * payload a sender ever sent (privacy) and count the attempts (back-off, "nothing sent").
   */
  recordRequest(body: unknown, nowMs: number): void {
    const text = Buffer.isBuffer(body) ? body.toString('utf8') : '';
    appendFileSync(this.requestsFile, `${JSON.stringify({ at: new Date(nowMs).toISOString(), body: text })}\n`);
  }

  all(): StoredRow[] {
    return [...this.rows.values()];
  }

  private forgetOldNonces(nowMs: number): void {
    for (const [nonce, at] of this.nonces) {
      if (nowMs - at >= this.replayWindowMs) this.nonces.delete(nonce);
    }
  }
}

function rowKey(row: EventRow): string {
  return `${row.ProductTenant}/${row.ID}`;
}

// A line cut short by a crash mid-append is skipped rather than failing the restart.
function readEntries(file: string): unknown[] {
  if (!existsSync(file)) return [];
  const entries: unknown[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      entries.push(JSON.parse(line));
    } catch {
      // skipped: see above
    }
  }
  return entries;
}
