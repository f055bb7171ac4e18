import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../../../src/main/frontend/cli/main';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
export const ENTRY = `${REPO}src/main/frontend/cli/tablewise.ts`;

export interface CliRun {
  code: number;
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
}

/** Runs the CLI in this process, stdout and stderr captured, not a terminal. */
export async function cli(args: string[], env: Record<string, string | undefined> = {}, cwd = REPO, tty = false): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 120 });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await main(args, { stdout, stderr, env, cwd });
  const stdoutBytes = Buffer.concat(out);
  return { code, stdout: stdoutBytes.toString('utf8'), stdoutBytes, stderr: Buffer.concat(err).toString('utf8') };
}

export interface Child {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  kill(signal: NodeJS.Signals): void;
}

/** Runs the real executable (from source, through tsx) in a child process. */
export function spawnCli(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  child.stdout.resume();
  return {
    exited: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr }))),
    kill: (signal) => child.kill(signal),
  };
}
