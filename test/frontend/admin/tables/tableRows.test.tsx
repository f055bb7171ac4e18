import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TABLES_HEAD, tableRows } from '../../../../src/main/frontend/admin/tables/tableRows';
import { CATALOG } from '../support/catalog';

afterEach(cleanup);

const options = { selected: new Set(['cwd_user']), onToggle: () => undefined, sortKey: 'name' as const, sortOrder: 'ASC' as const };

describe('TABLES_HEAD', () => {
  it('is one constant with sortable name, rows and size', () => {
    expect(TABLES_HEAD.cells.map((c) => c.key)).toEqual(['select', 'name', 'group', 'rows', 'size', 'columns', 'key', 'redacted']);
    expect(TABLES_HEAD.cells.filter((c) => c.isSortable).map((c) => c.key)).toEqual(['name', 'rows', 'size']);
    expect(TABLES_HEAD.cells.reduce((sum, c) => sum + (c.width ?? 0), 0)).toBe(100);
  });
});

describe('tableRows', () => {
  it('makes one row per summary, keyed by name, a cell per head column', () => {
    const rows = tableRows(CATALOG, options);
    expect(rows.map((r) => r.key)).toEqual(CATALOG.map((t) => t.name));
    expect(rows.every((r) => r.cells.length === TABLES_HEAD.cells.length)).toBe(true);
  });

  it('gives sort keys that put unknown figures last either way', () => {
    const [asc, desc] = (['ASC', 'DESC'] as const).map((sortOrder) => tableRows(CATALOG, { ...options, sortOrder }));
    const audit = CATALOG.findIndex((t) => t.name === 'AO_3BDBF1_AUDIT_ENTRY');
    expect(asc![audit]!.cells[3]!.key).toBe(Number.MAX_SAFE_INTEGER);
    expect(desc![audit]!.cells[3]!.key).toBe(-1);
    expect(asc![0]!.cells[3]!.key).toBe(120_000);
  });

  it('renders group, estimate, size, key, redaction and a labelled, working checkbox', () => {
    const onToggle = vi.fn();
    const rows = tableRows(CATALOG, { ...options, onToggle });
    render(
      <table>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={row.testId}>
              {row.cells.map((c, i) => (
                <td key={i}>{c.content}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>,
    );
    const text = (name: string) => screen.getByTestId(`tablewise-table-${name}`).textContent;
    expect(text('jiraissue')).toBe('jiraissueProduct120,00050 MB30ID');
    expect(text('AO_60DB71_SPRINT')).toBe('AO_60DB71_SPRINTApp60DB71208 KB14ID');
    expect(text('AO_3BDBF1_AUDIT_ENTRY')).toContain('Tablewise');
    expect(text('hibernate_unique_key')).toContain('None');
    expect(text('cwd_user')).toContain('1 redacted');
    expect(screen.getByTitle('Exported empty unless revealed: credential')).toBeTruthy();
    expect(screen.getAllByTitle('The database does not say')).toHaveLength(3);
    const box = screen.getByRole('checkbox', { name: 'Select cwd_user' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select jiraissue' }));
    expect(onToggle).toHaveBeenCalledWith('jiraissue');
  });
});
