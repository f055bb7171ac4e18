#!/usr/bin/env node
// Joins the two CycloneDX BOMs the build makes — Maven's (the Java libraries inlined in the
// jar) and the webpack plugin's (the npm packages in the bundle) — into one CycloneDX 1.6 SBOM
// of everything the jar ships, with the plugin itself as the root component. Written where the
// jar picks it up (META-INF/sbom/bom.json) and the dev host finds it on its class path.
//   node scripts/sbom-merge.mjs <version>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const version = process.argv[2];
if (!version) {
  console.error('usage: node scripts/sbom-merge.mjs <version>');
  process.exit(2);
}

const java = readBom('target/sbom/java/bom.json');
const npm = readBom('target/sbom/npm/bom.json');
const rootRef = `pkg:maven/io.tablewise/tablewise@${version}?type=jar`;

const components = [...(java.components ?? []), ...flatten(npm.components ?? [])];
const refs = new Set(components.map((c) => c['bom-ref']));
const javaRoot = java.metadata?.component?.['bom-ref'];
const npmRoot = npm.metadata?.component?.['bom-ref'];

// Both tools describe their own root's dependencies; ours depends on what either root did.
const direct = new Set();
const dependencies = [];
for (const dependency of [...(java.dependencies ?? []), ...(npm.dependencies ?? [])]) {
  if (dependency.ref === javaRoot || dependency.ref === npmRoot) {
    (dependency.dependsOn ?? []).forEach((ref) => direct.add(ref));
  } else if (refs.has(dependency.ref)) {
    dependencies.push({ ref: dependency.ref, dependsOn: (dependency.dependsOn ?? []).filter((r) => refs.has(r)) });
  }
}
dependencies.unshift({ ref: rootRef, dependsOn: [...direct].filter((r) => refs.has(r)).sort() });

const bom = {
  bomFormat: 'CycloneDX',
  specVersion: '1.6',
  version: 1,
  metadata: {
    tools: { components: [...tools(java), ...tools(npm)] },
    component: {
      type: 'application',
      'bom-ref': rootRef,
      group: 'io.tablewise',
      name: 'tablewise',
      version,
      description: 'Tablewise for Jira and Confluence Data Center (plugin key io.tablewise.exporter)',
      purl: rootRef,
    },
  },
  components,
  dependencies,
};

const out = join(root, 'target/classes/META-INF/sbom/bom.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bom, null, 2) + '\n');
console.log(`SBOM: ${components.length} components (${java.components?.length ?? 0} Java, ` +
  `${components.length - (java.components?.length ?? 0)} npm) -> ${out}`);

function readBom(relative) {
  const bom = JSON.parse(readFileSync(join(root, relative), 'utf8'));
  if (bom.bomFormat !== 'CycloneDX') {
    throw new Error(`${relative} is not a CycloneDX BOM`);
  }
  return bom;
}

/** The webpack plugin nests a package's bundled sub-packages; the SBOM lists them all flat. */
function flatten(list) {
  return list.flatMap(({ components: nested, ...component }) => [component, ...flatten(nested ?? [])]);
}

function tools(bom) {
  const listed = bom.metadata?.tools;
  return Array.isArray(listed) ? listed : (listed?.components ?? []);
}
