import type { Node } from 'yaml';
import { itemsOf, replaceScalar, stringValue } from './nodes';
import { closest, didYouMean } from './text';
import type { Report } from './types';
import { t } from '../l10n';

export const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];

/** Report access modes that are not one of Kubernetes' four (shared by the PV and PVC rules). */
export function checkAccessModes(list: Node | undefined, report: Report): void {
  for (const item of itemsOf(list)) {
    const mode = stringValue(item);
    if (mode === undefined || ACCESS_MODES.includes(mode)) continue;
    const guess =
      closest(mode, ACCESS_MODES) ??
      ({ RWO: 'ReadWriteOnce', ROX: 'ReadOnlyMany', RWX: 'ReadWriteMany', RWOP: 'ReadWriteOncePod' } as Record<string, string>)[
        mode.toUpperCase()
      ];
    report(
      item,
      t`access mode "${mode}" is not supported: use ${ACCESS_MODES.slice(0, -1).join(', ')} or ${ACCESS_MODES[ACCESS_MODES.length - 1]}${didYouMean(guess)}`,
      {
        fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(item, guess)], preferred: true }] : undefined,
      },
    );
  }
}
