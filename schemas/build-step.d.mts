export declare function buildSchemas(options: { distDir: string; quiet?: boolean }): Promise<string>;
