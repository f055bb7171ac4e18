import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

export interface RunningDevHost {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the real dev host (a separate JVM, as a person runs it) on a free port over a fresh H2
 * file with a small sample, and waits until it says it is up.
 */
export async function startDevHost(name: string, env: Record<string, string> = {}): Promise<RunningDevHost> {
  const classpath = execFileSync(resolve(repo, 'scripts/classpath'), { encoding: 'utf8' }).trim();
  const dir = resolve(repo, 'target/e2e', `${name}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const child = spawn('java', ['-Xmx768m', '-cp', classpath, 'io.tablewise.devhost.DevHost'], {
    cwd: repo,
    env: {
      ...process.env,
      TABLEWISE_PORT: '0',
      TABLEWISE_DB: `jdbc:h2:file:${dir}/db;DB_CLOSE_ON_EXIT=FALSE`,
      TABLEWISE_SAMPLE_ISSUES: '300',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = await waitForUrl(child);
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
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
