import { rule } from '../../server/src/rules/rollingUpdate';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

// ValidateRollingUpdateDeployment, ValidateRollingUpdateDaemonSet, validateRollingUpdateStatefulSet,
// ValidatePositiveIntOrPercent, IsNotMoreThan100Percent, ValidateDeploymentStrategy (pkg/apis/apps/validation).
const ds = (rolling: string) => `apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  updateStrategy:\n    rollingUpdate: ${rolling}\n`;
const sts = (strategy: string) => `apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  updateStrategy: ${strategy}\n`;

ruleTester(rule, {
  valid: [
    {
      // IsNotMoreThan100Percent and ValidateRollingUpdateDaemonSet: 100% is just allowed, a surge with maxUnavailable 0.
      name: 'boundary: maxUnavailable 100%, a DaemonSet surging 100% with maxUnavailable 0, a StatefulSet maxUnavailable 1',
      boundary: true,
      code:
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: "100%"}\n---\n' +
        ds('{maxSurge: "100%", maxUnavailable: 0}') +
        '---\n' +
        sts('{type: RollingUpdate, rollingUpdate: {maxUnavailable: 1}}'),
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        strategy:
          type: RollingUpdate
          rollingUpdate: {maxSurge: 0, maxUnavailable: "25%"}
    `,
    yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate: {maxUnavailable: 1}
    `,
    {
      // ValidateDaemonSetUpdateStrategy: type OnDelete checks nothing more, so a rollingUpdate beside it is accepted (and ignored).
      name: 'a DaemonSet of type OnDelete with a rollingUpdate',
      code: 'apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  updateStrategy:\n    type: OnDelete\n    rollingUpdate: {maxUnavailable: 1}\n',
    },
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          strategy:
            rollingUpdate:
              maxSurge: 0
              maxUnavailable: 0%
      `,
      errors: [
        {
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 25,
          message:
            'maxUnavailable and maxSurge cannot both be 0: the rollout could neither remove an old pod nor add a new one — allow at least one (e.g. maxSurge: 1)',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          strategy:
            rollingUpdate:
              maxSurge: "1"
              maxUnavailable: 150%
      `,
      errors: [
        {
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 20,
          message:
            'maxSurge "1" is neither a number nor a percentage like "25%": write 1 without quotes for a number of pods, or "1%" for a percentage',
        },
        {
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 27,
          message: 'maxUnavailable 150% is more than 100%: at most all pods can be unavailable, so use 100% or less',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          strategy:
            type: Recreate
            rollingUpdate: {maxSurge: 1}
      `,
      errors: [
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 18,
          message: 'rollingUpdate may not be set when the strategy type is Recreate: remove it, or use type RollingUpdate',
        },
      ],
    },
    at(
      'apps:ValidateRollingUpdateDaemonSet#1: a DaemonSet surge with the defaulted maxUnavailable 1, and with maxUnavailable 2',
      ds('{maxSurge: 1}') + '---\n' + ds('{maxSurge: "10%", maxUnavailable: 2}'),
      [
        [
          'maxSurge: «1»',
          'a DaemonSet cannot surge and take pods down at once: maxUnavailable defaults to 1, so add "maxUnavailable: 0" beside maxSurge',
        ],
        ['"10%"', 'a DaemonSet cannot surge and take pods down at once: with maxSurge set, make maxUnavailable 0'],
      ],
    ),
    at(
      'apps:ValidateRollingUpdateDaemonSet#2, apps:IsNotMoreThan100Percent#1, apps:ValidatePositiveIntOrPercent#1: a DaemonSet with no way to progress, a surge over 100%, a bad percentage',
      ds('{maxUnavailable: 0}') + '---\n' + ds('{maxSurge: "150%", maxUnavailable: 0}') + '---\n' + ds('{maxUnavailable: "5 %"}'),
      [
        [
          'maxUnavailable: «0»}',
          'maxUnavailable and maxSurge cannot both be 0: the rollout could neither remove an old pod nor add a new one — allow at least one (e.g. maxSurge: 1)',
        ],
        ['"150%"', 'maxSurge 150% is more than 100%: a DaemonSet runs one pod per node, so at most 100% can surge'],
        ['"5 %"', 'maxUnavailable "5 %" is neither a number nor a percentage like "25%"'],
      ],
    ),
    at(
      'apps:ValidateRollingUpdateDeployment#1 and apps:ValidateDeploymentStrategy#1: both zero; rollingUpdate with Recreate',
      'apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 0}\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy: {type: Recreate, rollingUpdate: {}}\n',
      [
        [
          'maxUnavailable: «0»}',
          'maxUnavailable and maxSurge cannot both be 0: the rollout could neither remove an old pod nor add a new one — allow at least one (e.g. maxSurge: 1)',
        ],
        ['«rollingUpdate»: {}', 'rollingUpdate may not be set when the strategy type is Recreate: remove it, or use type RollingUpdate'],
      ],
    ),
    at(
      'apps:validateRollingUpdateStatefulSet#1 and apps:ValidateStatefulSetSpec#4: a StatefulSet maxUnavailable of 0; rollingUpdate with OnDelete',
      sts('{rollingUpdate: {maxUnavailable: 0}}') + '---\n' + sts('{type: OnDelete, rollingUpdate: {partition: 1}}'),
      [
        [
          'maxUnavailable: «0»',
          'maxUnavailable of a StatefulSet cannot be 0: at least one pod must be allowed down to update it (the default is 1)',
        ],
        [
          '«rollingUpdate»: {partition',
          'rollingUpdate may not be set when the updateStrategy type is OnDelete: remove it, or use type RollingUpdate',
        ],
      ],
    ),
  ],
});
