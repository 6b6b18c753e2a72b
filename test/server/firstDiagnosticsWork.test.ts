// The work behind the first diagnostics, counted: a workspace scan parses and validates each file
// once, opening a file parses it once, and the rules read a document's pod specs once between them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Workspace } from '../../server/src/workspace/workspace';
import { withDefaults } from '../../server/src/settings';
import { parseFile, parseWork } from '../../server/src/yaml/parse';
import { podSpecWork } from '../../server/src/yaml/nodes';
import { validateFile } from '../../server/src/validation';
import { generateManifest } from '../../scripts/bench/generate.mjs';

const settings = withDefaults({});

function workspace(): { ws: Workspace; published: Map<string, Diagnostic[]> } {
  const published = new Map<string, Diagnostic[]>();
  const ws = new Workspace({
    settings: async () => settings,
    publish: (uri, diagnostics) => void published.set(uri, diagnostics),
    notify: () => undefined,
    progress: async () => ({ report: () => undefined, done: () => undefined }),
    isYaml: (uri) => /\.ya?ml$/.test(uri),
  });
  return { ws, published };
}

const app = (i: number): Record<string, string> => ({
  'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
spec:
  selector:
    matchLabels:
      app: app-${i}
  template:
    metadata:
      labels:
        app: app-${i}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          envFrom:
            - configMapRef:
                name: app-${i}-config
`,
  // Two documents in one file: two chunks.
  'config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: app-${i}-config
data:
  MODE: prod
---
apiVersion: v1
kind: Service
metadata:
  name: app-${i}
spec:
  selector:
    app: app-${i}
  ports:
    - port: 80
`,
});

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('a workspace scan parses every file once and validates it once, with the cross-file references resolved', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8sense-scan-work-'));
  dirs.push(dir);
  const APPS = 30;
  for (let i = 0; i < APPS; i++) {
    mkdirSync(join(dir, `app-${i}`));
    for (const [name, text] of Object.entries(app(i))) writeFileSync(join(dir, `app-${i}`, name), text);
  }
  // One app reads a ConfigMap that exists nowhere: the scan must have resolved against every file.
  writeFileSync(join(dir, 'app-7', 'deployment.yaml'), app(7)['deployment.yaml'].replace('name: app-7-config', 'name: app-7-conf'));
  const { ws, published } = workspace();
  parseWork.chunks = 0;
  await ws.scan([pathToFileURL(dir).href]);
  await ws.idle();
  assert.equal(parseWork.chunks, APPS * 3, 'each file parsed once (a deployment: one chunk, config.yaml: two)');
  assert.equal(ws.stats.validations, APPS * 2);
  assert.deepEqual(
    Object.values(ws.stats.checked).filter((n) => n !== 1),
    [],
    'no file validated twice',
  );
  const broken = pathToFileURL(join(dir, 'app-7', 'deployment.yaml')).href;
  assert.deepEqual(
    [...published]
      .filter(([, d]) => d.length)
      .map(([u, d]) => [
        u,
        d.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.character + 1} ${x.code} ${x.message}`),
      ]),
    [[broken, ['19:23-33 k8s/reference no ConfigMap named "app-7-conf" in the workspace — did you mean "app-7-config" (config.yaml)?']]],
  );
});

test('opening a 2,000-document file parses it once: validation and the model reuse that parse', async () => {
  const text = generateManifest(2000);
  const chunks = parseFile(text).chunks.length;
  const { ws, published } = workspace();
  parseWork.chunks = 0;
  ws.opened('file:///bench.yaml', text, 1, 'yaml');
  await ws.idle();
  assert.equal(parseWork.chunks, chunks);
  assert.equal(chunks, 2000);
  assert.equal(ws.stats.validations, 1);
  assert.deepEqual(published.get('file:///bench.yaml'), []);
});

test("the model and some thirty rules read a document's pod specs once", () => {
  const file = parseFile(generateManifest(100));
  podSpecWork.built = 0;
  validateFile(file, settings);
  // Every document is asked (most rules start from podSpecs); without the memo it is ~30 per document.
  assert.equal(podSpecWork.built, file.documents.length);
});
