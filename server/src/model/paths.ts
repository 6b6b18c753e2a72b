import { posix } from 'node:path';
import { t } from '../l10n';

function pathOf(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'file:' ? decodeURIComponent(url.pathname) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How a message names the file that defines a target, seen from the file that refers to it:
 * `this file`, or a path relative to the referring file's folder (`configmap.yaml`, `../db/pvc.yaml`).
 */
export function fileLabel(fromUri: string, toUri: string): string {
  if (fromUri === toUri) return t('this file');
  const from = pathOf(fromUri);
  const to = pathOf(toUri);
  if (!from || !to) return toUri;
  return posix.relative(posix.dirname(from), to);
}
