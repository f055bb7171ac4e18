// The shared wire-contract cases, read from the repo's verbatim copy (test helper).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Body, EventRow } from './codec.js';

export const VECTORS_PATH = fileURLToPath(new URL('../fixtures/analytics/vectors.json', import.meta.url));
export const SHARED_VECTORS_PATH = fileURLToPath(new URL('../../../shared/analytics/vectors.json', import.meta.url));

export interface VectorCase {
  name: string;
  unixSeconds: number;
  nonce: string;
  rows: EventRow[];
  decodedJson: string;
  body: Body;
}

export interface Vectors {
  keyUtf8: string;
  cases: VectorCase[];
}

// The file is the contract's own fixture, checked field by field by the tests that use it.
export const vectors = JSON.parse(readFileSync(VECTORS_PATH, 'utf8')) as Vectors;
export const testKey = Buffer.from(vectors.keyUtf8, 'utf8');
