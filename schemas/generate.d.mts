// Types for schemas/generate.mjs (imported by tests and the build).
export declare const DEFAULT_OUT: string;
export declare function camelToDefinitionName(camel: string): string;
export declare function generate(options?: { out?: string; quiet?: boolean }): Promise<{
  kubernetesVersion: string;
  source: string;
  sources: Record<string, string>;
  definitions: Record<string, any>;
  kinds: Record<string, string>;
  namespaced: Record<string, boolean>;
  deprecations: any[];
}>;
export declare function isStale(out?: string): boolean;
