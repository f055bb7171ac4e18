import { configDefaults, defineConfig } from 'vitest/config';
import { EXPORT_WORKER_PATH, FEATURE_GATES_STUB } from './webpack/constants.js';

/** Tests of what `npm run build` made (target/frontend, target/cli): they run after it. */
const BUILT_OUTPUT_TESTS = ['test/devhost/**/*.test.ts', 'test/frontend/cli/cli-bundle.test.ts'];

export default defineConfig({
  // As webpack's DefinePlugin does for the bundle (webpack.config.js).
  define: { __TABLEWISE_EXPORT_WORKER_PATH__: JSON.stringify(EXPORT_WORKER_PATH) },
  resolve: {
    // Atlaskit's ESM builds, as webpack picks them; their CommonJS builds would require()
    // past the alias below and into Node, which cannot load *.compiled.css.
    mainFields: ['module', 'main'],
    // Same stand-in as the bundle (webpack.config.js): tests see the components we ship.
    alias: [{ find: /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/, replacement: FEATURE_GATES_STUB }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/frontend/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...BUILT_OUTPUT_TESTS],
          environment: 'happy-dom',
          // Maps wrm/format and wrm/i18n for @atlassian/wrm-react-i18n (see the file).
          setupFiles: ['test/frontend/setup/wrm-i18n.ts'],
          // Atlaskit imports *.compiled.css, which Node cannot load: let Vite process them.
          server: { deps: { inline: [/@atlaskit\//, /@compiled\//] } },
        },
      },
      {
        extends: true,
        test: {
          // The reference analytics receiver over real TLS (openssl makes its test certificate).
          name: 'collector',
          include: ['test/collector/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // Runs against target/frontend and target/cli, so only after `npm run build:web` and
          // `npm run build:cli` (both part of `npm run build`).
          name: 'bundle',
          include: BUILT_OUTPUT_TESTS,
          environment: 'node',
        },
      },
    ],
  },
});
