/**
 * Prettier's YAML printer (the ecosystem's default YAML formatter), bundled into the server: no
 * network, no user configuration files read. Loaded on the first format request so that starting
 * the server does not pay for it.
 */
type Prettier = { format(text: string, options: Record<string, unknown>): Promise<string> };

let loaded: Promise<{ prettier: Prettier; plugin: unknown }> | undefined;

function load(): Promise<{ prettier: Prettier; plugin: unknown }> {
  loaded ??= Promise.all([import('prettier/standalone'), import('prettier/plugins/yaml')]).then(([prettier, plugin]) => ({
    prettier: prettier as unknown as Prettier,
    plugin,
  }));
  return loaded;
}

export interface PrintOptions {
  /** Spaces per indentation level (YAML cannot indent with tabs). */
  tabSize: number;
  endOfLine: 'lf' | 'crlf';
}

export async function prettierYaml(text: string, options: PrintOptions): Promise<string> {
  const { prettier, plugin } = await load();
  return prettier.format(text, {
    parser: 'yaml',
    plugins: [plugin],
    tabWidth: Math.max(1, Math.min(8, Math.round(options.tabSize) || 2)),
    useTabs: false,
    endOfLine: options.endOfLine,
    // Never re-flow text: a plain scalar's line breaks are the author's.
    proseWrap: 'preserve',
  });
}
