// Front-end build: one production bundle per entry plus the web-resource XML the product reads.
// Names and paths live in webpack/constants.js; this file only wires loaders and plugins.
import path from 'node:path';
import webpack from 'webpack';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import TerserPlugin from 'terser-webpack-plugin';
import WrmPlugin from 'atlassian-webresource-webpack-plugin';
import { CycloneDxWebpackPlugin } from '@cyclonedx/webpack-plugin';
import {
  ASSET_DIR,
  ENTRIES,
  EXPORT_WORKER_PATH,
  FEATURE_GATES_STUB,
  OUTPUT_DIR,
  PLUGIN_KEY,
  PROVIDED_DEPENDENCIES,
  ROOT_DIR,
  WR_XML_FILE,
  SBOM_DIR,
  BUNDLE_MODULES_FILE,
} from './webpack/constants.js';
import { BundleGuardPlugin } from './webpack/bundle-guard-plugin.js';
import { BundlePackagesPlugin } from './webpack/bundle-packages-plugin.js';
import { SbomExtractPlugin } from './webpack/sbom-extract-plugin.js';

/** Where the CycloneDX plugin puts its BOM among the assets, before SbomExtractPlugin moves it. */
const SBOM_ASSET_PREFIX = 'cyclonedx';

const entryOf = (pick) =>
  Object.fromEntries(Object.entries(ENTRIES).map(([name, entry]) => [name, pick(entry)]));

/** @type {(env: Record<string, unknown>, argv: { mode?: string }) => import('webpack').Configuration} */
export default (_env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  return {
    mode,
    context: ROOT_DIR,
    entry: entryOf((e) => e.source),
    // No source maps: a map would ship our sources and point outside the jar.
    devtool: false,
    output: {
      path: OUTPUT_DIR,
      filename: `${ASSET_DIR}/[name].js`,
      chunkFilename: `${ASSET_DIR}/chunk-[id].js`,
      // Assets are served by the WRM from the jar; never let webpack guess a URL.
      publicPath: '',
      // Unique per plugin so our runtime never shares a global with another app's bundle.
      chunkLoadingGlobal: 'tablewiseWebpackChunk',
      uniqueName: 'tablewise',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      alias: {
        // See FEATURE_GATES_STUB: on premise every gate resolves to its default, locally.
        '@atlaskit/feature-gate-js-client$': FEATURE_GATES_STUB,
        '@atlaskit/feature-gate-js-client/feature-gates$': FEATURE_GATES_STUB,
      },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type errors are `npm run typecheck`'s job; tsconfig has noEmit for that reason.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
        },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          loader: path.join(ROOT_DIR, 'webpack', 'doc-links-loader.js'),
          // Atlaskit lazy-loads code we never use (ranking rows, theme switching): 'weak' emits
          // no chunk for it (an async chunk would need its own web-resource) and such an
          // import() fails if ever called instead of loading from a URL.
          parser: { dynamicImportMode: 'weak' },
        },
        {
          // Atlaskit ships pre-compiled atomic CSS as *.compiled.css side-effect imports.
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, 'css-loader'],
        },
      ],
    },
    optimization: {
      // One JS + one CSS file per entry: the WRM orders resources within a web-resource,
      // and the admin page is small enough not to need code splitting.
      splitChunks: false,
      runtimeChunk: false,
      minimize: mode === 'production',
      minimizer: [
        new TerserPlugin({
          // Licence texts go into the SBOM / third-party notices, not a stray .txt resource.
          extractComments: false,
          terserOptions: {
            // The product rewrites `x.I18n.getText('key')` when serving: both names must survive.
            mangle: { reserved: ['I18n', 'getText'] },
            format: { comments: false },
          },
        }),
      ],
    },
    performance: { hints: false },
    plugins: [
      new MiniCssExtractPlugin({ filename: `${ASSET_DIR}/[name].css` }),
      new WrmPlugin({
        pluginKey: PLUGIN_KEY,
        xmlDescriptors: WR_XML_FILE,
        contextMap: entryOf((e) => e.contexts),
        providedDependencies: PROVIDED_DEPENDENCIES,
        // Default transformations: jsI18n on *.js, which is what rewrites I18n.getText.
        addEntrypointNameAsContext: false,
        addAsyncNameAsContext: false,
      }),
      // The admin page starts the export worker from here (see EXPORT_WORKER_PATH).
      new webpack.DefinePlugin({ __TABLEWISE_EXPORT_WORKER_PATH__: JSON.stringify(EXPORT_WORKER_PATH) }),
      new BundleGuardPlugin(),
      new CycloneDxWebpackPlugin({
        specVersion: '1.6',
        reproducibleResults: true,
        includeWellknown: false,
        rootComponentAutodetect: false,
        rootComponentName: 'tablewise-frontend',
        rootComponentVersion: '0.0.0',
        outputLocation: SBOM_ASSET_PREFIX,
      }),
      new SbomExtractPlugin(SBOM_ASSET_PREFIX, path.join(SBOM_DIR, 'npm')),
      new BundlePackagesPlugin(BUNDLE_MODULES_FILE),
    ],
  };
};
