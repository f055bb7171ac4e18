// Bundles the CLI into one self-contained ES module: target/cli/tablewise.mjs (Node 20+).
// Part of `npm run build` (so of Maven's build), after webpack. The bundle includes commander,
// cli-progress and fflate, so the file can be copied to any machine with Node and run there.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

await build({
  absWorkingDir: new URL('.', root).pathname,
  entryPoints: ['src/main/frontend/cli/tablewise.ts'],
  outfile: 'target/cli/tablewise.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __TABLEWISE_VERSION__: JSON.stringify(pkg.version) },
  // cli-progress is CommonJS and require()s Node built-ins; an ES module has no require.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __tablewiseRequire } from 'node:module';\nconst require = __tablewiseRequire(import.meta.url);",
  },
  legalComments: 'inline',
  logLevel: 'warning',
});
console.log('built target/cli/tablewise.mjs');
