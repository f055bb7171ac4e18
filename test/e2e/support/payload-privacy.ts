import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const VOCABULARY = resolve(import.meta.dirname, '../../fixtures/analytics/vocabulary.txt');
const ROW_KEYS = ['ID', 'ProductTenant', 'Product', 'Name', 'ProductVersion', 'UpdateDate', 'AppVersion'];

/** User names, e-mail addresses, display names and user keys of the instance, read through its own API. */
export async function sensitiveValues(page: Page): Promise<string[]> {
  const sources: Array<[string, string]> = [
    ['cwd_user', 'user_name,lower_user_name,email_address,display_name'],
    ['app_user', 'user_key,lower_user_name'],
    ['project', 'pkey'],
  ];
  const values = new Set<string>(['admin', 'appadmin', 'admin@example.com', 'JIRAUSER10000', 'Ada Admin']);
  for (const [table, columns] of sources) {
    const rows = await page.evaluate(async ({ table, columns }) => {
      const response = await fetch(`/rest/tablewise/1.0/tables/${table}/rows?columns=${columns}&limit=10000`);
      if (!response.ok) throw new Error(`${table}: HTTP ${response.status}`);
      return ((await response.json()) as { rows: unknown[][] }).rows;
    }, { table, columns });
    for (const row of rows) for (const value of row) if (typeof value === 'string' && value.trim().length >= 2) values.add(value.trim());
  }
  return [...values];
}

/**
 * Every ingest body the receiver got, decoded: rows must be exactly the protocol's, names from
 * the vocabulary, and none of `sensitive` may appear (a value that is itself vocabulary text,
 * like a user called "admin", only as a whole field).
 */
export function payloadProblems(requestsFile: string, sensitive: string[]): { payloads: number; problems: string[] } {
  if (!existsSync(requestsFile)) return { payloads: 0, problems: [] };
  const vocabulary = readFileSync(VOCABULARY, 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
  const vocabularyText = vocabulary.join('\n');
  const problems: string[] = [];
  const bodies = readFileSync(requestsFile, 'utf8').split('\n').filter((line) => line.trim());
  bodies.forEach((line, i) => {
    const { body } = JSON.parse(line) as { body: string };
    const { dataEncoded } = JSON.parse(body) as { dataEncoded: string };
    const document = Buffer.from(dataEncoded, 'base64').toString('utf8');
    const rows = (JSON.parse(document) as { dataRows: Array<Record<string, unknown>> }).dataRows;
    for (const row of rows) {
      if (JSON.stringify(Object.keys(row)) !== JSON.stringify(ROW_KEYS)) problems.push(`payload ${i + 1}: keys ${Object.keys(row).join()}`);
      if (!vocabulary.includes(String(row['Name']))) problems.push(`payload ${i + 1}: name ${String(row['Name'])}`);
    }
    const haystack = `${body}\n${document}`.toLowerCase();
    for (const value of sensitive) {
      const needle = value.toLowerCase();
      if (needle === 'jira' || needle === 'confluence') continue; // the Product field must say it
      const wholeField = rows.some((row) => Object.values(row).some((v) => String(v).toLowerCase() === needle));
      if (vocabularyText.includes(needle) ? wholeField : haystack.includes(needle)) {
        problems.push(`payload ${i + 1}: contains "${value}"`);
      }
    }
  });
  return { payloads: bodies.length, problems };
}
