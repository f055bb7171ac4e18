// The CycloneDX plugin hands its BOM to webpack as an asset; left there, the WRM plugin would
// list it as a web-resource and the product would serve it. This moves the BOM out of the
// compilation into target/sbom, where scripts/sbom-merge.mjs picks it up for META-INF/sbom.
import fs from 'node:fs';
import path from 'node:path';
import webpack from 'webpack';

export class SbomExtractPlugin {
  /**
   * @param {string} assetPrefix  asset names the CycloneDX plugin writes (its outputLocation)
   * @param {string} outputDir    where the files go instead
   */
  constructor(assetPrefix, outputDir) {
    this.assetPrefix = assetPrefix;
    this.outputDir = outputDir;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    // The WRM plugin lists assets at the ADDITIONAL stage, tapped from the `compilation` hook;
    // the CycloneDX plugin adds its BOM at that stage from `thisCompilation`, which runs first.
    // Tapping the same stage from `thisCompilation`, after it in the plugin list, lands between.
    compiler.hooks.thisCompilation.tap('SbomExtractPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SbomExtractPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (name.startsWith(`${this.assetPrefix}/`)) {
              fs.mkdirSync(this.outputDir, { recursive: true });
              fs.writeFileSync(path.join(this.outputDir, path.basename(name)), assets[name].source());
              compilation.deleteAsset(name);
            }
          }
        },
      );
    });
  }
}
