// The model reads a document through its aliases as the rules (and kubectl) do: aliases are linked
// when the document is parsed, before the model indexes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { buildModel } from '../../server/src/model';
import { withDefaults } from '../../server/src/settings';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: &labels
    app: web
spec:
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels: *labels
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;
const service = (app: string) => `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: ${app}
  ports:
    - port: 80
`;
const show = (text: string) =>
  validateFile(parseFile(text), withDefaults({})).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`,
  );

test('pod template labels given by an alias are the labels a Service selects', () => {
  assert.deepEqual(show(`${DEPLOYMENT}---\n${service('web')}`), []);
  assert.deepEqual(show(`${DEPLOYMENT}---\n${service('api')}`), [
    '24:10 k8s/service-selector-matches this Service selects app: api, but no pod in this file has that label (the pods here have app: "web"), so the Service would have no endpoints',
  ]);
});

test('the model indexes the aliased labels of a pod template', () => {
  const model = buildModel([{ uri: 'file:///web.yaml', file: parseFile(DEPLOYMENT) }]);
  assert.deepEqual(
    model.pods().map((p) => p.pod.labels),
    [{ app: 'web' }],
  );
});
