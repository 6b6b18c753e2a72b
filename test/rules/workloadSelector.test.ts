import { rule } from '../../server/src/rules/workloadSelector';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'labels shared through an alias and a merge key',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        labels: &labels {app: web, tier: front}
      spec:
        selector:
          matchLabels: *labels
        template:
          metadata:
            labels:
              <<: *labels
              version: v1
    `,
    },
    {
      name: 'a misspelt matchLabels key',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchLabel: {app: web}
        template:
          metadata:
            labels: {app: web}
    `,
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchLabels: {app: web}
          matchExpressions:
            - {key: tier, operator: In, values: [frontend, backend]}
            - {key: canary, operator: DoesNotExist}
        template:
          metadata:
            labels: {app: web, tier: frontend, version: v2}
    `,
    {
      name: 'extensions/v1beta1 defaulted the selector from the template',
      code: yaml`
      apiVersion: extensions/v1beta1
      kind: Deployment
      spec:
        template:
          metadata:
            labels: {app: web}
    `,
    },
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web-server
      `,
      errors: [
        {
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 15,
          message:
            "the selector wants app: web, but the pod template's labels do not have it (they are: app: web-server) — the selector must match the template's labels",
        },
      ],
    },
    {
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        spec:
          template:
            metadata:
              labels: {app: db}
      `,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message:
            'this StatefulSet needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          selector:
            matchExpressions:
              - {key: tier, operator: NotIn, values: [system]}
          template:
            metadata:
              labels: {tier: system}
      `,
      errors: [
        {
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 19,
          message: "the selector requires tier NotIn (system), which the pod template's labels do not satisfy (they are: tier: system)",
        },
      ],
    },
  ],
});
