import { rule } from '../../server/src/rules/containerName';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a misspelt name key', code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - nmae: web
            image: nginx:1.27
    ` },
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          spec:
            initContainers:
              - name: setup
            containers:
              - name: web-1
              - name: sidecar
    `,
  ],
  invalid: [
    {
      name: 'a name shared by a container and an init container',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          initContainers:
            - name: app
          containers:
            - name: app
      `,
      errors: [{ line: 7, column: 13, endLine: 7, endColumn: 16, message: 'container name "app" is used twice in this pod (also by the init container "app"): container names must be unique across containers and init containers' }],
    },
    {
      name: 'invalid syntax and a missing name',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: Web_Server
            - image: nginx
      `,
      errors: [
        { line: 5, column: 13, endLine: 5, endColumn: 23, message: /^container name "Web_Server" is not valid: it contains uppercase letters/ },
        { line: 6, column: 7, endLine: 6, endColumn: 12, message: 'this container (containers[1]) has no name: every container needs a "name"' },
      ],
    },
  ],
});
