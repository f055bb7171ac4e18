import type { ValueKind } from '../../api/types';

/** Kinds whose wire value is a number, or a string of an exact decimal. */
export function isNumericKind(kind: ValueKind): boolean {
  return kind === 'INTEGER' || kind === 'BIGINT' || kind === 'DECIMAL' || kind === 'FLOAT';
}

/** Kinds a spreadsheet may read as a formula: free text (and Base64, which may start with +). */
export function isTextKind(kind: ValueKind): boolean {
  return kind === 'STRING' || kind === 'OTHER' || kind === 'BINARY';
}

/**
 * The text form of a non-null wire value. Wire values are already strings except numbers and
 * booleans; anything else (a server bug) is kept readable rather than lost.
 */
export function wireText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}
