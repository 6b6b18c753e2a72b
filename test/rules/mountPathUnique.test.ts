import { rule } from '../../server/src/rules/mountPathUnique';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the same path in two containers', code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: a
            volumeMounts: [{name: shared, mountPath: /data}]
          - name: b
            volumeMounts: [{name: shared, mountPath: /data}]
    ` },
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
      errors: [{ line: 10, column: 22, endLine: 10, endColumn: 30, message: 'container "app" already mounts volume "config" at "/etc/app": each mount path of a container must be unique' }],
    },
  ],
});
