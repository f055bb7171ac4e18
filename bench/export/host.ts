/**
 * The dev host in a JVM of its own, as bench/tables runs it (TablesBench.java --serve): the
 * real plugin over the benchmark database, polling its own heap every 10 ms. `reset` collects
 * and zeroes the peaks, `peak` reads them.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BenchHost {
  baseUrl: string;
  /** Full GC, then peaks start from zero. */
  reset(): Promise<void>;
  /** Peak heap used and largest live set after a GC since the last reset, in bytes. */
  peak(): Promise<{ used: number; live: number }>;
  stop(): Promise<void>;
}

export async function startBenchHost(classpath: string, jdbcUrl: string, rows: number, heap: string): Promise<BenchHost> {
  const child = spawn('java', [`-Xmx${heap}`, '-cp', classpath, 'bench/tables/TablesBench.java', '--serve', jdbcUrl, String(rows)], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const lines = createInterface({ input: child.stdout });
  const waiting: Array<{ prefix: string; resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let exited: Error | null = null;
  lines.on('line', (line) => {
    const at = waiting.findIndex((w) => line.startsWith(w.prefix));
    if (at >= 0) waiting.splice(at, 1)[0]?.resolve(line);
  });
  const ended = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exited = new Error(`the dev host exited with ${code}`);
      for (const w of waiting.splice(0)) w.reject(new Error(`the dev host exited with ${code} before printing ${w.prefix}`));
      resolve();
    }),
  );
  const awaitLine = (prefix: string): Promise<string> =>
    new Promise((resolve, reject) => {
      if (exited) reject(exited);
      else waiting.push({ prefix, resolve, reject });
    });
  const command = async (text: string, prefix: string): Promise<string> => {
    const answer = awaitLine(prefix);
    child.stdin.write(text + '\n');
    return answer;
  };
  const baseUrl = (await awaitLine('READY ')).slice(6).trim();
  return {
    baseUrl,
    reset: async () => {
      await command('reset', 'OK');
    },
    peak: async () => {
      const [, used, live] = (await command('peak', 'PEAK ')).split(' ');
      return { used: Number(used), live: Number(live) };
    },
    stop: async () => {
      child.stdin.end('quit\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await ended;
      clearTimeout(timer);
    },
  };
}
