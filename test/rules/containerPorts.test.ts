import { rule } from '../../server/src/rules/containerPorts';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // validateContainerPorts: port 1 and 65535, a 15-character name.
      name: 'boundary: validateContainerPorts: port 1 and 65535, a 15-character name',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: app:1, ports: [{containerPort: 1, hostPort: 65535, name: abcdefghijklmno, protocol: SCTP}]}]\n`,
    },
    {
      name: 'a misspelt containerPort key',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: web
            image: nginx:1.27
            ports: [{containerport: 80}]
    `,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: web
            ports:
              - {containerPort: 8080, name: http, protocol: TCP}
              - {containerPort: 9090, name: metrics, hostPort: 0}
              - {containerPort: 53, protocol: UDP}
    `,
  ],
  invalid: [
    {
      code: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: web
              ports:
                - containerPort: 70000
                  name: http-metrics-port
                  protocol: tcp
                - containerPort: 8080
                  name: http
                - containerPort: 8081
                  name: http
      `,
      errors: [
        {
          line: 7,
          column: 26,
          endLine: 7,
          endColumn: 31,
          message: 'containerPort 70000 is out of range: a port number is from 1 to 65535',
        },
        {
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 24,
          message: 'protocol "tcp" is not supported: use TCP, UDP or SCTP — did you mean "TCP"?',
        },
        {
          line: 8,
          column: 17,
          endLine: 8,
          endColumn: 34,
          message:
            'port name "http-metrics-port" is not valid: it is 17 characters long, the limit is 15; a port name has at most 15 lowercase letters, digits and "-", with at least one letter',
        },
        {
          line: 13,
          column: 17,
          endLine: 13,
          endColumn: 21,
          message: 'port name "http" is used twice in the container "web": port names must be unique within a container',
        },
      ],
      output: yaml`
        apiVersion: v1
        kind: Pod
        spec:
          containers:
            - name: web
              ports:
                - containerPort: 70000
                  name: http-metrics-port
                  protocol: TCP
                - containerPort: 8080
                  name: http
                - containerPort: 8081
                  name: http
      `,
    },
    {
      name: 'a port entry without containerPort',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        spec:
          template:
            spec:
              containers:
                - name: agent
                  ports:
                    - name: "8080"
      `,
      errors: [
        {
          line: 9,
          column: 15,
          endLine: 9,
          endColumn: 19,
          message: 'this port of the container "agent" has no containerPort: set the port number the container listens on (1–65535)',
        },
        {
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 27,
          message: /^port name "8080" is not valid: it must contain at least one letter; /,
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
const P = (ports: string) =>
  `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      image: web:1\n      ports: ${ports}\n`;
ruleTester(rule, {
  noBoundary: 'the boundary ports (1, 65535) are in the table above',
  valid: [],
  invalid: [
    at('validateContainerPorts#1: a port name that is not an IANA service name', P('[{name: Http_Port, containerPort: 80}]'), [
      ['Http_Port', /^port name "Http_Port" is not valid/],
    ]),
    at('validateContainerPorts#2: a port name used twice', P('[{name: http, containerPort: 80}, {name: http, containerPort: 81}]'), [
      ['http', /is used twice/, 1],
    ]),
    at(
      'validateContainerPorts#4 and validateContainerPorts#5: containerPort and hostPort out of range',
      P('[{containerPort: 0, hostPort: 70000}]'),
      [
        ['0', /^containerPort 0 is out of range/],
        ['70000', /^hostPort 70000 is out of range/],
      ],
    ),
  ],
});
