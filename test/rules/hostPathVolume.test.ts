import { rule } from '../../server/src/rules/hostPathVolume';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  noBoundary: 'the presence of a hostPath volume is the finding; there is no value to be just inside',
  valid: [
    yaml`
    apiVersion: v1
    kind: Pod
    spec:
      volumes: [{name: cache, emptyDir: {}}]
  `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            spec:
              volumes:
                - name: logs
                  hostPath: {path: /var/log}
      `,
      errors: [
        {
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 19,
          message:
            'hostPath volume "/var/log" gives this pod access to the node\'s own files: use emptyDir, a PersistentVolumeClaim, or a ConfigMap/Secret unless the pod is a node agent that needs it',
        },
      ],
    },
    {
      name: 'the severity can be changed',
      rules: { 'k8s/host-path-volume': 'info' },
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - {name: x, hostPath: {path: /}}
      `,
      errors: [{ line: 5, column: 17, endLine: 5, endColumn: 25, severity: 'info', message: /^hostPath volume "\/" gives/ }],
    },
  ],
});
