#!/usr/bin/env node
// `npx tablewise ...` from the repository: runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../target/cli/tablewise.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('tablewise: the CLI is not built yet. Run: npm run build:cli\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
