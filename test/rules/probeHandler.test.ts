import { rule } from '../../server/src/rules/probeHandler';
import { ruleTester, yaml } from './ruleTester';
import { at } from './cases';

ruleTester(rule, {
  valid: [
    {
      // validateHandler: exactly one handler in a probe and in a hook.
      name: 'boundary: validateHandler: exactly one handler in a probe and in a hook',
      boundary: true,
      code: `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: app:1\n      readinessProbe: {httpGet: {path: /, port: 80}}\n      lifecycle: {preStop: {sleep: {seconds: 1}}}\n`,
    },
    {
      name: 'a misspelt handler',
      code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: web
            image: nginx:1.27
            readinessProbe:
              httpget: {path: /, port: 80}
    `,
    },
    yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: web
            livenessProbe:
              httpGet: {path: /healthz, port: 8080}
            readinessProbe:
              tcpSocket: {port: http}
              successThreshold: 3
            lifecycle:
              preStop:
                sleep: {seconds: 5}
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
              livenessProbe:
                httpGet: {path: /, port: 80}
                exec: {command: [true]}
                successThreshold: 2
              readinessProbe:
                periodSeconds: 5
      `,
      errors: [
        {
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 13,
          message: 'livenessProbe of the container "web" already uses "httpGet": use exactly one of exec, httpGet, tcpSocket, grpc',
        },
        {
          line: 9,
          column: 27,
          endLine: 9,
          endColumn: 28,
          message:
            'livenessProbe of the container "web" must have successThreshold 1 (it is 2): only readiness probes may require several successes',
        },
        {
          line: 10,
          column: 7,
          endLine: 10,
          endColumn: 21,
          message: 'readinessProbe of the container "web" has no handler: add one of exec, httpGet, tcpSocket, grpc',
        },
      ],
    },
  ],
});

// Rows of docs/validation-coverage.md (the Go call site is in each case's name).
const probe = (p: string) => `apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: web\n      image: web:1\n      ${p}\n`;
ruleTester(rule, {
  noBoundary: 'successThreshold 1 is in the valid cases above',
  valid: [],
  invalid: [
    at('validateHandler#6: no handler', probe('livenessProbe: {periodSeconds: 5}'), [['livenessProbe', /has no handler/]]),
    ...(
      [
        ['validateHandler#1', 'exec: {command: [a]}', 'tcpSocket: {port: 80}'],
        ['validateHandler#2', 'exec: {command: [a]}', 'httpGet: {port: 80}'],
        ['validateHandler#3', 'httpGet: {port: 80}', 'tcpSocket: {port: 80}'],
        ['validateHandler#5', 'httpGet: {port: 80}', 'sleep: {seconds: 1}'],
      ] as const
    ).map(([id, a, b]) => at(`${id}: two handlers`, probe(`lifecycle: {preStop: {${a}, ${b}}}`), [[b.split(':')[0], /already uses/]])),
    at('validateHandler#4: a probe with httpGet and grpc', probe('readinessProbe: {httpGet: {port: 80}, grpc: {port: 80}}'), [
      ['grpc', /already uses/],
    ]),
    at(
      'validateLivenessProbe#1 and validateStartupProbe#1: successThreshold must be 1',
      probe(
        'livenessProbe: {tcpSocket: {port: 80}, successThreshold: 3}\n      startupProbe: {tcpSocket: {port: 80}, successThreshold: 2}',
      ),
      [
        ['3', /must have successThreshold 1 \(it is 3\)/],
        ['2', /must have successThreshold 1 \(it is 2\)/],
      ],
    ),
    at(
      'validateExecAction#1: an exec handler without a command, in a probe and in a hook',
      probe('livenessProbe: {exec: {}}\n      lifecycle: {preStop: {exec: {command: []}}}'),
      [
        ['exec', 'livenessProbe of the container "web": exec needs a command to run, e.g. command: [cat, /tmp/healthy]'],
        ['exec', 'preStop of the container "web": exec needs a command to run, e.g. command: [cat, /tmp/healthy]', 1],
      ],
    ),
  ],
});
