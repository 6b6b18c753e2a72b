import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { buildModel } from '../../server/src/model';

const service = getLanguageService();

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports: [{ port: 80 }]\n';
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: nginx:1.27
          envFrom: [{ configMapRef: { name: web-config } }, { configMapRef: { name: web-confg } }]
`;
const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n';

function scope() {
  const files = { service: service.parse(SERVICE), deployment: service.parse(DEPLOYMENT), config: service.parse(CONFIG) };
  const model = buildModel([
    { uri: 'file:///ws/app/service.yaml', file: files.service },
    { uri: 'file:///ws/app/deployment.yaml', file: files.deployment },
    { uri: 'file:///ws/config/configmap.yaml', file: files.config },
  ]);
  return { model, files };
}
const text = (h: ReturnType<typeof service.hover>) => (h ? (h.contents as { value: string }).value : '');

test('hover on a Service selector lists the pods it matches in other files, with their files', () => {
  const { model, files } = scope();
  const h = service.hover(files.service, { line: 6, character: 6 }, {}, { model, uri: 'file:///ws/app/service.yaml' });
  assert.match(text(h), /This selector matches:\n- Deployment\/web \(its Pod template\) — deployment\.yaml$/);
  // Alone, the same file finds nothing.
  assert.match(
    text(service.hover(files.service, { line: 6, character: 6 })),
    /This selector matches no Pod or Pod template in this file\./,
  );
});

test('hover on a reference shows its target and the file it is in; a near miss names the closest', () => {
  const { model, files } = scope();
  const at = (character: number) =>
    text(service.hover(files.deployment, { line: 12, character }, {}, { model, uri: 'file:///ws/app/deployment.yaml' }));
  assert.equal(at(45), 'Refers to ConfigMap/web-config, defined in ../config/configmap.yaml (line 4).');
  assert.equal(at(88), 'No ConfigMap named "web-confg"; the closest is "web-config" in ../config/configmap.yaml.');
});
