import type { YAMLMap } from 'yaml';
import { get, isBuiltin, keyNode, mapIn, numberValue, scalarValue, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// PodDisruptionBudget (pkg/apis/policy/validation ValidatePodDisruptionBudgetSpec, with the apps helpers
// ValidatePositiveIntOrPercent and IsNotMoreThan100Percent) and PriorityClass (pkg/apis/scheduling/validation
// ValidatePriorityClass; the system classes of pkg/apis/scheduling: system-cluster-critical and system-node-critical).

const HIGHEST_USER_PRIORITY = 1_000_000_000;
const SYSTEM: Record<string, number> = { 'system-node-critical': 2_000_001_000, 'system-cluster-critical': 2_000_000_000 };

function checkBudget(spec: YAMLMap, report: Report) {
  if (get(spec, 'minAvailable') !== undefined && get(spec, 'maxUnavailable') !== undefined)
    report(keyNode(spec, 'maxUnavailable')!, t`minAvailable and maxUnavailable cannot both be set: keep one of them`);
  for (const field of ['minAvailable', 'maxUnavailable']) {
    const node = get(spec, field);
    const v = scalarValue(node);
    if (typeof v === 'number' && v < 0) report(node, t`${field} must be 0 or more, not ${v}`);
    else if (typeof v === 'string' && /^-?\d+%$/.test(v)) {
      const pct = Number(v.slice(0, -1));
      if (pct > 100) report(node, t`${field} ${v} is more than 100%`);
      else if (pct < 0) report(node, t`${field} must be 0 or more, not ${v}`);
    } else if (typeof v === 'string') report(node, t`${field} "${v}" is neither a number of pods nor a percentage such as 50%`);
  }
}

function checkPriorityClass(root: YAMLMap, report: Report) {
  const nameNode = get(mapIn(root, 'metadata'), 'name');
  const name = stringValue(nameNode);
  const valueNode = get(root, 'value');
  const value = numberValue(valueNode);
  if (name?.startsWith('system-')) {
    const known = SYSTEM[name];
    if (known === undefined)
      report(
        nameNode,
        t`PriorityClass names that start with "system-" are reserved: only system-cluster-critical and system-node-critical exist; choose another name`,
      );
    else if (value !== known || (get(root, 'globalDefault') !== undefined && scalarValue(get(root, 'globalDefault')) !== false))
      report(nameNode, t`${name} is a built-in PriorityClass with value ${known} and no globalDefault: it cannot be redefined`);
  } else if (value !== undefined && value > HIGHEST_USER_PRIORITY)
    report(
      valueNode,
      t`value ${value} is above ${HIGHEST_USER_PRIORITY}, the highest a PriorityClass of your own may have (higher ones are for system-… classes)`,
    );
}

export const rule: DocumentRule = {
  id: 'k8s/policy-objects',
  title: 'PodDisruptionBudget and PriorityClass values are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'A PodDisruptionBudget sets `minAvailable` or `maxUnavailable`, not both, each a count of 0 or more or a percentage up to 100% ' +
    '(ValidatePodDisruptionBudgetSpec). A PriorityClass of your own has a `value` of at most 1000000000, and names that start with `system-` are ' +
    'reserved for the built-in system-cluster-critical and system-node-critical (ValidatePriorityClass).',
  check(doc, report) {
    const root = doc.root as YAMLMap | undefined;
    if (!root) return;
    if (isBuiltin(doc, 'PodDisruptionBudget', ['policy'])) {
      const spec = mapIn(root, 'spec');
      if (spec) checkBudget(spec, report);
    } else if (isBuiltin(doc, 'PriorityClass', ['scheduling.k8s.io'])) checkPriorityClass(root, report);
  },
};
