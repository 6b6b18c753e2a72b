import { rule } from '../../server/src/rules/servicePorts';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // ValidateService: port 65535, a named target port of 15 characters.
      name: 'boundary: ValidateService: port 65535, a named target port of 15 characters',
      boundary: true,
      code: `apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports: [{port: 65535, targetPort: abcdefghijklmno}]\n`,
    },
    {
      name: 'misspelt ports and port keys',
      code: yaml`
      apiVersion: v1
      kind: Service
      spec:
        port:
          - port: 80
    ---
      apiVersion: v1
      kind: Service
      spec:
        ports:
          - prot: 80
    `,
    },
    yaml`
      apiVersion: v1
      kind: Service
      spec:
        ports:
          - {name: http, port: 80, targetPort: http-web}
          - {name: dns, port: 53, protocol: UDP, targetPort: 5353}
          - {name: dns-tcp, port: 53, protocol: TCP}
    `,
    {
      name: 'headless without ports',
      code: yaml`
      apiVersion: v1
      kind: Service
      spec:
        clusterIP: None
        selector: {app: db}
    `,
    },
    {
      name: 'a Knative Service is not a core Service',
      code: yaml`
      apiVersion: serving.knative.dev/v1
      kind: Service
      spec:
        template: {}
    `,
    },
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          ports:
            - port: 80
              targetPort: 0
            - name: metrics
              port: 70000
              targetPort: prometheus-metrics
              protocol: Tcp
      `,
      errors: [
        {
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 20,
          message: 'targetPort 0 is out of range: use a port number from 1 to 65535, or the name of a container port',
        },
        {
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 15,
          message: 'this Service has several ports, so each needs a "name" (e.g. http, metrics): port 80 has none',
        },
        { line: 8, column: 13, endLine: 8, endColumn: 18, message: 'Service port 70000 is out of range: a port number is from 1 to 65535' },
        {
          line: 9,
          column: 19,
          endLine: 9,
          endColumn: 37,
          message:
            'targetPort "prometheus-metrics" is not a valid port name: it is 18 characters long, the limit is 15; use a port number, or the name of a container port',
        },
        {
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 20,
          message: 'protocol "Tcp" is not supported: use TCP, UDP or SCTP — did you mean "TCP"?',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Service
        spec:
          ports:
            - port: 80
              targetPort: 0
            - name: metrics
              port: 70000
              targetPort: prometheus-metrics
              protocol: TCP
      `,
    },
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          ports:
            - {name: web, port: 80}
            - {name: web, port: 80}
      `,
      errors: [
        {
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 27,
          message: 'port 80/TCP is listed twice in this Service: each port and protocol pair must be unique',
        },
        {
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 17,
          message: 'Service port name "web" is used twice: port names must be unique in a Service',
        },
      ],
    },
    {
      code: yaml`
        apiVersion: v1
        kind: Service
        spec:
          type: NodePort
          selector: {app: web}
      `,
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          message: 'this NodePort Service has no ports: list at least one under "ports" (port, and the targetPort of the pods)',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
ruleTester(rule, {
  noBoundary: 'the port boundaries are in the table above',
  valid: [],
  invalid: [
    at(
      'validateServicePort#1: two ports, one without a name',
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{port: 80}, {name: b, port: 81}]\n`,
      [['80', /several ports, so each needs a "name"/]],
    ),
    at(
      'validateServicePort#2: one port name twice',
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{name: a, port: 80}, {name: a, port: 81}]\n`,
      [['{name: «a», port: 81}', /^Service port name "a" is used twice/]],
    ),
    at(
      'validateService#2: a LoadBalancer Service without ports',
      `apiVersion: v1\nkind: Service\nspec:\n  type: LoadBalancer\n  ports: []\n`,
      [['ports', /^this LoadBalancer Service has no ports/]],
    ),
    at('validateServicePort#3: port out of range', `apiVersion: v1\nkind: Service\nspec:\n  ports: [{port: 0}]\n`, [
      ['0', /^Service port 0 is out of range/],
    ]),
    at(
      'validateService#16: one port and protocol twice',
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{name: a, port: 80}, {name: b, port: 80}]\n`,
      [['80', /^port 80\/TCP is listed twice/, 1]],
    ),
    at(
      'ValidatePortNumOrName#1 and ValidatePortNumOrName#2: targetPort number and name',
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{name: a, port: 80, targetPort: 70000}, {name: b, port: 81, targetPort: "8080"}]\n`,
      [
        ['70000', /^targetPort 70000 is out of range/],
        [
          '"8080"',
          'targetPort "8080" is quoted, so Kubernetes reads it as a port name, and a port name needs a letter: write 8080 without quotes',
        ],
      ],
      `apiVersion: v1\nkind: Service\nspec:\n  ports: [{name: a, port: 80, targetPort: 70000}, {name: b, port: 81, targetPort: 8080}]\n`,
    ),
  ],
});
