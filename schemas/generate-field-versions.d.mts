// Types for schemas/generate-field-versions.mjs (imported by tests and the build).
export declare const FIELD_VERSIONS_OUT: string;
export declare const SNAPSHOTS: { version: string; km?: string; kt?: string }[];
export declare function generateFieldVersions(options?: { out?: string; quiet?: boolean }): {
  oldest: string;
  newest: string;
  snapshots: { version: string; packages: string[] }[];
  fields: Record<string, Record<string, string>>;
};
export declare function isFieldVersionsStale(out?: string): boolean;
