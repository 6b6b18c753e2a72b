import type { Node } from 'yaml';
import { get, getIn, isWorkload, keyNode, scalarValue, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

/** An int-or-percent value: a non-negative integer or `N%`. Reports bad syntax; returns the value when readable. */
function intOrPercent(
  node: Node | undefined,
  field: string,
  report: Report,
  daemonSet = false,
): { value: number; percent: boolean } | undefined {
  if (!node) return undefined;
  const v = scalarValue(node);
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 0) {
      report(node, t`${field} must be a whole number of pods (0 or more) or a percentage like "25%", not ${v}`);
      return undefined;
    }
    return { value: v, percent: false };
  }
  if (typeof v === 'string') {
    const m = /^(\d+)%$/.exec(v);
    if (!m) {
      const hint = /^\d+$/.test(v) ? t`: write ${v} without quotes for a number of pods, or "${v}%" for a percentage` : '';
      report(node, t`${field} "${v}" is neither a number nor a percentage like "25%"${hint}`);
      return undefined;
    }
    const value = Number(m[1]);
    if (field === 'maxUnavailable' && value > 100)
      report(node, t`maxUnavailable ${v} is more than 100%: at most all pods can be unavailable, so use 100% or less`);
    else if (field === 'maxSurge' && value > 100 && daemonSet)
      report(node, t`maxSurge ${v} is more than 100%: a DaemonSet runs one pod per node, so at most 100% can surge`);
    return { value, percent: true };
  }
  return undefined;
}

export const rule: DocumentRule = {
  id: 'k8s/rolling-update',
  title: 'Rolling update limits are valid and allow progress',
  severity: 'error',
  scope: 'document',
  doc:
    '`maxSurge` and `maxUnavailable` of a Deployment\'s (or DaemonSet\'s) rolling update are a non-negative number of pods or a percentage string such as `"25%"`, ' +
    'and they cannot both be 0, or the rollout could never replace a pod (ValidateRollingUpdateDeployment: "may not be 0 when `maxSurge` is 0"). ' +
    "`maxUnavailable` may not exceed 100%, and `rollingUpdate` may not be set when a Deployment's strategy type is `Recreate` (nor a StatefulSet's `OnDelete`; a DaemonSet of type OnDelete ignores it, which the API server accepts). " +
    'A DaemonSet either surges or takes pods down, not both (ValidateRollingUpdateDaemonSet: its `maxUnavailable` defaults to 1, so a `maxSurge` needs `maxUnavailable: 0`), ' +
    "and a StatefulSet's `maxUnavailable` is not 0 (validateRollingUpdateStatefulSet).",
  check(doc, report) {
    if (isWorkload(doc, 'StatefulSet')) return checkStatefulSet(getIn(doc.root, 'spec', 'updateStrategy'), report);
    if (!isWorkload(doc, 'Deployment', 'DaemonSet')) return;
    const daemonSet = doc.kind === 'DaemonSet';
    const strategyField = daemonSet ? 'updateStrategy' : 'strategy';
    const strategy = getIn(doc.root, 'spec', strategyField);
    const rolling = get(strategy, 'rollingUpdate');
    if (!rolling) return;
    const type = stringValue(get(strategy, 'type'));
    // ValidateDaemonSetUpdateStrategy accepts a rollingUpdate beside OnDelete (it is ignored): only Recreate refuses it.
    if (type === 'OnDelete') return;
    if (type === 'Recreate') {
      report(
        keyNode(strategy, 'rollingUpdate'),
        t`rollingUpdate may not be set when the ${strategyField} type is ${type}: remove it, or use type RollingUpdate`,
      );
      return;
    }
    const surgeNode = get(rolling, 'maxSurge');
    const unavailableNode = get(rolling, 'maxUnavailable');
    const surge = intOrPercent(surgeNode, 'maxSurge', report, daemonSet);
    const unavailable = intOrPercent(unavailableNode, 'maxUnavailable', report, daemonSet);
    // Unset values default to 25% (Deployment) or maxSurge 0 / maxUnavailable 1 (DaemonSet).
    const surgeZero = surge ? surge.value === 0 : !surgeNode && daemonSet;
    if (surgeZero && unavailable?.value === 0) {
      report(
        unavailableNode,
        t(
          'maxUnavailable and maxSurge cannot both be 0: the rollout could neither remove an old pod nor add a new one — allow at least one (e.g. maxSurge: 1)',
        ),
      );
    } else if (daemonSet && surge && surge.value > 0 && (unavailable ? unavailable.value > 0 : !unavailableNode)) {
      // ValidateRollingUpdateDaemonSet: one of the two must be 0; an unset maxUnavailable is defaulted to 1.
      report(
        surgeNode,
        unavailableNode
          ? t`a DaemonSet cannot surge and take pods down at once: with maxSurge set, make maxUnavailable 0`
          : t`a DaemonSet cannot surge and take pods down at once: maxUnavailable defaults to 1, so add "maxUnavailable: 0" beside maxSurge`,
      );
    }
  },
};

/** validateRollingUpdateStatefulSet and the update strategy part of ValidateStatefulSetSpec. */
function checkStatefulSet(strategy: Node | undefined, report: Report) {
  const rolling = get(strategy, 'rollingUpdate');
  if (!rolling) return;
  const type = stringValue(get(strategy, 'type'));
  if (type === 'OnDelete') {
    report(
      keyNode(strategy, 'rollingUpdate'),
      t`rollingUpdate may not be set when the updateStrategy type is OnDelete: remove it, or use type RollingUpdate`,
    );
    return;
  }
  const node = get(rolling, 'maxUnavailable');
  const value = intOrPercent(node, 'maxUnavailable', report);
  if (value?.value === 0)
    report(node, t`maxUnavailable of a StatefulSet cannot be 0: at least one pod must be allowed down to update it (the default is 1)`);
}
