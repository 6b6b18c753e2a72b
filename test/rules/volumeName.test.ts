import { rule } from '../../server/src/rules/volumeName';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a misspelt name key', code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        volumes:
          - nmae: data
            emptyDir: {}
    ` },
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
        { line: 7, column: 13, endLine: 7, endColumn: 17, message: 'volume name "data" is used twice in this pod: volume names must be unique' },
        { line: 9, column: 13, endLine: 9, endColumn: 22, message: /^volume name "my.volume" is not valid: it contains "\."/ },
      ],
    },
  ],
});
