import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type pg from 'pg';
import { createDatabase, dropDatabase, jdbcUrl } from './postgres';

const repo = resolve(import.meta.dirname, '../../..');

export interface RunningDevHost {
  baseUrl: string;
  /** The PostgreSQL database it runs on, or null on H2. */
  database: string | null;
  stop(): Promise<void>;
}

/**
 * Starts the real dev host (a separate JVM, as a person runs it) on a free port over a fresh H2
 * file with a small sample, and waits until it says it is up. With `postgres`, over a fresh
 * database of its own on that server instead (dropped again by stop()).
 */
export async function startDevHost(
  name: string,
  env: Record<string, string> = {},
  options: { postgres?: pg.ClientConfig } = {},
): Promise<RunningDevHost> {
  const classpath = execFileSync(resolve(repo, 'scripts/classpath'), { encoding: 'utf8' }).trim();
  const dir = resolve(repo, 'target/e2e', `${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const server = options.postgres;
  const database = `tablewise_e2e_${name.replace(/\W/g, '_')}_${process.pid}`.toLowerCase();
  const db: Record<string, string> = { TABLEWISE_DB: `jdbc:h2:file:${dir}/db;DB_CLOSE_ON_EXIT=FALSE` };
  if (server) {
    await createDatabase(server, database);
    db.TABLEWISE_DB = jdbcUrl(server, database);
    db.TABLEWISE_DB_USER = server.user ?? '';
    db.TABLEWISE_DB_PASSWORD = typeof server.password === 'string' ? server.password : '';
  }
  const child = spawn('java', ['-Xmx768m', '-cp', classpath, 'io.tablewise.devhost.DevHost'], {
    cwd: repo,
    env: {
      ...process.env,
      TABLEWISE_PORT: '0',
      TABLEWISE_SAMPLE_ISSUES: '300',
      ...db,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stopped = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await stopped;
    if (server) await dropDatabase(server, database);
  };
  const baseUrl = await waitForUrl(child).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { baseUrl, database: server ? database : null, stop };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`dev host did not start in 120 s:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /dev host is running: (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dev host exited with ${code}:\n${output}`));
    });
  });
}
