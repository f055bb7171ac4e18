// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { XlsxWriter, defaultXlsxOptions } from '../../../src/main/frontend/export/encode/xlsx/writer';
import { MemorySink } from '../../../src/main/frontend/export/sink';
import { column, tableDetail } from './support/contract';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * An independent reader: LibreOffice opens the workbook and converts every sheet to CSV.
 * Skipped where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`).
 */
describe.skipIf(!soffice)('XLSX read by LibreOffice', () => {
  it('opens, splits sheets, keeps ids, dates, times and escaped characters', async () => {
    const columns = [column('ID', 'BIGINT'), column('TXT', 'STRING'), column('DAY', 'DATE'), column('AT', 'TIMESTAMP'), column('T', 'TIME'), column('N', 'INTEGER'), column('OK', 'BOOLEAN')];
    const meta = { detail: tableDetail('jiraissue', columns, null), columns, filters: [], exportedAt: '', appVersion: null, productVersion: null };
    const sink = new MemorySink();
    const writer = new XlsxWriter(sink, meta, { ...defaultXlsxOptions, maxRowsPerSheet: 3 }, new Date('2026-11-22T00:00:00Z'));
    await writer.begin();
    await writer.page([
      ['9223372036854775807', 'bell\u0007, _x0041_ and <&> "q"', '2024-02-29', '2024-02-29T13:45:30+02:00', '18:30:00', 42, true],
      ['10001', 'two\nlines\tand tab', '1899-12-31', '2024-03-01T00:00:00.125Z', '00:00:01.25', -7, false],
      ['10002', '🎉 日本語', null, null, null, null, null],
    ]);
    await writer.end();

    const dir = mkdtempSync(join(tmpdir(), 'tablewise-lo-'));
    try {
      writeFileSync(join(dir, 'book.xlsx'), sink.bytes());
      execFileSync('soffice', [
        '--headless', '--norestore', `-env:UserInstallation=file://${dir}/profile`,
        // 44: comma, 34: quote, 76: UTF-8, ..., -1: every sheet to its own file.
        '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir', dir, join(dir, 'book.xlsx'),
      ], { timeout: 120_000, stdio: 'ignore' });
      const files = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
      expect(files).toEqual(['book-jiraissue (2).csv', 'book-jiraissue.csv']);
      const first = parse(readFileSync(join(dir, 'book-jiraissue.csv'), 'utf8')) as string[][];
      const second = parse(readFileSync(join(dir, 'book-jiraissue (2).csv'), 'utf8')) as string[][];
      expect(first).toEqual([
        ['ID', 'TXT', 'DAY', 'AT', 'T', 'N', 'OK'],
        ['9223372036854775807', 'bell\u0007, _x0041_ and <&> "q"', '2024-02-29', '2024-02-29 13:45:30', '18:30:00', '42', 'TRUE'],
        ['10001', 'two\nlines\tand tab', '1899-12-31', '2024-03-01 00:00:00.125', '00:00:01', '-7', 'FALSE'],
      ]);
      expect(second).toEqual([['ID', 'TXT', 'DAY', 'AT', 'T', 'N', 'OK'], ['10002', '🎉 日本語', '', '', '', '', '']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
