// Types for constants.js, so TypeScript (vitest config, tests) can share the build's names.
export declare const ROOT_DIR: string;
export declare const PLUGIN_KEY: string;
export declare const OUTPUT_DIR: string;
export declare const ASSET_DIR: string;
export declare const WR_XML_FILE: string;
export declare const ENTRIES: Record<string, { source: string; contexts: string[] }>;
export declare const EXPORT_WORKER_PATH: string;
export declare const I18N_FILE: string;
export declare const FEATURE_GATES_STUB: string;
export declare const PROVIDED_DEPENDENCIES: Record<
  string,
  { dependency: string; import: { var: string; amd: string } }
>;
