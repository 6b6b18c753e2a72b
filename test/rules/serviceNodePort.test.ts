import { rule } from '../../server/src/rules/serviceNodePort';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // the default node port range: 30000 and 32767.
      name: 'boundary: the default node port range: 30000 and 32767',
      boundary: true,
      code: `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: NodePort\n  ports: [{name: a, port: 80, nodePort: 30000}, {name: b, port: 81, nodePort: 32767}]\n`,
    },
    yaml`
      apiVersion: v1
      kind: Service
      spec:
        type: NodePort
        ports: [{port: 80, nodePort: 30080}]
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: LoadBalancer
          ports:
            - port: 80
              nodePort: 8080
      `,
      errors: [
        {
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 21,
          message:
            'nodePort 8080 is outside the default node port range 30000–32767 (a cluster can change it with the API server flag --service-node-port-range): pick a port in the range, or leave nodePort out to get one assigned',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          ports:
            - port: 80
              nodePort: 30080
      `,
      errors: [
        {
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 22,
          message:
            'nodePort is only for Services of type NodePort or LoadBalancer, and this Service is ClusterIP: set "type: NodePort" or remove nodePort',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'the node port range boundaries are in the table above',
  valid: [],
  invalid: [
    at(
      'validateService#14: a nodePort on a ClusterIP Service',
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{port: 80, nodePort: 30080}]\n`,
      [['30080', /^nodePort is only for Services of type NodePort or LoadBalancer/]],
    ),
  ],
});
