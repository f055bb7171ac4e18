import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type pg from 'pg';
import { startDevHost, type RunningDevHost } from './support/devhost';
import { testPostgres, withPostgres } from './support/postgres';
import { tablewise } from './support/roundtrip/cli';
import { differences } from './support/roundtrip/compare';
import { type ReadBack, libreOfficeCsv, readCsv, readJsonl, readLibreOfficeSheets, readXlsx } from './support/roundtrip/readers';
import type { Format } from './support/roundtrip/rules';
import { type SqlTable, readSqlTable, sqlTableNames } from './support/roundtrip/sql';

/**
 * Issue 4's round trip: every sample table of a dev host over PostgreSQL, exported by the CLI
 * (in-process, at full speed, revealed) as CSV, JSON Lines and XLSX, read back by independent
 * readers (csv-parse, JSON.parse, exceljs, LibreOffice headless) and compared value by value
 * with a direct SQL read. The sample holds the hard values: formula-like, quoted, multi-line,
 * right-to-left and astral text, 100 kB+ texts, ids beyond 2^53, numeric(18,0) at its maximum,
 * the largest double, bytea, DST-edge and year-9999 timestamps.
 */
const server = testPostgres();
const required = process.env.TABLEWISE_REQUIRE_PG === '1';
const haveSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
/** This app's tables that an export itself writes to while it reads them. */
const AUDIT = 'AO_B3BDF1_AUDIT_ENTRY';
const EVENTS = 'AO_B3BDF1_EVENT';
const work = resolve(import.meta.dirname, '../../target/e2e', `roundtrip-${process.pid}`);

/** The exports made: by format, and CSV once more with the options for programs. */
const EXPORTS = {
  csv: ['--format', 'csv'],
  'csv-plain': ['--format', 'csv', '--no-distinguish-null', '--no-formula-guard'],
  jsonl: ['--format', 'jsonl'],
  xlsx: ['--format', 'xlsx'],
} as const;
type Key = keyof typeof EXPORTS;

interface Export {
  files: Record<string, Uint8Array>;
  exportId: string;
  /** The audit and event tables as SQL saw them just before the export. */
  auditBefore: SqlTable;
  eventsBefore: SqlTable;
}

describe('round trip: every sample table, every format, read back independently', { skip: server ? false : 'TABLEWISE_TEST_PG_URL is not set' }, () => {
  const pgServer = server as pg.ClientConfig;
  let host: RunningDevHost;
  let tables: string[] = [];
  const sql = new Map<string, SqlTable>();
  const exports = new Map<Key, Export>();

  const readTable = (name: string): Promise<SqlTable> => withPostgres(pgServer, host.database, (c) => readSqlTable(c, name));

  before(async () => {
    mkdirSync(work, { recursive: true });
    host = await startDevHost('roundtrip', {}, { postgres: pgServer });
    const listing = await tablewise(['tables', '--url', host.baseUrl, '--user', 'admin', '--password', 'admin', '--json'], work);
    assert.equal(listing.code, 0, listing.stderr);
    tables = (JSON.parse(listing.stdout) as { tables: Array<{ name: string }> }).tables.map((t) => t.name).sort();
    const inDatabase = await withPostgres(pgServer, host.database, sqlTableNames);
    assert.deepEqual(tables, [...inDatabase].sort(), 'the app lists every table of the database');

    for (const [key, formatArgs] of Object.entries(EXPORTS) as Array<[Key, readonly string[]]>) {
      const [auditBefore, eventsBefore] = [await readTable(AUDIT), await readTable(EVENTS)];
      const out = resolve(work, `all-${key}.zip`);
      const run = await tablewise(
        ['export', '--url', host.baseUrl, '--user', 'admin', '--password', 'admin', '--table', ...tables,
          ...formatArgs, '--out', out, '--full-speed', '--reveal', '--quiet', '--force'],
        work,
      );
      assert.equal(run.code, 0, `tablewise export ${formatArgs.join(' ')}: ${run.stderr}`);
      const files = unzipSync(new Uint8Array(readFileSync(out)));
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { exportId: string };
      exports.set(key, { files, exportId: manifest.exportId, auditBefore, eventsBefore });
    }
    for (const name of tables) if (name !== AUDIT) sql.set(name, await readTable(name));
  });

  after(async () => {
    await host?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  /**
   * The file's rows against SQL. The audit table: SQL before the export, plus the export's own
   * (still running) entry. The event table grows while exports run: the file holds at least the
   * rows SQL had before, each as SQL has it after.
   */
  function check(format: Format, key: Key, table: string, file: ReadBack): string[] {
    const exported = exports.get(key) as Export;
    if (table === EVENTS) {
      const after = sql.get(table) as SqlTable;
      const short = file.rows.length < exported.eventsBefore.rows.length;
      return [
        ...(short ? [`${format} ${table}: ${file.rows.length} rows, but SQL had ${exported.eventsBefore.rows.length} before the export`] : []),
        ...differences(format, { ...after, rows: after.rows.slice(0, file.rows.length) }, file),
      ];
    }
    if (table !== AUDIT) return differences(format, sql.get(table) as SqlTable, file);
    const before = exported.auditBefore;
    const idColumn = before.columns.findIndex((c) => c.name === 'EXPORT_ID');
    const own = file.rows.filter((r) => r[idColumn]?.value === exported.exportId);
    const problems = own.length === 1 ? [] : [`${format} ${table}: ${own.length} entries of the running export ${exported.exportId}, expected 1`];
    return [...problems, ...differences(format, before, { ...file, rows: file.rows.filter((r) => !own.includes(r)) })];
  }

  function assertSame(format: Format, found: string[]): void {
    assert.deepEqual(found, [], `${format} differs from the SQL read:\n${found.join('\n')}`);
  }

  it('CSV read by csv-parse: same rows, values and NULLs as SQL', () => {
    const { files } = exports.get('csv') as Export;
    assertSame('CSV', tables.flatMap((t) => check('CSV', 'csv', t, readCsv(new TextDecoder().decode(files[`${t}.csv`])))));
  });

  it('CSV for programs (--no-distinguish-null --no-formula-guard): text exactly as stored, NULL and empty alike', () => {
    const { files } = exports.get('csv-plain') as Export;
    const format = 'CSV --no-distinguish-null --no-formula-guard';
    assertSame(format, tables.flatMap((t) => check(format, 'csv-plain', t, readCsv(new TextDecoder().decode(files[`${t}.csv`])))));
  });

  it('JSON Lines read by JSON.parse: typed header, same rows, typed values and NULLs as SQL', () => {
    const { files } = exports.get('jsonl') as Export;
    assertSame('JSONL', tables.flatMap((t) => {
      const columns = (sql.get(t) ?? exports.get('jsonl')?.auditBefore)?.columns.map((c) => c.name) ?? [];
      return check('JSONL', 'jsonl', t, readJsonl(new TextDecoder().decode(files[`${t}.jsonl`]), columns));
    }));
  });

  it('XLSX read by exceljs: numbers, big ids as text, real dates, text cut at 32,767 and flagged', async () => {
    const { files } = exports.get('xlsx') as Export;
    const found: string[] = [];
    for (const t of tables) found.push(...check('XLSX', 'xlsx', t, await readXlsx(files[`${t}.xlsx`] as Uint8Array)));
    assertSame('XLSX', found);
  });

  it('XLSX converted to CSV by LibreOffice headless: same values as SQL', { skip: !haveSoffice && !required ? 'soffice is not installed' : false }, () => {
    assert.ok(haveSoffice, 'TABLEWISE_REQUIRE_PG=1 needs LibreOffice (scripts/deps installs libreoffice-calc-nogui)');
    const { files } = exports.get('xlsx') as Export;
    const dir = resolve(work, 'xlsx');
    mkdirSync(dir, { recursive: true });
    const names = tables.map((t) => `${t}.xlsx`);
    for (const name of names) writeFileSync(resolve(dir, name), files[name] as Uint8Array);
    const sheets = libreOfficeCsv(dir, names);
    assertSame('XLSX via LibreOffice', tables.flatMap((t) => {
      const texts = sheets.get(`${t}.xlsx`);
      if (!texts) return [`XLSX via LibreOffice ${t}: LibreOffice wrote no CSV`];
      return check('XLSX via LibreOffice', 'xlsx', t, readLibreOfficeSheets(texts));
    }));
  });
});
