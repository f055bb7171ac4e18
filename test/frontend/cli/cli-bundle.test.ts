// @vitest-environment node
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeServer } from '../export/support/contract';
import { jiraissueTable } from '../export/support/jiraissue';
import { REPO } from './support/cli';
import { type Served, serve } from './support/http';

let served: Served;
// Asynchronous: the server answering the CLI lives in this process.
const run = promisify(execFile);

beforeAll(async () => {
  served = await serve(new FakeServer({ tables: [jiraissueTable(10)], auth: { bearer: 'pat' } }));
});
afterAll(() => served.close());

/**
 * What `npm run build` (and so Maven) leaves in target/cli and `npx tablewise` runs: one file
 * that runs on plain Node. Part of `npm run test:bundle`, after the build.
 */
describe('the built CLI', () => {
  it('is target/cli/tablewise.mjs and runs through the npx launcher', async () => {
    expect(existsSync(`${REPO}target/cli/tablewise.mjs`), 'target/cli/tablewise.mjs is built: run npm run build:cli').toBe(true);
    const version = execFileSync(process.execPath, ['scripts/tablewise.mjs', '--version'], { cwd: REPO, encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const env = { PATH: process.env.PATH ?? '', TABLEWISE_TOKEN: 'pat' };
    const { stdout: listing } = await run(process.execPath, ['target/cli/tablewise.mjs', 'tables', '--url', served.url], { cwd: REPO, env });
    expect(listing).toMatch(/jiraissue\s+CORE\s+10/);
    const { stdout: csv } = await run(
      process.execPath,
      ['target/cli/tablewise.mjs', 'export', '--url', served.url, '-t', 'jiraissue', '-o', '-', '--columns', 'ID,pkey'],
      { cwd: REPO, env },
    );
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['ID,pkey', '10000,PROJ-1', '10001,PROJ-2']);
  }, 60_000);
});
