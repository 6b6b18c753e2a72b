import { rule } from '../../server/src/rules/rollingUpdate';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
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
  ],
});
