// Types for schemas/generate-crds.mjs (imported by tests and the build).
export declare const CRDS_OUT_DIR: string;
export declare function generateCrds(options?: { outDir?: string; quiet?: boolean }): Promise<{
  families: Record<
    string,
    { title: string; source: string; file: string; kinds: Record<string, string>; namespaced: Record<string, boolean> }
  >;
}>;
export declare function isCrdsStale(outDir?: string): boolean;
