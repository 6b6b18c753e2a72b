import { apiGroup, entries, get, getIn, isPlaceholder, isWorkload, itemsOf, keyNode, mapItems, scalarText, stringValue } from './nodes';
import { hasMisspelledKey, missingByTypo } from './misspelled';
import { expressionsMatch } from '../k8s/selectors';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);
/** Whether a pod's label value satisfies a selector's; a placeholder on either side may, once filled in. */
export function labelMatches(have: string | undefined, want: string | undefined): boolean {
  if (have === want) return true;
  return (have !== undefined && isPlaceholder(have)) || (want !== undefined && isPlaceholder(want));
}

/** Label map of a `labels:` node, values as Kubernetes reads them. */
export function labelSet(labels: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const { key, pair } of entries(labels)) {
    const v = scalarText(pair.value);
    if (v !== undefined) out.set(key, v);
  }
  return out;
}

export const rule: DocumentRule = {
  id: 'k8s/workload-selector',
  title: "A workload's selector matches its pod template",
  severity: 'error',
  scope: 'document',
  doc:
    'A Deployment, ReplicaSet, StatefulSet or DaemonSet of `apps/v1` must have a non-empty `spec.selector`, and the selector must match the labels of its own pod template, ' +
    'otherwise it could never find the pods it creates (ValidateDeploymentSpec and friends: "selector does not match template labels", "empty selector is invalid"). ' +
    'The problem is reported at the selector entry that the template labels do not satisfy.',
  check(doc, report) {
    if (!isWorkload(doc, 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet')) return;
    const spec = get(doc.root, 'spec');
    const specKey = keyNode(doc.root, 'spec');
    if (!spec || !specKey) return;
    const selectorKey = keyNode(spec, 'selector');
    const selector = get(spec, 'selector');
    const matchLabels = entries(get(selector, 'matchLabels'));
    const expressions = mapItems(get(selector, 'matchExpressions'));
    if (!matchLabels.length && !expressions.length) {
      // extensions/v1beta1 and apps/v1beta1 defaulted the selector from the template labels.
      if (apiGroup(doc.apiVersion) === 'apps' && doc.apiVersion !== 'apps/v1beta1') {
        if (!missingByTypo(spec, 'selector') && !hasMisspelledKey(selector, 'matchLabels', 'matchExpressions')) {
          report(
            selectorKey ?? specKey,
            t`this ${doc.kind} needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates`,
          );
        }
      }
      return;
    }
    const templateLabelsNode = getIn(spec, 'template', 'metadata', 'labels');
    const labels = labelSet(templateLabelsNode);
    const have = labels.size ? [...labels].map(([k, v]) => `${k}: ${v}`).join(', ') : 'none';
    for (const { key, pair } of matchLabels) {
      const want = scalarText(pair.value);
      if (want === undefined || labelMatches(labels.get(key), want)) continue;
      report(
        pair.value ?? pair.key,
        t`the selector wants ${key}: ${want}, but the pod template's labels do not have it (they are: ${have}) — the selector must match the template's labels`,
      );
    }
    for (const { map } of expressions) {
      const key = stringValue(get(map, 'key'));
      const operator = stringValue(get(map, 'operator'));
      if (key === undefined || operator === undefined || [...labels.values()].some(isPlaceholder)) continue;
      const values = itemsOf(get(map, 'values'))
        .map(scalarText)
        .filter((v): v is string => v !== undefined);
      if (values.some(isPlaceholder)) continue;
      // An unknown operator is k8s/selector-operators' business; the evaluator reads it as matching nothing.
      if (!OPERATORS.has(operator)) continue;
      if (!expressionsMatch([{ key, operator, values }], Object.fromEntries(labels))) {
        report(
          get(map, 'key'),
          t`the selector requires ${key} ${operator}${values.length ? ` (${values.join(', ')})` : ''}, which the pod template's labels do not satisfy (they are: ${have})`,
        );
      }
    }
  },
};
