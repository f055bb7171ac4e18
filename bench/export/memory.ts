/**
 * Peak memory of processes, read from /proc (Linux): a Node process's own high-water mark
 * (VmHWM, what the kernel counts as its peak RSS) and the sum of a browser's processes' RSS,
 * sampled (Chromium runs a browser, a GPU, a network and renderer processes; the worker's
 * memory is in a renderer).
 */
import { readFileSync, readdirSync } from 'node:fs';

/** A field of /proc/<pid>/status in KiB, or null once the process is gone. */
export function statusKib(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Polls a process's VmHWM until stopped; the high-water mark only grows, so the last read wins. */
export function watchHighWaterMark(pid: number, everyMs = 50): { stop(): number } {
  let peak = 0;
  const read = (): void => {
    peak = Math.max(peak, statusKib(pid, 'VmHWM') ?? 0);
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return peak * 1024;
    },
  };
}

/** Every live descendant of `root` (children, their children, ...). */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // comm may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length > 0) {
    const next: number[] = [];
    for (const [pid, ppid] of parentOf) if (frontier.includes(ppid)) next.push(pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

/** Samples the summed RSS of this process's Chromium descendants; stop() gives the peak in bytes. */
export function watchChromiumRss(everyMs = 200): { stop(): number } {
  let peak = 0;
  const read = (): void => {
    let sum = 0;
    for (const pid of descendants(process.pid)) {
      let comm = '';
      try {
        comm = readFileSync(`/proc/${pid}/comm`, 'utf8');
      } catch {
        continue;
      }
      if (comm.startsWith('chrom')) sum += statusKib(pid, 'VmRSS') ?? 0;
    }
    peak = Math.max(peak, sum * 1024);
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return peak;
    },
  };
}
