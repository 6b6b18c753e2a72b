import { rule } from '../../server/src/rules/podContainers';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: web}
      spec:
        containers:
          - name: web
            image: nginx:1.27
    `,
  ],
  invalid: [
    {
      name: 'a Pod without containers',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: web}
        spec:
          containers: []
      `,
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 13, message: 'The pod spec of this Pod has no containers: list at least one under "containers" (with a name and an image).' }],
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
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 9, message: /^The pod spec of this Deployment has no containers/ }],
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
        { line: 5, column: 7, endLine: 5, endColumn: 11, message: 'The container "app" has no image: set "image" to the container image to run, e.g. nginx:1.27.' },
        { line: 14, column: 11, endLine: 14, endColumn: 16, severity: 'warning', message: 'The container "task" has no image: the API server accepts the Job, but its pods cannot start until something sets "image".' },
      ],
    },
  ],
});
