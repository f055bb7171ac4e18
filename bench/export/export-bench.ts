/**
 * The export benchmark of issue 4, in one run on a 1,000,000-row jiraissue in PostgreSQL:
 * rows/s of (a) psql's COPY (SELECT ...) TO STDOUT WITH CSV into a file, (b) the CLI at full
 * speed to a CSV file, (c) the browser engine (the webpack-built worker) in headless Chromium
 * to a downloaded file, (d) the CLI to XLSX; ratios to (a), round by round, so that all meet
 * the same load from the rest of the machine; and peak memory of the dev host's heap, the CLI
 * (VmHWM) and Chromium (summed RSS) for 100,000 against 1,000,000 rows.
 * Run from the repository root: bench/export/run (see bench/README.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { Filter } from '../../src/main/frontend/api/types';
import { startBenchHost } from './host';
import { type Run, lastAudit, openBrowser, runBrowser, runCli, runCopy } from './runners';

const env = process.env;
const required = (name: string): string => {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set (bench/export/run sets it)`);
  return value;
};
const jdbcUrl = required('TABLEWISE_BENCH_URL');
const classpath = required('TABLEWISE_BENCH_CLASSPATH');
const psql = required('TABLEWISE_BENCH_PSQL');
const small = Number(env.TABLEWISE_BENCH_SMALL ?? 100_000);
const rounds = Number(env.TABLEWISE_BENCH_ROUNDS ?? 3);
const heap = env.TABLEWISE_BENCH_XMX ?? '256m';

// jdbc:postgresql://host:port/db?user=u&password=p as a libpq URI.
const jdbc = new URL(jdbcUrl.slice('jdbc:'.length));
const conninfo = `postgresql://${jdbc.searchParams.get('user')}:${jdbc.searchParams.get('password')}@${jdbc.host}${jdbc.pathname}`;
const sql = (query: string): string => execFileSync(psql, [conninfo, '-X', '-tAc', query], { encoding: 'utf8' }).trim();

type Kind = 'copy' | 'cli' | 'browser' | 'xlsx';
const LABELS: Record<Kind, string> = {
  copy: '(a) COPY (SELECT ...) TO STDOUT WITH CSV > file',
  cli: '(b) CLI --full-speed, CSV file',
  browser: '(c) browser engine, headless Chromium, CSV file',
  xlsx: '(d) CLI --full-speed, XLSX file',
};

interface Measured extends Run {
  rows: number;
  heap?: { used: number; live: number };
  stagedSeconds?: number;
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mib = (bytes: number | undefined): string => (bytes === undefined ? '-' : `${fmt(bytes / 1048576)} MiB`);
const rate = (m: Measured): number => m.rows / m.seconds;
const median = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] as number;

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const total = Number(sql('SELECT count(*) FROM jiraissue'));
  const columns = sql(
    "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = 'jiraissue'",
  );
  // 100,000 rows: the same table up to the 100,001st id, as a RANGE filter (ids are BIGINT: strings on the wire).
  const cut = sql(`SELECT id FROM jiraissue ORDER BY id OFFSET ${small} LIMIT 1`);
  const first: Filter[] = [{ column: 'id', op: 'RANGE', to: cut }];
  console.log(`jiraissue: ${fmt(total)} rows, ${columns.split(',').length} columns; ${rounds} round(s); load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);

  const dir = mkdtempSync(join(resolve('target'), 'bench-export-'));
  const host = await startBenchHost(classpath, jdbcUrl, total, heap);
  console.log(`dev host (own JVM, -Xmx${heap}): ${host.baseUrl}`);
  const browser = await openBrowser(join(dir, 'profile'), join(dir, 'downloads'));
  try {
    const run = async (kind: Kind, filters: Filter[] | null, expected: number): Promise<Measured> => {
      if (kind === 'copy') {
        const m = await runCopy(psql, conninfo, `SELECT ${columns} FROM jiraissue`, join(dir, 'copy.csv'));
        return { ...m, rows: total };
      }
      await host.reset();
      const m: Measured =
        kind === 'browser'
          ? await runBrowser(browser, host.baseUrl, 'CSV', filters)
          : { ...(await runCli(host.baseUrl, kind === 'cli' ? 'csv' : 'xlsx', join(dir, `cli.${kind === 'cli' ? 'csv' : 'xlsx'}`), filters)), rows: 0 };
      m.heap = await host.peak();
      const audit = await lastAudit(host.baseUrl, kind === 'browser' ? 'BROWSER' : 'CLI', kind === 'xlsx' ? 'XLSX' : 'CSV');
      if (audit.outcome !== 'COMPLETED' || audit.rows !== expected || (kind === 'browser' && m.rows !== expected)) {
        throw new Error(`${LABELS[kind]}: ${audit.outcome}, ${audit.rows} rows audited, ${expected} expected`);
      }
      m.rows = audit.rows;
      return m;
    };
    const line = (kind: Kind, m: Measured, base?: Measured): void =>
      console.log(
        `  ${LABELS[kind].padEnd(50)} ${fmt(rate(m)).padStart(9)} rows/s  ${base ? `${(rate(m) / rate(base)).toFixed(2)} x (a)` : '        '}` +
          `  ${fmt(m.bytes / 1e6).padStart(4)} MB in ${m.seconds.toFixed(1)} s` +
          (m.heap ? `; heap ${mib(m.heap.used)}` : '') +
          (m.peakBytes ? `; ${kind === 'browser' ? 'Chromium RSS' : 'VmHWM'} ${mib(m.peakBytes)}` : '') +
          (m.stagedSeconds !== undefined ? `; staged after ${m.stagedSeconds.toFixed(1)} s` : ''),
      );

    console.log('\nWarm-up (JIT of both sides, PostgreSQL cache):');
    line('copy', await run('copy', null, total));
    for (const kind of ['cli', 'browser', 'xlsx'] as const) line(kind, await run(kind, first, small));

    console.log(`\n${fmt(small)} rows (memory):`);
    const smallRuns = new Map<Kind, Measured>();
    for (const kind of ['cli', 'browser', 'xlsx'] as const) {
      const m = await run(kind, first, small);
      smallRuns.set(kind, m);
      line(kind, m);
    }

    const all: Array<Record<Kind, Measured>> = [];
    for (let r = 1; r <= rounds; r++) {
      console.log(`\nRound ${r}, ${fmt(total)} rows:`);
      const round = {} as Record<Kind, Measured>;
      for (const kind of ['copy', 'cli', 'browser', 'xlsx'] as const) {
        round[kind] = await run(kind, null, total);
        line(kind, round[kind], kind === 'copy' ? undefined : round.copy);
      }
      all.push(round);
    }

    const loadAfter = loadavg();
    console.log(`\nMedian of ${rounds} round(s), ${fmt(total)} rows of jiraissue (ratio: median of the rounds' ratios):`);
    const ratios = new Map<Kind, number>();
    for (const kind of ['copy', 'cli', 'browser', 'xlsx'] as const) {
      const ratio = median(all.map((round) => rate(round[kind]) / rate(round.copy)));
      ratios.set(kind, ratio);
      console.log(`  ${LABELS[kind].padEnd(50)} ${fmt(median(all.map((round) => rate(round[kind])))).padStart(9)} rows/s  ${ratio.toFixed(2)} x (a)`);
    }
    const verdict = (kind: Kind, target: number): string =>
      `${(ratios.get(kind) as number).toFixed(2)} ${(ratios.get(kind) as number) >= target ? 'met' : 'MISSED'} (target ${target})`;
    console.log(`  Targets: (b) ${verdict('cli', 0.5)}; (c) ${verdict('browser', 0.35)}`);

    const peakOf = (kind: Kind, pick: (m: Measured) => number | undefined): number | undefined =>
      Math.max(...all.map((round) => pick(round[kind]) ?? 0));
    const rowsOf = [
      ['dev host heap, peak used, during (b)', (k: Measured) => k.heap?.used, 'cli'],
      ['dev host heap, largest live set, during (b)', (k: Measured) => k.heap?.live, 'cli'],
      ['dev host heap, peak used, during (c)', (k: Measured) => k.heap?.used, 'browser'],
      ['dev host heap, peak used, during (d)', (k: Measured) => k.heap?.used, 'xlsx'],
      ['CLI, CSV (b): peak RSS (VmHWM)', (k: Measured) => k.peakBytes, 'cli'],
      ['CLI, XLSX (d): peak RSS (VmHWM)', (k: Measured) => k.peakBytes, 'xlsx'],
      ['Chromium (c): peak of summed RSS, all processes', (k: Measured) => k.peakBytes, 'browser'],
    ] as const;
    console.log(`\nPeak memory                                        ${fmt(small).padStart(9)} rows  ${fmt(total).padStart(9)} rows`);
    for (const [label, pick, kind] of rowsOf) {
      const smallRun = smallRuns.get(kind);
      console.log(`  ${label.padEnd(48)} ${mib(smallRun ? pick(smallRun) : undefined).padStart(14)} ${mib(peakOf(kind, pick)).padStart(14)}`);
    }
    console.log(`\nLoad average: ${loadBefore.map((l) => l.toFixed(2)).join(' ')} at the start, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} at the end`);
  } finally {
    await browser.close().catch(() => undefined);
    await host.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
