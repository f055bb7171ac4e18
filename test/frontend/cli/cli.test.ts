// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders } from '../../../src/main/frontend/cli/auth';
import { resumeCommand } from '../../../src/main/frontend/cli/export-command';
import { createCsvEncoder, defaultCsvOptions } from '../../../src/main/frontend/export/encode/csv';
import { FakeServer, type FakeServerOptions, column, error, tableDetail } from '../export/support/contract';
import { JIRAISSUE_COLUMNS, jiraissueTable } from '../export/support/jiraissue';
import { readWorkbook } from '../export/support/xlsx-reader';
import { cli } from './support/cli';
import { type Served, serve } from './support/http';

const ISSUES = jiraissueTable(1200);
const PROJECTS = {
  detail: tableDetail('project', [column('ID', 'BIGINT', false), column('pname', 'STRING')], 2),
  rows: [['10000', 'Alpha'], ['10001', '=HYPERLINK("x")']],
};
const USER = { user: 'admin', password: 'pä ss:word' };
const TOKEN = 'NjQ2MzA5OTk2NzE5OkPAT';

let dir: string;
let served: Served | null = null;
let fake: FakeServer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tablewise-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await served?.close();
  served = null;
});

async function start(options: Partial<FakeServerOptions> = {}): Promise<string> {
  fake = new FakeServer({ tables: [ISSUES, PROJECTS], auth: { basic: USER, bearer: TOKEN }, ...options });
  served = await serve(fake);
  return served.url;
}

function expectedCsv(): string {
  const encoder = createCsvEncoder(JIRAISSUE_COLUMNS, defaultCsvOptions);
  const d = new TextDecoder();
  return d.decode(encoder.start()) + d.decode(encoder.page(ISSUES.rows));
}

const fast = ['--full-speed', '--page-size', '250'];

describe('tablewise export', () => {
  it('exports a table to a file: complete file, no partial left, quiet when not on a terminal', async () => {
    const url = await start();
    const out = join(dir, 'issues.csv');
    const run = await cli(['export', '--url', url, '--table', 'jiraissue', '--out', out, '--token', TOKEN, ...fast]);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(expectedCsv());
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(existsSync(`${out}.partial.checkpoint.json`)).toBe(false);
    expect(fake.exports.get('e1')).toMatchObject({ start: { client: 'CLI', format: 'CSV' }, finish: { outcome: 'COMPLETED', rows: 1200 } });
    expect(fake.pageRequests()).toHaveLength(5);
  });

  it('sends a token as Bearer and a user as Basic, from flags or the environment', async () => {
    const url = await start();
    const auth = (): string | null => fake.requests[fake.requests.length - 1]?.headers.get('authorization') ?? null;
    expect((await cli(['tables', '--url', url, '--token', TOKEN])).code).toBe(0);
    expect(auth()).toBe(`Bearer ${TOKEN}`);
    expect((await cli(['tables', '--url', url, '--user', USER.user, '--password', USER.password])).code).toBe(0);
    expect(auth()).toBe('Basic ' + Buffer.from(`${USER.user}:${USER.password}`).toString('base64'));
    expect((await cli(['tables', '--url', url], { TABLEWISE_TOKEN: TOKEN })).code).toBe(0);
    expect(auth()).toBe(`Bearer ${TOKEN}`);
    expect((await cli(['tables'], { TABLEWISE_URL: url, TABLEWISE_USER: USER.user, TABLEWISE_PASSWORD: USER.password })).code).toBe(0);
    expect(auth()).toMatch(/^Basic /);
    expect(() => authHeaders({ token: 'a', user: 'b' }, {})).toThrow(/not both/);
  });

  it.each([
    ['401 bad credentials', ['--token', 'wrong'], {}, 3],
    ['403 not a system administrator', ['--token', TOKEN], { admin: false }, 3],
    ['404 unknown table', ['--token', TOKEN, '--table', 'nosuchtable'], {}, 4],
    ['400 unknown column', ['--token', TOKEN, '--columns', 'ID,NOPE'], {}, 2],
  ] as const)('exits with the documented code for %s', async (_, args, options, code) => {
    const url = await start(options);
    const out = join(dir, `fail-${code}.csv`);
    const run = await cli(['export', '--url', url, '--table', 'jiraissue', '--out', out, ...args]);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(/^tablewise: /);
    // Nothing worth resuming: no output, no partial, no checkpoint.
    expect(existsSync(out) || existsSync(`${out}.partial`) || existsSync(`${out}.partial.checkpoint.json`)).toBe(false);
  });

  it('exits 5 when the server keeps failing, keeping the partial output and saying how to resume', async () => {
    const url = await start({ fault: (r) => (r.url.searchParams.get('after') === 'k499' ? error(503, 'DATABASE_ERROR', 'down') : undefined) });
    const out = join(dir, 'down.csv');
    const run = await cli(['export', '--url', url, '-t', 'jiraissue', '-o', out, '--token', TOKEN, '--retries', '1', ...fast]);
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('DATABASE_ERROR');
    expect(run.stderr).toContain(`tablewise export --url ${url} -t jiraissue -o ${out} --retries 1 --full-speed --page-size 250 --resume`);
    expect(run.stderr).not.toContain(TOKEN);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(true);
    expect(fake.exports.get('e1')?.finish?.outcome).toBe('FAILED');

    // The server recovers: --resume finishes the same file.
    fake.options.fault = undefined;
    const resumed = await cli(['export', '--url', url, '-t', 'jiraissue', '-o', out, '--token', TOKEN, '--resume', ...fast]);
    expect(resumed.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expectedCsv());
    expect(fake.pageRequests().filter((r) => r.url.searchParams.get('after') === null)).toHaveLength(1);
    expect(fake.exports.get('e2')?.finish).toMatchObject({ outcome: 'COMPLETED', rows: 1200, message: 'resumed at row 500' });
  });

  it('exits 2 on usage errors and refuses to overwrite without --force', async () => {
    const url = await start();
    expect((await cli(['export', '--url', url, '--token', TOKEN, '--table', 'jiraissue', '--format', 'pdf'])).code).toBe(2);
    expect((await cli(['export', '--url', url, '--token', TOKEN])).code).toBe(2);
    expect((await cli(['export', '--url', url, '--table', 'jiraissue'])).code).toBe(2); // no credentials
    expect((await cli(['export', '--url', url, '--token', TOKEN, '--user', 'x', '--table', 'jiraissue'])).code).toBe(2);
    expect((await cli(['export', '--url', url, '--token', TOKEN, '-t', 'a', 'b', '--columns', 'ID'])).code).toBe(2);
    expect((await cli(['export', '--url', url, '--token', TOKEN, '-t', 'jiraissue', '--page-size', 'many'])).code).toBe(2);
    expect((await cli(['export', '--url', url, '--token', TOKEN, '-t', 'jiraissue', '--resume', '-o', join(dir, 'none.csv')])).code).toBe(2);
    expect((await cli(['nonsense'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
    const help = await cli(['export', '--help']);
    expect(help.stdout).toContain('130  cancelled with Ctrl-C');
    const out = join(dir, 'exists.csv');
    writeFileSync(out, 'old');
    const refused = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'project', '-o', out]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await cli(['export', '--url', url, '--token', TOKEN, '-t', 'project', '-o', out, '--force', ...fast])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Alpha');
  });

  it('draws a progress bar on stderr when it is a terminal', async () => {
    const url = await start();
    const out = join(dir, 'tty.csv');
    const run = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'jiraissue', '-o', out, ...fast], {}, undefined, true);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('jiraissue [');
    expect(run.stderr).toContain('1,200 rows');
    expect(run.stderr).toContain(`Wrote 1,200 rows`);
    const quiet = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'jiraissue', '-o', out, '--force', '-q', ...fast], {}, undefined, true);
    expect(quiet.stderr).toBe('');
  });

  it('writes to stdout with --out -, honouring CSV options', async () => {
    const url = await start();
    const run = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'project', '-o', '-', '--delimiter', ';', '--bom', '--no-formula-guard', '--lf', ...fast]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('\uFEFFID;pname\n10000;Alpha\n10001;"=HYPERLINK(""x"")"\n');
    const guarded = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'project', '-o', '-', '--no-header', ...fast]);
    expect(guarded.stdout).toBe(`10000,Alpha\r\n10001,"'=HYPERLINK(""x"")"\r\n`);
  });

  it('exports several tables as XLSX into one ZIP with a manifest', async () => {
    const url = await start();
    const out = join(dir, 'both.zip');
    const run = await cli(['export', '--url', url, '--token', TOKEN, '-t', 'jiraissue,project', '-f', 'xlsx', '-o', out, ...fast]);
    expect(run.code).toBe(0);
    const files = unzipSync(readFileSync(out));
    expect(Object.keys(files)).toEqual(['jiraissue.xlsx', 'project.xlsx', 'manifest.json']);
    expect(readWorkbook(files['jiraissue.xlsx']!).sheets[0]!.rows).toHaveLength(1201);
  });
});

describe('tablewise tables', () => {
  it('lists tables for people and as JSON', async () => {
    const url = await start();
    const human = await cli(['tables', '--url', url, '--token', TOKEN]);
    expect(human.code).toBe(0);
    expect(human.stdout.split('\n')[0]).toMatch(/^TABLE\s+GROUP\s+ROWS \(EST\.\)/);
    expect(human.stdout).toMatch(/jiraissue\s+CORE\s+1200/);
    const json = await cli(['tables', '--url', url, '--token', TOKEN, '--json', '--match', 'PROJ']);
    expect((JSON.parse(json.stdout) as { tables: Array<{ name: string }> }).tables.map((t) => t.name)).toEqual(['project']);
    expect((await cli(['tables', '--url', url, '--token', 'bad'])).code).toBe(3);
    expect((await cli(['tables', '--url', `${url}/wrong-context`, '--token', TOKEN])).code).toBe(4);
  });
});

describe('resumeCommand', () => {
  it('masks secrets and quotes what the shell would split', () => {
    expect(resumeCommand(['export', '--url', 'https://j', '--password', 's3cret', '--user', 'a b', '--force', '-t', 'x'])).toBe(
      "tablewise export --url https://j --user 'a b' -t x --resume   (pass --password/--token again, or set TABLEWISE_*)",
    );
  });
});
