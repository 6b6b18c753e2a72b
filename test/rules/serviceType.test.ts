import { rule } from '../../server/src/rules/serviceType';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateService: a headless ClusterIP Service and an ExternalName with a DNS name.
      name: 'boundary: ValidateService: a headless ClusterIP Service and an ExternalName with a DNS name',
      boundary: true,
      code: `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  clusterIP: None\n  ports: [{port: 80}]\n---\napiVersion: v1\nkind: Service\nmetadata: {name: e}\nspec:\n  type: ExternalName\n  externalName: db.example.com\n`,
    },
    {
      name: 'a misspelt externalName key',
      code: yaml`
      apiVersion: v1
      kind: Service
      spec:
        type: ExternalName
        externalname: db.example.com
    `,
    },
    yaml`
      apiVersion: v1
      kind: Service
      spec:
        type: ExternalName
        externalName: db.example.com.
    `,
    yaml`
      apiVersion: v1
      kind: Service
      spec:
        clusterIP: None
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: Nodeport
      `,
      errors: [
        {
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 17,
          message:
            'Service type "Nodeport" is not supported: use ClusterIP, NodePort, LoadBalancer or ExternalName — did you mean "NodePort"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: NodePort
      `,
    },
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: ExternalName
          clusterIP: 10.0.0.1
      `,
      errors: [
        {
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 21,
          message: 'an ExternalName Service needs "externalName": the DNS name it points to, e.g. db.example.com',
        },
        { line: 5, column: 14, endLine: 5, endColumn: 22, message: 'an ExternalName Service has no cluster IP: remove "clusterIP"' },
      ],
    },
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: LoadBalancer
          clusterIP: None
      `,
      errors: [
        {
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 18,
          message:
            'clusterIP: None (a headless Service) is only possible for type ClusterIP, and this Service is LoadBalancer: remove clusterIP, or use type ClusterIP',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'the type checks have no numeric limit',
  valid: [],
  invalid: [
    at('validateService#8: an ExternalName Service without externalName', `apiVersion: v1\nkind: Service\nspec:\n  type: ExternalName\n`, [
      ['ExternalName', /^an ExternalName Service needs "externalName"/],
    ]),
    at(
      'validateService#3: clusterIP None on a LoadBalancer',
      `apiVersion: v1\nkind: Service\nspec:\n  type: LoadBalancer\n  clusterIP: None\n  ports: [{port: 80}]\n`,
      [['None', /^clusterIP: None \(a headless Service\) is only possible for type ClusterIP/]],
    ),
    at(
      'validateService#4: clusterIP None on a NodePort',
      `apiVersion: v1\nkind: Service\nspec:\n  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]\n`,
      [['None', /^clusterIP: None \(a headless Service\) is only possible for type ClusterIP/]],
    ),
  ],
});
