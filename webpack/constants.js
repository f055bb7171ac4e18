// The one place that names what the front-end build produces and where it goes. The webpack
// config, the bundle test and the dev host's expectations all derive from these values, so a
// rename happens here or nowhere.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Must equal Atlassian-Plugin-Key / Bundle-SymbolicName in the jar manifest. */
export const PLUGIN_KEY = 'io.tablewise.exporter';

/** Maven copies this folder into the jar root, so paths below it are jar-root-relative. */
export const OUTPUT_DIR = path.join(ROOT_DIR, 'target', 'frontend');

/** Sub-folder of the jar root holding our JS/CSS; web-resource locations start with it. */
export const ASSET_DIR = 'tablewise';

/** The manifest's Atlassian-Scan-Folders points at META-INF/plugin-descriptors. */
export const WR_XML_FILE = path.join(OUTPUT_DIR, 'META-INF', 'plugin-descriptors', 'wr-tablewise.xml');

/**
 * Entry name -> source and web-resource contexts. The admin servlet requires the context
 * (PageBuilderService...requireContext('tablewise.admin')), never a generated key.
 */
export const ENTRIES = {
  'tablewise-admin': {
    source: path.join(ROOT_DIR, 'src', 'main', 'frontend', 'admin', 'index.tsx'),
    contexts: ['tablewise.admin'],
  },
  // The export engine's worker: no context, never on a page; see EXPORT_WORKER_PATH.
  'tablewise-export-worker': {
    source: path.join(ROOT_DIR, 'src', 'main', 'frontend', 'export', 'browser', 'worker.ts'),
    contexts: [],
  },
};

/**
 * Where the admin page loads the export worker from, below the context path. A worker is not
 * a web-resource (the WRM would batch it into the page), so atlassian-plugin.xml declares its
 * file as a plugin-level download resource: /download/resources/<plugin key>/<name>.
 */
export const EXPORT_WORKER_PATH = `/download/resources/${PLUGIN_KEY}/${ASSET_DIR}/tablewise-export-worker.js`;

/**
 * Replaces @atlaskit/feature-gate-js-client in the bundle and in unit tests: Atlaskit's
 * feature flags would otherwise bundle a Statsig client with external endpoints.
 */
export const FEATURE_GATES_STUB = path.join(ROOT_DIR, 'src', 'main', 'frontend', 'vendor', 'feature-gates.ts');

/** The .properties file the product serves translations from (and our tests read). */
export const I18N_FILE = path.join(ROOT_DIR, 'src', 'main', 'resources', 'i18n', 'tablewise.properties');

const WRM_PLUGIN = 'com.atlassian.plugins.atlassian-plugins-webresource-plugin';

/**
 * Modules the product provides at run time, mapped to the web-resource that provides them.
 * `wrm/format` (and `wrm/require`, `wrm/context-path`, `wrm/data`) are built into the WRM
 * webpack plugin already; `wrm/i18n` is what @atlassian/wrm-react-i18n requires for the
 * product's two-phase i18n. React is NOT here: Platform 7 hosts no longer provide it.
 */
export const PROVIDED_DEPENDENCIES = {
  'wrm/i18n': {
    dependency: `${WRM_PLUGIN}:i18n`,
    import: { var: 'require("wrm/i18n")', amd: 'wrm/i18n' },
  },
};

/**
 * SBOM inputs (not shipped from here): the CycloneDX BOM of the npm packages in the bundle,
 * and our own list of the packages webpack actually put in it, which the SBOM test checks the
 * BOM against. scripts/sbom-merge.mjs joins the npm BOM with Maven's into META-INF/sbom/bom.json.
 */
export const SBOM_DIR = path.join(ROOT_DIR, 'target', 'sbom');
export const BUNDLE_MODULES_FILE = path.join(SBOM_DIR, 'bundle-packages.json');
