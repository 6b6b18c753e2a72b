import { rule } from '../../server/src/rules/serviceSelectorMatches';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  noBoundary: 'a selector matches a pod or not; no limit to be just inside',
  valid: [
    yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        template:
          metadata:
            labels: {app: api, tier: backend}
          spec: {containers: [{name: api, image: api:1}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: api}
      spec:
        selector: {app: api}
    `,
    {
      name: 'a file without pods is not checked',
      code: yaml`
      apiVersion: v1
      kind: Service
      spec:
        selector: {app: elsewhere}
    `,
    },
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          labels:
            app: api-server
        spec:
          containers: [{name: api, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector:
            app: api
      `,
      errors: [
        {
          line: 16,
          column: 10,
          endLine: 16,
          endColumn: 13,
          message:
            'this Service selects app: api, but no pod in this file has that label (the pods here have app: "api-server"), so the Service would have no endpoints — did you mean "api-server"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          labels:
            app: api-server
        spec:
          containers: [{name: api, image: nginx:1.27}]
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
        spec:
          selector:
            app: api-server
      `,
    },
  ],
});
