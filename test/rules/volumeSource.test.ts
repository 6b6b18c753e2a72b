import { rule } from '../../server/src/rules/volumeSource';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - name: cache
            emptyDir: {}
          - name: defaulted-to-emptydir
    `,
  ],
  invalid: [
    {
      name: 'a missing "- name:" merges two volumes',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          volumes:
            - name: config
              configMap:
                name: app-config
              secret:
                secretName: app-secret
      `,
      errors: [{ line: 8, column: 7, endLine: 8, endColumn: 13, message: 'volume "config" already has the source "configMap": a volume has exactly one source, so "secret" needs its own volume entry (with its own "- name:")' }],
    },
  ],
});
