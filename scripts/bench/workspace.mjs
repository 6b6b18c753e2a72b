// Issue 9's workspace rows: 400 apps of five files that refer to each other, nothing opened.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { startServer, peakMemoryMiB } from './lsp.mjs';

/** The five files of app `i`: the Deployment reads the ConfigMap and Secret, mounts the claim; the Service selects its pods. */
export function appFiles(i) {
  const app = `app-${i}`;
  return {
    'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: team-${i % 20}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
    spec:
      containers:
        - name: web
          image: registry.example.com/${app}:1.${i % 10}.0
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: ${app}-config
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${app}-db
                  key: password
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: ${app}-data
`,
    'configmap.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: team-${i % 20}
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "a,b,c"
`,
    'secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: ${app}-db
  namespace: team-${i % 20}
type: Opaque
stringData:
  password: change-me
`,
    'service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: team-${i % 20}
spec:
  selector:
    app: ${app}
  ports:
    - name: http
      port: 80
      targetPort: http
`,
    'pvc.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${app}-data
  namespace: team-${i % 20}
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
`,
  };
}

/** Writes `apps` apps into `dir`; returns every file's text (for the parse floor). */
export function writeWorkspace(dir, apps) {
  const texts = [];
  for (let i = 0; i < apps; i++) {
    const appDir = join(dir, `app-${i}`);
    mkdirSync(appDir, { recursive: true });
    for (const [name, text] of Object.entries(appFiles(i))) {
      writeFileSync(join(appDir, name), text);
      texts.push(text);
    }
  }
  return texts;
}

/**
 * From `initialized` to every file validated (k8sense/stats answers once the queue is empty), then
 * a rename of one app's ConfigMap in its open file: how long until the Deployment in the other
 * file is published with its new problem. Peak RSS of the server over both.
 */
export async function workspaceRows({ root, lsp, dir, apps = 400 }) {
  const texts = writeWorkspace(dir, apps);
  const server = await startServer(root, lsp, { rootUri: pathToFileURL(dir).href });
  const t0 = performance.now();
  await server.conn.sendNotification(lsp.InitializedNotification.type, {});
  const stats = await server.conn.sendRequest('k8sense/stats');
  const scanMs = performance.now() - t0;
  const problemsAtStart = server.publishes.reduce((n, p) => n + p.diagnostics.length, 0);

  const target = Math.floor(apps / 2);
  const configUri = pathToFileURL(join(dir, `app-${target}`, 'configmap.yaml')).href;
  const deploymentUri = pathToFileURL(join(dir, `app-${target}`, 'deployment.yaml')).href;
  const config = texts[target * 5 + 1];
  await server.conn.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
    textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: config },
  });
  await server.conn.sendRequest('k8sense/stats');
  const line = config.split('\n').findIndex((l) => l.includes(`name: app-${target}-config`));
  const character = config.split('\n')[line].length;
  const republished = server.waitFor((p) => p.uri === deploymentUri && p.diagnostics.some((d) => d.code === 'k8s/reference'));
  const t1 = performance.now();
  await server.conn.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
    textDocument: { uri: configUri, version: 2 },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
  });
  const renameMs = (await republished) - t1;
  const after = await server.conn.sendRequest('k8sense/stats');
  const mib = peakMemoryMiB(server.child.pid);
  await server.stop();
  return { files: texts.length, texts, scanMs, renameMs, mib, stats, after, problemsAtStart };
}
