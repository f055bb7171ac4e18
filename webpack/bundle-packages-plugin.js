// Writes the npm packages (name@version) whose modules webpack put into the bundle. The SBOM
// test uses it as an independent oracle: every package here must be a component of the SBOM.
import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_IN_PATH = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g;

export class BundlePackagesPlugin {
  /** @param {string} outputFile */
  constructor(outputFile) {
    this.outputFile = outputFile;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    compiler.hooks.done.tap('BundlePackagesPlugin', (stats) => {
      const packages = new Map();
      for (const module of stats.compilation.modules) {
        const resource = module.resource ?? module.rootModule?.resource;
        if (typeof resource === 'string') {
          collect(resource, packages);
        }
        for (const inner of module.modules ?? []) {
          if (typeof inner.resource === 'string') {
            collect(inner.resource, packages);
          }
        }
      }
      const list = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
      fs.mkdirSync(path.dirname(this.outputFile), { recursive: true });
      fs.writeFileSync(this.outputFile, JSON.stringify(list, null, 2) + '\n');
    });
  }
}

/** The innermost node_modules package of a file: nested copies are distinct packages. */
function collect(resource, packages) {
  const matches = [...resource.matchAll(PACKAGE_IN_PATH)];
  const last = matches.at(-1);
  if (!last) {
    return;
  }
  const root = resource.slice(0, last.index + last[0].length);
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const key = `${manifest.name}@${manifest.version}`;
  if (!packages.has(key)) {
    packages.set(key, { name: manifest.name, version: manifest.version, path: path.relative(process.cwd(), root) });
  }
}
