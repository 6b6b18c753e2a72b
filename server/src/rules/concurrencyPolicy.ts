import { getIn, isBuiltin, replaceScalar, stringValue } from './nodes';
import { closest, didYouMean } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const POLICIES = ['Allow', 'Forbid', 'Replace'];

export const rule: DocumentRule = {
  id: 'k8s/concurrency-policy',
  title: "A CronJob's concurrencyPolicy is Allow, Forbid or Replace",
  severity: 'error',
  scope: 'document',
  doc:
    '`concurrencyPolicy` says what a CronJob does when a run is due while the previous one is still running: `Allow` (the default) runs both, ' +
    '`Forbid` skips the new run, `Replace` stops the old one (validateConcurrencyPolicy: "Unsupported value"). Values are case-sensitive.',
  check(doc, report) {
    if (!isBuiltin(doc, 'CronJob', ['batch'])) return;
    const node = getIn(doc.root, 'spec', 'concurrencyPolicy');
    const value = stringValue(node);
    if (!node || value === undefined || POLICIES.includes(value)) return;
    const guess = closest(value, POLICIES);
    report(
      node,
      t`concurrencyPolicy "${value}" is not supported: use Allow (run in parallel), Forbid (skip the new run) or Replace (stop the old run)${didYouMean(guess)}`,
      {
        fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(node, guess)], preferred: true }] : undefined,
      },
    );
  },
};
