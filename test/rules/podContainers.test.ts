import { rule } from '../../server/src/rules/podContainers';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidatePodSpec: exactly one container with an image is enough.
      name: 'boundary: ValidatePodSpec: exactly one container with an image is enough',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
          - name: web
            image: nginx:1.27
    `,
    {
      name: 'a container that inherits its image through a merge key, another that is an alias',
      code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            containers:
              - &base
                name: web
                image: nginx:1.27
              - <<: *base
                name: sidecar
            initContainers:
              - *base
    `,
    },
    {
      name: 'merged from a list of maps',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        initContainers:
          - &named {name: a, image: busybox:1.36}
          - &imaged {name: b, image: busybox:1.37}
        containers:
          - <<: [*named, *imaged]
            name: c
    `,
    },
    {
      name: "a misspelt image key is the schema check's to report",
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: app
            imgae: nginx:1.27
    `,
    },
    {
      name: 'a misspelt containers key, likewise',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        container:
          - name: app
            image: nginx:1.27
    `,
    },
  ],
  invalid: [
    {
      name: 'what the merged map lacks is still missing',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - &nameonly {name: app}
            - <<: *nameonly
              name: other
      `,
      errors: [
        {
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 22,
          message: 'container "app" has no image: set "image" to the container image to run, e.g. nginx:1.27',
        },
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 9,
          message: 'container "other" has no image: set "image" to the container image to run, e.g. nginx:1.27',
        },
      ],
    },
    {
      name: 'a Pod without containers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: []
      `,
      errors: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 13,
          message: 'the pod spec of this Pod has no containers: list at least one under "containers" (with a name and an image)',
        },
      ],
    },
    {
      name: 'a Deployment template without the containers key',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        spec:
          template:
            spec:
              restartPolicy: Always
      `,
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 9, message: /^the pod spec of this Deployment has no containers/ }],
    },
    {
      name: 'missing image: error on a Pod, warning on a template',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
        ---
        apiVersion: batch/v1
        kind: Job
        spec:
          template:
            spec:
              containers:
                - name: task
                  image: ""
      `,
      errors: [
        {
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 11,
          message: 'container "app" has no image: set "image" to the container image to run, e.g. nginx:1.27',
        },
        {
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 16,
          severity: 'warning',
          message: 'container "task" has no image: the API server accepts the Job, but its pods cannot start until something sets "image"',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'a presence check has no numeric limit',
  valid: [],
  invalid: [
    at('validateContainers#1: a pod without containers', `apiVersion: v1\nkind: Pod\nspec:\n  containers: []\n`, [
      ['containers', /has no containers/],
    ]),
    at('validateContainerCommon#2: a container without an image', `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app}]\n`, [
      ['{«name»: app}', /^container "app" has no image/],
    ]),
  ],
});
