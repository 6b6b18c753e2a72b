import { rule } from '../../server/src/rules/volumeReference';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    yaml`
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: app-config}
      ---
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - {name: config, configMap: {name: app-config}}
          - {name: creds, secret: {secretName: made-elsewhere}}
          - {name: extra, configMap: {name: maybe, optional: true}}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: data-claim}
        ---
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: data
              persistentVolumeClaim:
                claimName: data-clam
      `,
      errors: [{ line: 11, column: 20, endLine: 11, endColumn: 29, severity: 'info', message: 'no PersistentVolumeClaim named "data-clam" in this file (it defines "data-claim"): the pod will not start until one exists — did you mean "data-claim"?' }],
      output: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: {name: data-claim}
        ---
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: data
              persistentVolumeClaim:
                claimName: data-claim
      `,
    },
  ],
});
