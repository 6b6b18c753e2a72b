import { rule } from '../../server/src/rules/workloadSelector';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

// ValidateDeploymentSpec, ValidateReplicaSetSpec, ValidatePodTemplateSpecForReplicaSet, ValidateStatefulSetSpec,
// ValidatePodTemplateSpecForStatefulSet, ValidateDaemonSetSpec (pkg/apis/apps/validation).
const wl = (kind: string, selector: string, labels = 'app: web') =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: a}\nspec:\n  selector: ${selector}\n  template:\n    metadata: {labels: {${labels}}}\n    spec: {containers: [{name: app, image: app:1}]}\n`;

ruleTester(rule, {
  valid: [
    {
      // ValidatePodTemplateSpecForReplicaSet: a selector asking for exactly the template's labels, no more; a matchExpressions-only selector.
      name: 'boundary: a selector equal to the template labels, and one of matchExpressions only',
      boundary: true,
      code:
        wl('Deployment', '{matchLabels: {app: web, tier: fe}}', 'app: web, tier: fe') +
        '---\n' +
        wl('DaemonSet', '{matchExpressions: [{key: app, operator: In, values: [web]}]}'),
    },
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
    at(
      'apps:ValidatePodTemplateSpecForStatefulSet#2 and apps:ValidateStatefulSetSpec#7: a StatefulSet selector that misses, and an empty one',
      wl('StatefulSet', '{matchLabels: {app: db}}') + '---\n' + wl('StatefulSet', '{}'),
      [
        [
          'db',
          "the selector wants app: db, but the pod template's labels do not have it (they are: app: web) \u2014 the selector must match the template's labels",
        ],
        [
          '«selector»: {}',
          'this StatefulSet needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates',
        ],
      ],
    ),
    at(
      'apps:ValidateDaemonSetSpec#1 and apps:ValidateDaemonSetSpec#2: a DaemonSet selector that misses, and an empty one',
      wl('DaemonSet', '{matchLabels: {app: db}}') + '---\n' + wl('DaemonSet', '{}'),
      [
        [
          'db',
          "the selector wants app: db, but the pod template's labels do not have it (they are: app: web) \u2014 the selector must match the template's labels",
        ],
        [
          '«selector»: {}',
          'this DaemonSet needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates',
        ],
      ],
    ),
    at(
      'apps:ValidateDeploymentSpec#2, apps:ValidateReplicaSetSpec#2, apps:ValidatePodTemplateSpecForReplicaSet#2: Deployment and ReplicaSet selectors',
      wl('Deployment', '{}') + '---\n' + wl('ReplicaSet', '{matchLabels: {app: db}}') + '---\n' + wl('ReplicaSet', '{matchLabels: {}}'),
      [
        [
          '«selector»: {}',
          'this Deployment needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates',
        ],
        [
          'db',
          "the selector wants app: db, but the pod template's labels do not have it (they are: app: web) \u2014 the selector must match the template's labels",
        ],
        [
          '«selector»: {matchLabels: {}}',
          'this ReplicaSet needs "selector.matchLabels" naming the labels of its pod template (e.g. app: my-app), so it can find the pods it creates',
        ],
      ],
    ),
  ],
});
