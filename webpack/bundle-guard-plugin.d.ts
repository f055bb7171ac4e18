// Types for bundle-guard-plugin.js, used by the bundle test.
import type { Compiler } from 'webpack';

export declare function propertyKeys(file?: string): Set<string>;
export declare function findProblems(fileName: string, source: string, keys?: Set<string>): string[];
export declare class BundleGuardPlugin {
  apply(compiler: Compiler): void;
}
