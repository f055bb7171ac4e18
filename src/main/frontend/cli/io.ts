import type { Writable } from 'node:stream';
import type { Transport } from '../export/source/client';

/** Everything the CLI touches outside itself, so tests run it in-process. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Aborts on Ctrl-C; the bin wires SIGINT to it. */
  interrupt?: AbortSignal;
  transport?: Transport;
}

declare const __TABLEWISE_VERSION__: string | undefined;

/** Set by the CLI build from package.json; "dev" when run from source. */
export const VERSION = typeof __TABLEWISE_VERSION__ === 'string' ? __TABLEWISE_VERSION__ : 'dev';

export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
