import { rule } from '../../server/src/rules/privileged';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  noBoundary: 'privileged is true or false; there is no value to be just inside',
  valid: [
    yaml`
    apiVersion: v1
    kind: Pod
    spec:
      containers:
        - name: app
          securityContext: {privileged: false, capabilities: {add: [NET_ADMIN]}}
  `,
  ],
  invalid: [
    {
      name: 'YAML 1.1 reads yes as true',
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: app
              securityContext:
                privileged: yes
      `,
      errors: [
        {
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 24,
          message:
            'container "app" is privileged: it has full access to the node — add only the capabilities it needs (securityContext.capabilities.add) instead',
        },
      ],
    },
  ],
});
