import { rule } from '../../server/src/rules/selectorOperators';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateLabelSelectorRequirement / ValidateNodeSelectorRequirement: In with one value; Gt with exactly one integer.
      name: 'boundary: In with a single value, Gt with exactly one value',
      boundary: true,
      code: 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: a:1}]\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: [{matchExpressions: [{key: zone, operator: In, values: [a]}, {key: cores, operator: Gt, values: ["3"]}]}]\n',
    },
    {
      name: 'misspelt operator and values keys',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchExpressions:
            - {key: tier, operater: In, values: [web]}
            - {key: tier, operator: In, value: [web]}
    `,
    },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        selector:
          matchExpressions:
            - {key: tier, operator: In, values: [web]}
            - {key: canary, operator: DoesNotExist}
        template:
          spec:
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions:
                        - {key: cpu-count, operator: Gt, values: ["4"]}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          selector:
            matchExpressions:
              - key: tier
                operator: in
                values: [web]
              - key: env
                operator: Exists
                values: [prod]
              - key: app
                operator: NotIn
              - key: gpu
                operator: Gt
                values: ["1"]
      `,
      errors: [
        {
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 21,
          message: 'operator "in" is not supported here: use one of In, NotIn, Exists, DoesNotExist — did you mean "In"?',
        },
        {
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 15,
          message: 'operator Exists tests only whether the key is present: remove "values"',
        },
        {
          line: 13,
          column: 19,
          endLine: 13,
          endColumn: 24,
          message: 'operator NotIn needs at least one value under "values" (the label values to exclude)',
        },
        {
          line: 15,
          column: 19,
          endLine: 15,
          endColumn: 21,
          message:
            'operator "Gt" is not supported here (Gt exists only in node affinity terms): use one of In, NotIn, Exists, DoesNotExist',
        },
      ],
      output: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          selector:
            matchExpressions:
              - key: tier
                operator: In
                values: [web]
              - key: env
                operator: Exists
                values: [prod]
              - key: app
                operator: NotIn
              - key: gpu
                operator: Gt
                values: ["1"]
      `,
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
const dep = (expr: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nspec:\n  selector:\n    matchLabels: {app: web}\n    matchExpressions: [${expr}]\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: a, image: a:1}]}\n`;
const node = (expr: string) =>
  `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: a:1}]\n  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms: [{matchExpressions: [${expr}]}]\n`;
ruleTester(rule, {
  noBoundary: 'Gt/Lt with exactly one value is in the valid cases above',
  valid: [],
  invalid: [
    at('ValidateLabelSelectorRequirement#1: In without values', dep('{key: tier, operator: In, values: []}'), [
      ['values', /^operator In needs at least one value/],
    ]),
    at('ValidateLabelSelectorRequirement#2: Exists with values', dep('{key: tier, operator: Exists, values: [a]}'), [
      ['values', /^operator Exists tests only whether the key is present/],
    ]),
    at('ValidateLabelSelectorRequirement#3: Gt in a label selector', dep('{key: tier, operator: Gt, values: ["1"]}'), [
      ['Gt', /^operator "Gt" is not supported here/],
    ]),
    at('ValidateNodeSelectorRequirement#1: NotIn without values', node('{key: zone, operator: NotIn}'), [
      ['NotIn', /^operator NotIn needs at least one value/],
    ]),
    at('ValidateNodeSelectorRequirement#2: DoesNotExist with values', node('{key: zone, operator: DoesNotExist, values: [a]}'), [
      ['values', /^operator DoesNotExist tests only whether the key is present/],
    ]),
    at('ValidateNodeSelectorRequirement#3: Gt with two values', node('{key: cores, operator: Gt, values: ["1", "2"]}'), [
      ['values', /^operator Gt needs exactly one value/],
    ]),
    at('ValidateNodeSelectorRequirement#4: an unknown operator', node('{key: zone, operator: Contains, values: [a]}'), [
      ['Contains', /^operator "Contains" is not supported here/],
    ]),
    at(
      'apps:ValidateDeploymentSpec#3, apps:ValidateReplicaSetSpec#3, apps:ValidateStatefulSetSpec#8 (LabelSelectorAsSelector fails): workload selectors',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  selector:\n    matchExpressions: [{key: app, operator: Equals, values: [web]}]\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: b}\nspec:\n  selector:\n    matchExpressions: [{key: app, operator: In, values: []}]\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: c}\nspec:\n  selector:\n    matchExpressions: [{key: app, operator: Exists, values: [web]}]\n',
      [
        ['Equals', 'operator "Equals" is not supported here: use one of In, NotIn, Exists, DoesNotExist'],
        ['values', 'operator In needs at least one value under "values" (the label values to accept)', 1],
        ['values', 'operator Exists tests only whether the key is present: remove "values"', 2],
      ],
    ),
  ],
});
