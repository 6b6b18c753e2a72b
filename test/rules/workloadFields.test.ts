// ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec, ValidateDaemonSetSpec,
// ValidatePersistentVolumeClaimRetentionPolicyType and ValidateDeploymentSpec (pkg/apis/apps/validation);
// SetDefaults_Deployment (pkg/apis/apps/v1/defaults.go) for the default progressDeadlineSeconds.
import { rule } from '../../server/src/rules/workloadFields';
import { ruleTester } from './ruleTester';
import { at } from './cases';

const T = '  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: app, image: app:1}]\n';
const wl = (kind: string, spec: string, pod = '') =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: a}\nspec:\n  selector: {matchLabels: {app: a}}\n${spec}${T}${pod}`;

ruleTester(rule, {
  valid: [
    {
      // ValidateDeploymentSpec: progressDeadlineSeconds one more than minReadySeconds; 599 is below the default 600.
      name: 'boundary: progressDeadlineSeconds just above minReadySeconds, minReadySeconds 599 with the default deadline',
      boundary: true,
      code:
        wl('Deployment', '  minReadySeconds: 30\n  progressDeadlineSeconds: 31\n') + '---\n' + wl('Deployment', '  minReadySeconds: 599\n'),
    },
    {
      name: 'a StatefulSet that deletes its claims when scaled down; a Job keeps its deadline',
      code:
        wl('StatefulSet', '  serviceName: a\n  persistentVolumeClaimRetentionPolicy: {whenDeleted: Retain, whenScaled: Delete}\n') +
        '---\napiVersion: batch/v1\nkind: Job\nspec:\n  template:\n    spec:\n      activeDeadlineSeconds: 60\n      restartPolicy: Never\n      containers: [{name: app, image: app:1}]\n',
    },
  ],
  invalid: [
    at(
      'ValidateDNS1123Label#1 (from apps:ValidateStatefulSetSpec, since 1.33): a StatefulSet serviceName that is not a DNS label; a 63-character one starting with a digit is',
      wl('StatefulSet', '  serviceName: web.headless\n') + '---\n' + wl('StatefulSet', `  serviceName: 0${'s'.repeat(62)}\n`),
      [
        [
          'web.headless',
          /^serviceName "web\.headless" is not a valid Service name: .*; it must be a DNS label \(lowercase letters, digits and "-", at most 63 characters\)$/,
        ],
      ],
    ),
    at(
      'apps:ValidatePodTemplateSpecForReplicaSet#4, apps:ValidateStatefulSetSpec#10, apps:ValidateDaemonSetSpec#4: activeDeadlineSeconds in a template',
      wl('Deployment', '', '      activeDeadlineSeconds: 60\n') +
        '---\n' +
        wl('StatefulSet', '  serviceName: a\n', '      activeDeadlineSeconds: 60\n') +
        '---\n' +
        wl('DaemonSet', '', '      activeDeadlineSeconds: 60\n'),
      [
        [
          'activeDeadlineSeconds',
          'activeDeadlineSeconds cannot be set in the pod template of a Deployment: its pods run until they are replaced; remove it (a Job is for pods that should end)',
        ],
        [
          'activeDeadlineSeconds',
          'activeDeadlineSeconds cannot be set in the pod template of a StatefulSet: its pods run until they are replaced; remove it (a Job is for pods that should end)',
          1,
        ],
        [
          'activeDeadlineSeconds',
          'activeDeadlineSeconds cannot be set in the pod template of a DaemonSet: its pods run until they are replaced; remove it (a Job is for pods that should end)',
          2,
        ],
      ],
    ),
    at(
      'apps:ValidatePersistentVolumeClaimRetentionPolicyType#1: a retention policy in the wrong case is fixed',
      wl('StatefulSet', '  serviceName: a\n  persistentVolumeClaimRetentionPolicy: {whenDeleted: delete}\n'),
      [['delete', 'persistentVolumeClaimRetentionPolicy.whenDeleted "delete" is not supported: use Retain or Delete']],
      wl('StatefulSet', '  serviceName: a\n  persistentVolumeClaimRetentionPolicy: {whenDeleted: Delete}\n'),
    ),
    at(
      'apps:ValidatePersistentVolumeClaimRetentionPolicyType#1: an unknown retention policy',
      wl('StatefulSet', '  serviceName: a\n  persistentVolumeClaimRetentionPolicy: {whenScaled: Keep}\n'),
      [['Keep', 'persistentVolumeClaimRetentionPolicy.whenScaled "Keep" is not supported: use Retain or Delete']],
    ),
    at(
      'apps:ValidateDeploymentSpec#4: progressDeadlineSeconds not above minReadySeconds, given and defaulted',
      wl('Deployment', '  minReadySeconds: 30\n  progressDeadlineSeconds: 30\n') + '---\n' + wl('Deployment', '  minReadySeconds: 600\n'),
      [
        [
          'progressDeadlineSeconds: «30»',
          'progressDeadlineSeconds (30) must be greater than minReadySeconds (30): a rollout would fail before its pods count as available',
        ],
        [
          '«minReadySeconds»: 600',
          'minReadySeconds 600 is not below the default progressDeadlineSeconds (600): set progressDeadlineSeconds above 600',
        ],
      ],
    ),
    at(
      'ValidateNonnegativeField#1 (from ValidateDeploymentSpec, ValidateStatefulSetSpec, validateRollingUpdateStatefulSet): negative counts',
      wl('Deployment', '  replicas: -1\n  revisionHistoryLimit: -2\n') +
        '---\n' +
        wl(
          'StatefulSet',
          '  serviceName: a\n  minReadySeconds: -5\n  ordinals: {start: -1}\n  updateStrategy: {rollingUpdate: {partition: -3}}\n',
        ),
      [
        ['-1', 'replicas must be 0 or more, not -1'],
        ['-2', 'revisionHistoryLimit must be 0 or more, not -2'],
        ['-5', 'minReadySeconds must be 0 or more, not -5'],
        ['start: «-1»', 'ordinals.start must be 0 or more, not -1'],
        ['-3', 'updateStrategy.rollingUpdate.partition must be 0 or more, not -3'],
      ],
    ),
  ],
});
