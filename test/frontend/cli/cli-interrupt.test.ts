// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvEncoder, defaultCsvOptions } from '../../../src/main/frontend/export/encode/csv';
import type { Checkpoint } from '../../../src/main/frontend/export/resume';
import { FakeServer } from '../export/support/contract';
import { JIRAISSUE_COLUMNS, jiraissueTable } from '../export/support/jiraissue';
import { cli, spawnCli } from './support/cli';
import { type Served, serve } from './support/http';

const ISSUES = jiraissueTable(3000, 7);
const TOKEN = 'pat-123';
let dir: string;
let served: Served;
let fake: FakeServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tablewise-int-'));
  fake = new FakeServer({ tables: [ISSUES], auth: { bearer: TOKEN } });
  // Slow pages, so the child is surely in the middle of the table when it is stopped.
  served = await serve(fake, { delayMs: 60 });
});
afterAll(async () => {
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

function expectedCsv(): string {
  const encoder = createCsvEncoder(JIRAISSUE_COLUMNS, defaultCsvOptions);
  const d = new TextDecoder();
  return d.decode(encoder.start()) + d.decode(encoder.page(ISSUES.rows));
}

async function pagesServed(atLeast: number): Promise<void> {
  const start = fake.pageRequests().length;
  for (let i = 0; i < 600 && fake.pageRequests().length - start < atLeast; i++) await new Promise((r) => setTimeout(r, 25));
}

const args = (out: string): string[] => ['export', '--url', served.url, '-t', 'jiraissue', '-o', out, '--full-speed', '--page-size', '100'];

describe('interrupting the CLI', () => {
  it('Ctrl-C: exits 130, keeps the partial file, prints how to resume; --resume completes it identically', async () => {
    const out = join(dir, 'sigint.csv');
    const child = spawnCli(args(out), { TABLEWISE_TOKEN: TOKEN });
    await pagesServed(25);
    child.kill('SIGINT');
    const { code, stderr } = await child.exited;
    expect(code).toBe(130);
    expect(stderr).toContain('cancelled');
    expect(stderr).toContain(`${out}.partial`);
    expect(stderr).toContain('--resume');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(true);
    const checkpoint = JSON.parse(readFileSync(`${out}.partial.checkpoint.json`, 'utf8')) as Checkpoint;
    expect(checkpoint.rows).toBeGreaterThan(0);
    expect(fake.exports.get('e1')?.finish?.outcome).toBe('CANCELLED');

    const resumed = await cli([...args(out), '--resume'], { TABLEWISE_TOKEN: TOKEN });
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expectedCsv());
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);

  it('SIGKILL: the partial file never looks complete, and --resume yields the same bytes', async () => {
    const out = join(dir, 'killed.csv');
    const child = spawnCli([...args(out), '--format', 'csv'], { TABLEWISE_TOKEN: TOKEN });
    // Kill it once a mid-table checkpoint is on disk (one is saved about every second).
    const saved = (): Checkpoint | null => {
      try {
        return JSON.parse(readFileSync(`${out}.partial.checkpoint.json`, 'utf8')) as Checkpoint;
      } catch {
        return null;
      }
    };
    for (let i = 0; i < 600 && !((saved()?.rows ?? 0) > 0); i++) await new Promise((r) => setTimeout(r, 20));
    await pagesServed(3);
    child.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const checkpoint = JSON.parse(readFileSync(`${out}.partial.checkpoint.json`, 'utf8')) as Checkpoint;
    expect(checkpoint.rows).toBeGreaterThan(0);
    expect(checkpoint.cursor).not.toBeNull();
    // Without --resume the CLI refuses to start over silently.
    const refused = await cli(args(out), { TABLEWISE_TOKEN: TOKEN });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--resume');

    const resumed = await cli([...args(out), '--resume'], { TABLEWISE_TOKEN: TOKEN });
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expectedCsv());
    expect(existsSync(`${out}.partial.checkpoint.json`)).toBe(false);
  }, 60_000);
});
