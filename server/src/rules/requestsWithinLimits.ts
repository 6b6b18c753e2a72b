import { formatBytes, formatCpu, parseQuantity } from '../k8s/quantity';
import { describeContainer, entries, get, scalarValue } from './nodes';
import { containerResources } from './quantityFields';
import type { DocumentRule } from './types';
import { t } from '../l10n';

function amount(resource: string, value: number, text: string): string {
  if (resource === 'cpu') return `${text} (${formatCpu(value)})`;
  if (resource === 'memory' || resource.startsWith('hugepages-') || resource === 'ephemeral-storage')
    return `${text} (${formatBytes(value)})`;
  return text;
}

export const rule: DocumentRule = {
  id: 'k8s/requests-within-limits',
  title: 'Requests are not above limits',
  severity: 'error',
  scope: 'document',
  doc:
    'For each resource that a container both requests and limits, the request must not be larger than the limit ' +
    '(ValidateResourceRequirements: "must be less than or equal to cpu limit"). A container may set only a limit: the request then defaults to it.',
  check(doc, report) {
    for (const { container, requests, limits } of containerResources(doc)) {
      for (const { key, pair } of entries(requests)) {
        const limitNode = get(limits, key);
        const requestText = scalarValue(pair.value);
        const limitText = scalarValue(limitNode);
        if (
          (typeof requestText !== 'string' && typeof requestText !== 'number') ||
          (typeof limitText !== 'string' && typeof limitText !== 'number')
        )
          continue;
        const request = parseQuantity(requestText);
        const limit = parseQuantity(limitText);
        if (!request || !limit || request.value <= limit.value) continue;
        report(
          pair.value,
          t`${describeContainer(container)} requests more ${key} than its limit: ${amount(key, request.value, String(requestText))} > ${amount(key, limit.value, String(limitText))} — lower the request or raise the limit`,
        );
      }
    }
  },
};
