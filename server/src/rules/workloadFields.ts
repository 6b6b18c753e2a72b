import { dns1123Label } from '../k8s/names';
import { get, getIn, isWorkload, keyNode, mapIn, numberValue, replaceScalar, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

// The workload spec checks of pkg/apis/apps/validation beyond selectors, restart policies and rolling
// updates (those have their own rules): a deadline on pods that run forever, a StatefulSet's claim retention
// policy, and a Deployment's progress deadline against minReadySeconds (after defaulting).

/** SetDefaults_Deployment: progressDeadlineSeconds is 600 when not set. */
const DEFAULT_PROGRESS_DEADLINE = 600;
const RETENTION = ['Retain', 'Delete'];
/** The counts of a workload spec that ValidateNonnegativeField checks: [path under spec, the kinds that have it]. */
const NONNEGATIVE: [string[], string[]][] = [
  [['replicas'], ['Deployment', 'ReplicaSet', 'StatefulSet']],
  [['minReadySeconds'], ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']],
  [['revisionHistoryLimit'], ['Deployment', 'StatefulSet', 'DaemonSet']],
  [['progressDeadlineSeconds'], ['Deployment']],
  [['ordinals', 'start'], ['StatefulSet']],
  [['updateStrategy', 'rollingUpdate', 'partition'], ['StatefulSet']],
];

export const rule: DocumentRule = {
  id: 'k8s/workload-fields',
  title: 'Workload specs have what their kind allows',
  severity: 'error',
  scope: 'document',
  doc:
    'The pods of a Deployment, ReplicaSet, StatefulSet or DaemonSet run until replaced, so their template has no `activeDeadlineSeconds` ' +
    '(ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec: "activeDeadlineSeconds in … is not Supported"). ' +
    "A StatefulSet's `serviceName`, when set, is a DNS label (ValidateStatefulSetSpec, since 1.33); its `persistentVolumeClaimRetentionPolicy` says `Retain` or `Delete` for `whenDeleted` and `whenScaled` (ValidatePersistentVolumeClaimRetentionPolicyType). " +
    "A Deployment's `progressDeadlineSeconds` (600 when not set) must be greater than its `minReadySeconds` (ValidateDeploymentSpec), " +
    'or the rollout would be reported as failed before a pod could count as available. Counts such as `replicas`, `minReadySeconds`, ' +
    '`revisionHistoryLimit`, `ordinals.start` and a rolling update `partition` are 0 or more (ValidateNonnegativeField).',
  check(doc, report) {
    if (!isWorkload(doc, 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet')) return;
    const spec = mapIn(doc.root, 'spec');
    for (const [path, kinds] of NONNEGATIVE) {
      const node = kinds.includes(doc.kind ?? '') ? getIn(spec, ...path) : undefined;
      const n = numberValue(node);
      if (n !== undefined && n < 0) report(node, t`${path.join('.')} must be 0 or more, not ${n}`);
    }
    const podSpec = mapIn(spec, 'template', 'spec');
    const deadline = keyNode(podSpec, 'activeDeadlineSeconds');
    if (deadline)
      report(
        deadline,
        t`activeDeadlineSeconds cannot be set in the pod template of a ${doc.kind}: its pods run until they are replaced; remove it (a Job is for pods that should end)`,
      );
    if (doc.kind === 'StatefulSet') {
      // ValidateStatefulSetSpec (since 1.33, on create): serviceName, when set, is a DNS-1123 label (ValidateDNS1123Label).
      const serviceNode = get(spec, 'serviceName');
      const serviceName = stringValue(serviceNode);
      const problems = serviceName ? dns1123Label(serviceName) : [];
      if (problems.length)
        report(
          serviceNode,
          t`serviceName "${serviceName}" is not a valid Service name: ${problems.join('; ')}; it must be a DNS label (lowercase letters, digits and "-", at most 63 characters)`,
        );
      const policy = mapIn(spec, 'persistentVolumeClaimRetentionPolicy');
      for (const field of ['whenDeleted', 'whenScaled']) {
        const node = get(policy, field);
        const value = stringValue(node);
        if (node === undefined || value === undefined || RETENTION.includes(value)) continue;
        const fix = RETENTION.find((r) => r.toLowerCase() === value.toLowerCase());
        report(node, t`persistentVolumeClaimRetentionPolicy.${field} "${value}" is not supported: use Retain or Delete`, {
          fixes: fix ? [{ title: t`Change to ${fix}`, edits: [replaceScalar(node, fix)], preferred: true }] : undefined,
        });
      }
    }
    if (doc.kind === 'Deployment') {
      const minReady = numberValue(get(spec, 'minReadySeconds'));
      const node = get(spec, 'progressDeadlineSeconds');
      const progress = node === undefined ? DEFAULT_PROGRESS_DEADLINE : numberValue(node);
      if (minReady !== undefined && progress !== undefined && progress <= minReady)
        report(
          node ?? keyNode(spec, 'minReadySeconds'),
          node
            ? t`progressDeadlineSeconds (${progress}) must be greater than minReadySeconds (${minReady}): a rollout would fail before its pods count as available`
            : t`minReadySeconds ${minReady} is not below the default progressDeadlineSeconds (600): set progressDeadlineSeconds above ${minReady}`,
        );
    }
  },
};
