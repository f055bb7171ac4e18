import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { get, post } from '../../collector/https-client';
import type { EventRow } from '../../collector/codec';

const repo = resolve(import.meta.dirname, '../../..');

export interface RunningReceiver {
  /** https://127.0.0.1:PORT */
  base: string;
  ingestUrl: string;
  /** The receiver's self-signed certificate (PEM file): the dev host trusts it via TABLEWISE_ANALYTICS_CA. */
  caFile: string;
  /** Accepted rows, one per (ProductTenant, ID). */
  received(): Promise<EventRow[]>;
  /** How many ingest requests arrived, accepted or not. */
  requestCount(): number;
  /** requests.jsonl: every ingest body as received. */
  requestsFile: string;
  control(command: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** The reference receiver (test/collector/main.ts) over TLS on 127.0.0.1, in its own process. */
export async function startReceiver(dataDir: string): Promise<RunningReceiver> {
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(resolve(repo, 'node_modules/.bin/tsx'), ['test/collector/main.ts', '--port', '0', '--data', dataDir], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await listeningUrl(child);
  const caFile = resolve(dataDir, 'tls', 'cert.pem');
  const ca = readFileSync(caFile, 'utf8');
  const requestsFile = resolve(dataDir, 'requests.jsonl');
  return {
    base,
    ingestUrl: `${base}/ingest`,
    caFile,
    requestsFile,
    async received() {
      const answer = await get(`${base}/_received`, ca);
      return (JSON.parse(answer.body) as { rows: { row: EventRow }[] }).rows.map((stored) => stored.row);
    },
    requestCount() {
      return existsSync(requestsFile) ? readFileSync(requestsFile, 'utf8').split('\n').filter((l) => l.trim()).length : 0;
    },
    async control(command) {
      await post(`${base}/_control`, JSON.stringify(command), ca);
    },
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`receiver did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (https:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`receiver exited with ${code}:\n${output}`));
    });
  });
}
