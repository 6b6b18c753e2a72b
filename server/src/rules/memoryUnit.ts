import { parseQuantity } from '../k8s/quantity';
import { replaceScalar, scalarValue } from './nodes';
import { quantityFields } from './quantityFields';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const BYTE_RESOURCES = new Set([
  'memory',
  'storage',
  'ephemeral-storage',
  'sizeLimit',
  'requests.memory',
  'limits.memory',
  'requests.storage',
  'requests.ephemeral-storage',
  'limits.ephemeral-storage',
]);

export const rule: DocumentRule = {
  id: 'k8s/memory-unit',
  title: 'Byte sizes do not use m (milli)',
  severity: 'warning',
  scope: 'document',
  doc:
    'In a byte size (memory, storage, ephemeral storage, `sizeLimit`), the unit `m` means milli: `128m` of memory is 0.128 bytes. ' +
    'The API server accepts it, but it is almost always a typo for `128Mi` (mebibytes) or `128M` (megabytes). A quick fix changes it to `Mi`.',
  check(doc, report) {
    for (const field of quantityFields(doc)) {
      if (!BYTE_RESOURCES.has(field.resource)) continue;
      const value = scalarValue(field.node);
      if (typeof value !== 'string') continue;
      const q = parseQuantity(value);
      if (!q || q.suffix !== 'm') continue;
      const number = value.slice(0, -1);
      report(
        field.node,
        t`"${value}" of ${field.resource} means ${number} thousandths of a byte ("m" is milli) — did you mean "${number}Mi" (mebibytes) or "${number}M" (megabytes)?`,
        {
          fixes: [
            { title: t`Change to ${number}Mi`, edits: [replaceScalar(field.node, `${number}Mi`)], preferred: true },
            { title: t`Change to ${number}M`, edits: [replaceScalar(field.node, `${number}M`)] },
          ],
        },
      );
    }
  },
};
