import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rule } from '../../server/src/rules/resourcesMissing';
import { ruleTester, runRule, yaml } from './ruleTester';

const bare = yaml`
  apiVersion: v1
  kind: Pod
  spec:
    containers:
      - name: app
        image: nginx:1.27
`;

test('k8s/resources-missing is off unless settings give it a severity', () => {
  assert.equal(runRule(rule, bare).diagnostics.length, 0);
  assert.equal(runRule(rule, bare, { 'k8s/resources-missing': 'warning' }).diagnostics[0]?.severity, 2);
});

ruleTester(rule, {
  noBoundary: 'requests and limits are present or not; there is no value to be just inside',
  valid: [
    yaml`
    apiVersion: v1
    kind: Pod
    spec:
      containers:
        - name: app
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 128Mi}
  `,
  ],
  invalid: [
    {
      code: bare,
      errors: [
        {
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 16,
          message:
            'container "app" has no resource requests or limits: set resources.requests (cpu, memory) so the scheduler can place it, and a memory limit so it cannot starve its neighbours',
        },
      ],
    },
  ],
});
