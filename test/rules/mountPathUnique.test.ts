import { rule } from '../../server/src/rules/mountPathUnique';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // validateVolumeMounts: paths that differ by one character, and the same path in two containers.
      name: 'boundary: validateVolumeMounts: paths that differ by one character, and the same path in two containers',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - {name: a, image: a:1, volumeMounts: [{name: v, mountPath: /data}, {name: w, mountPath: /data2}]}\n    - {name: b, image: b:1, volumeMounts: [{name: v, mountPath: /data}]}\n  volumes: [{name: v, emptyDir: {}}, {name: w, emptyDir: {}}]\n`,
    },
    {
      name: 'the same path in two containers',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: a
            volumeMounts: [{name: shared, mountPath: /data}]
          - name: b
            volumeMounts: [{name: shared, mountPath: /data}]
    `,
    },
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              volumeMounts:
                - name: config
                  mountPath: /etc/app
                - name: secrets
                  mountPath: /etc/app
      `,
      errors: [
        {
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 30,
          message: 'container "app" already mounts volume "config" at "/etc/app": each mount path of a container must be unique',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'a uniqueness check has no numeric limit',
  valid: [],
  invalid: [
    at(
      'ValidateVolumeMounts#3: two mounts at one path',
      `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: app\n      image: a:1\n      volumeMounts: [{name: a, mountPath: /data}, {name: b, mountPath: /data}]\n  volumes: [{name: a, emptyDir: {}}, {name: b, emptyDir: {}}]\n`,
      [['/data', /already mounts volume "a" at "\/data"/, 1]],
    ),
  ],
});
