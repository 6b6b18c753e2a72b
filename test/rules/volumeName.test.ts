import { rule } from '../../server/src/rules/volumeName';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateVolumes: a volume name of exactly 63 characters.
      name: 'boundary: ValidateVolumes: a volume name of exactly 63 characters',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: app, image: app:1, volumeMounts: [{name: ${'v'.repeat(63)}, mountPath: /data}]}]\n  volumes: [{name: ${'v'.repeat(63)}, emptyDir: {}}]\n`,
    },
    {
      name: 'a misspelt name key',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - nmae: data
            emptyDir: {}
    `,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - name: cache
            emptyDir: {}
          - name: config-2
            configMap: {name: app}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: data
              emptyDir: {}
            - name: data
              emptyDir: {}
            - name: my.volume
              emptyDir: {}
      `,
      errors: [
        {
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 17,
          message: 'volume name "data" is used twice in this pod: volume names must be unique',
        },
        { line: 9, column: 13, endLine: 9, endColumn: 22, message: /^volume name "my.volume" is not valid: it contains "\."/ },
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
      'ValidateVolumes#2 and ValidateDNS1123Label#1: a volume name twice, and one that is not a DNS label',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers: [{name: a, image: a:1}]\n  volumes: [{name: data, emptyDir: {}}, {name: data, emptyDir: {}}, {name: My_Vol, emptyDir: {}}]\n`,
      [
        ['data', /is used twice in this pod/, 1],
        ['My_Vol', /^volume name "My_Vol" is not valid/],
      ],
    ),
  ],
});
