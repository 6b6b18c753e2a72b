import { explainInvalidQuantity, parseQuantity } from '../k8s/quantity';
import { isPlaceholder, replaceScalar, scalarValue } from './nodes';
import { quantityFields } from './quantityFields';
import type { DocumentRule } from './types';
import { t } from '../l10n';

export const rule: DocumentRule = {
  id: 'k8s/quantity',
  title: 'Quantities use Kubernetes quantity syntax',
  severity: 'error',
  scope: 'document',
  doc:
    'Resource requests and limits, PersistentVolume capacity, claim sizes, `emptyDir.sizeLimit`, quotas and limit ranges are Kubernetes quantities: ' +
    'a number with an optional unit, `m` (milli), `k`, `M`, `G`, `T`, `P`, `E` (powers of 1000), `Ki`, `Mi`, `Gi`, `Ti`, `Pi`, `Ei` (powers of 1024) or an exponent (`1e3`). ' +
    '`500m`, `1Gi`, `1e3` and `1G` are valid; `1GB`, `1 Gi` and `Gi` are not, and the API server rejects them (resource.ParseQuantity: "quantities must match the regular expression"). ' +
    'Quantities may not be negative (ValidateResourceQuantityValue). The message explains the likely meant spelling, e.g. G (10^9 bytes) versus Gi (2^30 bytes), and quick fixes offer it.',
  check(doc, report) {
    for (const field of quantityFields(doc)) {
      const value = scalarValue(field.node);
      if (value === null || (typeof value !== 'string' && typeof value !== 'number')) continue;
      if (typeof value === 'string' && isPlaceholder(value)) continue;
      const q = parseQuantity(value);
      if (!q) {
        const { message, suggestions } = explainInvalidQuantity(String(value), field.resource);
        report(field.node, message, {
          fixes: suggestions.map((s) => ({
            title: t`Change to ${s}`,
            edits: [replaceScalar(field.node, s)],
            preferred: suggestions.length === 1,
          })),
        });
      } else if (q.value < 0) {
        report(field.node, t`${field.resource} ${value} is negative: a quantity must be 0 or more`);
      }
    }
  },
};
