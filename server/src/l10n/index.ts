import * as l10n from '@vscode/l10n';

/**
 * Every user-facing string of completion and hover goes through `t()`, keyed by its English text
 * (`{0}` placeholders), so that a translated bundle can replace it. English needs no bundle:
 * `l10n/bundle.l10n.json` lists the keys for translators.
 */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  return l10n.t(message, ...args);
}

/**
 * Load a translated bundle: the client passes `vscode.l10n.uri?.fsPath` as the initialization
 * option `l10nBundle`, or sets `EXTENSION_BUNDLE_PATH` (the variable VS Code's own servers use).
 */
export function configureL10n(bundlePath: string | undefined = process.env.EXTENSION_BUNDLE_PATH): boolean {
  if (!bundlePath) return false;
  try {
    l10n.config({ fsPath: bundlePath });
    return true;
  } catch {
    // A missing or broken bundle leaves English in place.
    return false;
  }
}
