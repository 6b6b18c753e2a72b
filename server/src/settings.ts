import type { Severity } from './problem';

export type RuleSeverity = Severity | 'off';

export interface Settings {
  /** Target Kubernetes version `1.X`: decides removed and deprecated apiVersions. */
  kubernetesVersion?: string;
  /** Severity overrides by rule id. */
  rules: Record<string, RuleSeverity>;
  validate: boolean;
  exclude: string[];
  /**
   * Check every non-empty document, even in files that do not look like Kubernetes (the CLI does
   * this for files named on its command line).
   */
  requireKubernetes: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  validate: true,
  exclude: [],
  requireKubernetes: false,
};

export function withDefaults(partial: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}), rules: { ...(partial?.rules ?? {}) } };
}

/** A key that changes whenever a setting that affects per-document results changes. */
export function settingsKey(settings: Settings): string {
  return JSON.stringify([settings.kubernetesVersion ?? '', settings.rules]);
}
