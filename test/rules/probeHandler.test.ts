import { rule } from '../../server/src/rules/probeHandler';
import { ruleTester, yaml } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a misspelt handler', code: yaml`
      apiVersion: v1
      kind: Pod
      spec:
        containers:
          - name: web
            image: nginx:1.27
            readinessProbe:
              httpget: {path: /, port: 80}
    ` },
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
        { line: 8, column: 9, endLine: 8, endColumn: 13, message: 'livenessProbe of the container "web" already uses "httpGet": use exactly one of exec, httpGet, tcpSocket, grpc' },
        { line: 9, column: 27, endLine: 9, endColumn: 28, message: 'livenessProbe of the container "web" must have successThreshold 1 (it is 2): only readiness probes may require several successes' },
        { line: 10, column: 7, endLine: 10, endColumn: 21, message: 'readinessProbe of the container "web" has no handler: add one of exec, httpGet, tcpSocket, grpc' },
      ],
    },
  ],
});
