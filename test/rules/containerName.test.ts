import { rule } from '../../server/src/rules/containerName';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // validateContainers: a name of exactly 63 characters.
      name: 'boundary: validateContainers: a name of exactly 63 characters',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: ${'a'.repeat(63)}, image: app:1}]\n`,
    },
    {
      name: 'a misspelt name key',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - nmae: web
            image: nginx:1.27
    `,
    },
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
      errors: [
        {
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 16,
          message:
            'container name "app" is used twice in this pod (also by the init container "app"): container names must be unique across containers and init containers',
        },
      ],
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
        {
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 23,
          message: /^container name "Web_Server" is not valid: it contains uppercase letters/,
        },
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 12,
          message: 'this container (containers[1]) has no name: every container needs a "name"',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'names of 63 characters are in the table above',
  valid: [],
  invalid: [
    at(
      'validateContainers#2: two containers with one name',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app, image: a:1}, {name: app, image: b:1}]\n`,
      [['app', /is used twice in this pod/, 1]],
    ),
    at(
      'validateInitContainers#1: an init container named like a container',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app, image: a:1}]\n  initContainers: [{name: app, image: b:1}]\n`,
      [['app', /is used twice in this pod/, 1]],
    ),
    at(
      'validateEphemeralContainers#1: an ephemeral container named like a container',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app, image: a:1}]\n  ephemeralContainers: [{name: app, image: b:1}]\n`,
      [['app', /is used twice in this pod/, 1]],
    ),
  ],
});
