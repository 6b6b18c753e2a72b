import { promises as fs } from 'node:fs';
import { t } from '../l10n';
import { fixAll, type FixScope } from '../fixes/fixAll';
import { withDefaults, type Settings } from '../settings';
import type { InputFile } from './files';
import { unifiedDiff } from './diff';
import type { CliIO } from './main';

/**
 * `check --fix`: every input rewritten with its preferred fixes (fixAll never adds a YAML error); with
 * `dry-run` the changes are printed as a diff and nothing is written. Returns the texts to report on.
 */
export async function fixInputs(
  inputs: InputFile[],
  settingsOf: (input: InputFile) => Partial<Settings>,
  mode: 'write' | 'dry-run',
  io: CliIO,
  scopeOf?: (index: number) => FixScope,
): Promise<string[]> {
  const out: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const result = fixAll(input.text, withDefaults(settingsOf(input)), scopeOf?.(i));
    out.push(result.text);
    if (result.text === input.text) continue;
    const what = result.applied === 1 ? t('{0} fix', 1) : t('{0} fixes', result.applied);
    if (mode === 'dry-run') {
      io.out(unifiedDiff(input.path, input.text, result.text));
    } else {
      await fs.writeFile(input.path, (input.bom ? '\uFEFF' : '') + result.text);
      io.err(t`${input.path}: applied ${what}`);
    }
  }
  return out;
}
