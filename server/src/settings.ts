import type { Severity } from './problem';

export type RuleSeverity = Severity | 'off';

export interface Settings {
  /** Target Kubernetes version `1.X`: decides removed and deprecated apiVersions. */
  kubernetesVersion?: string;
  /** Severity overrides by rule id. */
  rules: Record<string, RuleSeverity>;
  validate: boolean;
  exclude: string[];
  /** Bundled custom-resource families by id ("gateway-api", "cert-manager" …): false turns one off. */
  customResources?: Record<string, boolean>;
  /**
   * Check every non-empty document, even in files that do not look like Kubernetes (the CLI does
   * this for files named on its command line).
   */
  requireKubernetes: boolean;
  /** The language server: publish diagnostics for every file of the workspace, or only for open files. */
  diagnosticsScope: 'workspace' | 'openFiles';
  /** The language server scans a workspace folder only when it holds at most this many YAML files. */
  maxFiles: number;
  /** Code lenses over objects ("used by 2 Deployments", "selects the pods of …"). */
  codeLens: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  validate: true,
  exclude: [],
  requireKubernetes: false,
  diagnosticsScope: 'workspace',
  maxFiles: 5000,
  codeLens: true,
};

/**
 * Complete settings from what a client sent. VS Code sends the `k8sense` section as nested objects
 * (`validate: { enable }`), other clients may send `validate: false`; empty strings mean "default".
 */
export function withDefaults(partial: Partial<Settings> | Record<string, unknown> | undefined): Settings {
  const raw = (partial ?? {}) as Record<string, unknown>;
  const validate = raw.validate as boolean | { enable?: boolean } | undefined;
  const codeLens = raw.codeLens as boolean | { enable?: boolean } | undefined;
  const version = raw.kubernetesVersion;
  return {
    ...DEFAULT_SETTINGS,
    ...(raw as Partial<Settings>),
    kubernetesVersion: typeof version === 'string' && version.trim() ? version.trim() : undefined,
    validate: typeof validate === 'object' && validate !== null ? validate.enable !== false : validate !== false,
    codeLens: typeof codeLens === 'object' && codeLens !== null ? codeLens.enable !== false : codeLens !== false,
    rules: { ...((raw.rules as Settings['rules']) ?? {}) },
    exclude: Array.isArray(raw.exclude) ? (raw.exclude as string[]) : [],
    customResources: booleanMap(raw.customResources),
    // VS Code sends `diagnostics: { scope }`; other clients may send the dotted key.
    diagnosticsScope:
      ((raw.diagnostics as { scope?: unknown } | undefined)?.scope ?? raw['diagnostics.scope'] ?? raw.diagnosticsScope) === 'openFiles'
        ? 'openFiles'
        : 'workspace',
    maxFiles: typeof raw.maxFiles === 'number' && raw.maxFiles >= 0 ? raw.maxFiles : DEFAULT_SETTINGS.maxFiles,
  };
}

function booleanMap(v: unknown): Record<string, boolean> | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  return Object.fromEntries(Object.entries(v).filter(([, b]) => typeof b === 'boolean'));
}

/** A key that changes whenever a setting that affects per-document results changes. */
export function settingsKey(settings: Settings): string {
  return JSON.stringify([settings.kubernetesVersion ?? '', settings.rules, settings.customResources ?? {}]);
}
