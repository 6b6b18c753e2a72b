import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';
import { buildModel, Model, type Location, type ModelReference } from '../../server/src/model';

/** `file:L:C-L:C` (1-based), the way a user finds a place. */
const at = (l: Location) =>
  `${l.uri.replace('file:///ws/', '')}:${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.line + 1}:${l.range.end.character + 1}`;

function describe(model: Model, r: ModelReference): string {
  const res = model.resolve(r);
  const targets = res.targets.map((t) => at(t.location)).join(' ');
  const extra = res.suggestion
    ? ` suggestion=${res.suggestion.name}@${at(res.suggestion.location)}`
    : res.elsewhere
      ? ` elsewhere=${res.elsewhere.map((o) => o.identity.namespace).join(',')}`
      : res.existing?.length
        ? ` existing=${res.existing.join(',')}`
        : '';
  return `${r.type} ${at(r.location)} → ${res.status}${targets ? ` ${targets}` : ''}${extra}`;
}

const snapshot = (model: Model) => ({
  objects: model
    .objects()
    .map((o) => `${o.identity.kind}/${o.identity.namespace ?? '-'}/${o.identity.name} ${at(o.location)}`)
    .sort(),
  references: model
    .references()
    .map((r) => describe(model, r))
    .sort(),
});

const uri = (name: string) => `file:///ws/${name}`;
const build = (files: Record<string, string>) =>
  buildModel(Object.entries(files).map(([n, text]) => ({ uri: uri(n), file: parseFile(text) })));

const APP = {
  'deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web-sa
      imagePullSecrets:
        - name: registry
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet:
              port: http
          envFrom:
            - configMapRef:
                name: web-config
          env:
            - name: PASSWORD
              valueFrom:
                secretKeyRef:
                  name: web-secret
                  key: password
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: web-data
`,
  'service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - name: http
      port: 80
      targetPort: http
`,
  'config.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
  namespace: shop
data:
  MODE: prod
---
apiVersion: v1
kind: Secret
metadata:
  name: web-secret
  namespace: shop
stringData:
  password: hunter2
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: web-sa
`,
  'storage.yaml': `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: web-data
  namespace: shop
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv-1
  namespace: ignored
spec:
  storageClassName: manual
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  hostPath:
    path: /mnt/data
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: manual
provisioner: kubernetes.io/no-provisioner
`,
  'ingress.yaml': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  tls:
    - secretName: web-tls
  rules:
    - host: shop.example
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 1
  maxReplicas: 3
`,
};

test('identities: explicit namespace, none, and cluster-scoped kinds (a PersistentVolume has no namespace even when it names one)', () => {
  const model = build(APP);
  assert.deepEqual(snapshot(model).objects, [
    'ConfigMap/shop/web-config config.yaml:4:9-4:19',
    'Deployment/shop/web deployment.yaml:4:9-4:12',
    'HorizontalPodAutoscaler/shop/web ingress.yaml:23:9-23:12',
    'Ingress/-/web ingress.yaml:4:9-4:12',
    'PersistentVolume/-/pv-1 storage.yaml:16:9-16:13',
    'PersistentVolumeClaim/shop/web-data storage.yaml:4:9-4:17',
    'Secret/shop/web-secret config.yaml:12:9-12:19',
    'Service/-/web service.yaml:4:9-4:12',
    'ServiceAccount/-/web-sa config.yaml:20:9-20:15',
    'StorageClass/-/manual storage.yaml:29:9-29:15',
  ]);
  const pv = model.find('PersistentVolume', 'pv-1')[0];
  assert.equal(pv.identity.clusterScoped, true);
  assert.equal(model.find('Deployment', 'web')[0].identity.group, 'apps');
});

test('every reference kind resolves across files, with the exact ranges of both ends', () => {
  const model = build(APP);
  assert.deepEqual(
    snapshot(model).references,
    [
      'claim deployment.yaml:42:24-42:32 → resolved storage.yaml:4:9-4:17',
      'configMap deployment.yaml:29:23-29:33 → resolved config.yaml:4:9-4:19',
      'containerPort deployment.yaml:26:21-26:25 → resolved deployment.yaml:22:21-22:25',
      'containerPort service.yaml:11:19-11:23 → resolved deployment.yaml:22:21-22:25',
      'scaleTarget ingress.yaml:29:11-29:14 → resolved deployment.yaml:4:9-4:12',
      'secret deployment.yaml:17:17-17:25 → missing existing=web-secret',
      'secret deployment.yaml:34:25-34:35 → resolved config.yaml:12:9-12:19',
      'secret ingress.yaml:7:19-7:26 → missing existing=web-secret',
      'secretKey deployment.yaml:35:24-35:32 → resolved config.yaml:15:3-15:11',
      'selector deployment.yaml:7:3-7:11 → resolved deployment.yaml:10:3-10:11',
      'selector service.yaml:6:3-6:11 → resolved deployment.yaml:10:3-10:11',
      'service ingress.yaml:16:23-16:26 → resolved service.yaml:4:9-4:12',
      'serviceAccount deployment.yaml:15:27-15:33 → resolved config.yaml:20:9-20:15',
      'servicePort ingress.yaml:18:27-18:29 → resolved service.yaml:9:13-9:17',
      'storageClass storage.yaml:19:21-19:27 → resolved storage.yaml:29:9-29:15',
      'storageClass storage.yaml:7:21-7:27 → resolved storage.yaml:29:9-29:15',
      'volume deployment.yaml:37:21-37:25 → resolved deployment.yaml:40:17-40:21',
    ].sort(),
  );
  const claim = model.find('PersistentVolumeClaim', 'web-data')[0];
  assert.equal(model.bindingOf(claim)?.volume.identity.name, 'pv-1');
});

test('reverse lookups: who refers to an object, a key, a port; who selects a pod template', () => {
  const model = build(APP);
  const refs = (list: ModelReference[]) => list.map((r) => `${r.type} ${at(r.location)}`).sort();
  const secret = model.find('Secret', 'web-secret')[0];
  assert.deepEqual(refs(model.referencesTo(secret)), ['secret deployment.yaml:34:25-34:35']);
  assert.deepEqual(refs(model.referencesTo(secret, model.parts(secret, 'key')[0].part)), ['secretKey deployment.yaml:35:24-35:32']);
  const deployment = model.find('Deployment', 'web')[0];
  const [http] = model.parts(deployment, 'containerPort');
  assert.deepEqual(refs(model.referencesTo(deployment, http.part)), [
    'containerPort deployment.yaml:26:21-26:25',
    'containerPort service.yaml:11:19-11:23',
  ]);
  assert.deepEqual(refs(model.referencesTo(deployment)), [
    'scaleTarget ingress.yaml:29:11-29:14',
    'selector deployment.yaml:7:3-7:11',
    'selector service.yaml:6:3-6:11',
  ]);
  const [template] = model.podsOf(deployment);
  assert.deepEqual(refs(model.selectorsOf(template)), ['selector deployment.yaml:7:3-7:11', 'selector service.yaml:6:3-6:11']);
  assert.deepEqual(
    model.podsWithLabel('app', 'web').map((p) => at(p.location)),
    ['deployment.yaml:10:3-10:11'],
  );
  const service = model.find('Service', 'web')[0];
  const [port] = model.parts(service, 'servicePort');
  assert.deepEqual(refs(model.referencesTo(service, port.part)), ['servicePort ingress.yaml:18:27-18:29']);
  assert.equal(
    at(model.referenceAt(uri('deployment.yaml'), model.referencesIn(uri('deployment.yaml'))[0].location.start)!.location),
    at(model.referencesIn(uri('deployment.yaml'))[0].location),
  );
});

test('namespaces: another explicit namespace is apart, no namespace meets any; near misses and missing parts', () => {
  const model = build({
    'a.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: p
  namespace: team-a
spec:
  containers:
    - name: c
      image: busybox:1.36
      envFrom:
        - configMapRef:
            name: settings
        - secretRef:
            name: creds
      env:
        - name: K
          valueFrom:
            configMapKeyRef:
              name: shared
              key: mising
`,
    'b.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: team-b
---
apiVersion: v1
kind: Secret
metadata:
  name: cred
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: shared
data:
  missing: x
  other: y
`,
  });
  assert.deepEqual(snapshot(model).references, [
    'configMap a.yaml:12:19-12:27 → otherNamespace elsewhere=team-b',
    'configMap a.yaml:19:21-19:27 → resolved b.yaml:15:9-15:15',
    'configMapKey a.yaml:20:20-20:26 → missingPart existing=missing,other',
    'secret a.yaml:14:19-14:24 → nearMiss suggestion=cred@b.yaml:10:9-10:13',
  ]);
});

test('custom resources refer to their CustomResourceDefinition; a Service selects only pods of its namespace', () => {
  const model = build({
    'crd.yaml': `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  scope: Namespaced
  names: { kind: Widget, plural: widgets }
  versions:
    - name: v1
      served: true
      storage: true
`,
    'widget.yaml': `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
---
apiVersion: v1
kind: Service
metadata:
  name: s
  namespace: a
spec:
  selector:
    app: x
---
apiVersion: v1
kind: Pod
metadata:
  name: x
  namespace: b
  labels:
    app: x
spec:
  containers: [{ name: c, image: busybox:1.36 }]
`,
  });
  assert.deepEqual(snapshot(model).references, [
    'crd widget.yaml:1:13-1:27 → resolved crd.yaml:4:9-4:28',
    'selector widget.yaml:12:3-12:11 → otherNamespace elsewhere=b',
  ]);
});

test('incremental: changing, adding and deleting a document or a file equals a fresh build', () => {
  const texts: Record<string, string> = { ...APP };
  const model = build(texts);
  const files = new Map<string, ParsedFile>(Object.entries(texts).map(([n, t]) => [n, parseFile(t)]));
  model.setFile(uri('service.yaml'), parseFile(texts['service.yaml']));
  const step = (name: string, text: string | undefined) => {
    const before = model.objectsIn(uri(name));
    if (text === undefined) {
      delete texts[name];
      model.removeFile(uri(name));
    } else {
      texts[name] = text;
      const parsed = parseFile(text, files.get(name));
      files.set(name, parsed);
      model.setFile(uri(name), parsed);
    }
    assert.deepEqual(snapshot(model), snapshot(build(texts)), `after ${name}`);
    return model.dependents(uri(name), before);
  };
  // Rename the ConfigMap: the Deployment's file depends on it.
  const deps = step('config.yaml', texts['config.yaml'].replace('name: web-config', 'name: web-conf'));
  assert.ok(deps.has(uri('deployment.yaml')));
  // The Secret did not change: the Ingress naming a Secret that exists nowhere is not re-checked for a ConfigMap.
  assert.ok(!deps.has(uri('ingress.yaml')));
  assert.ok(!deps.has(uri('service.yaml')));
  // Renaming the Secret: the Ingress's missing tls Secret may now have a did-you-mean.
  const secretDeps = step('config.yaml', texts['config.yaml'].replace('name: web-secret', 'name: web-secrets'));
  assert.ok(secretDeps.has(uri('ingress.yaml')));
  assert.ok(!secretDeps.has(uri('service.yaml')));
  // The same text parsed again (a file re-read from disk): nothing changed, no dependents.
  assert.deepEqual([...step('config.yaml', texts['config.yaml'])], []);
  step('config.yaml', texts['config.yaml'] + '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n  namespace: shop\n'); // add a document
  step('config.yaml', texts['config.yaml'].split('---\n').slice(1).join('---\n')); // delete the first document
  step('service.yaml', undefined); // delete a file
  step('new.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n'); // add a file
  step('deployment.yaml', texts['deployment.yaml'].replace('app: web\n    spec', 'app: webb\n    spec')); // change labels
});

test('StatefulSet serviceName and claim templates, NetworkPolicy / PodDisruptionBudget selectors, projected sources, handler ports, volumeName', () => {
  const model = build({
    'db.yaml': `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db-headless
  selector:
    matchLabels: { app: db }
  template:
    metadata:
      labels: { app: db }
    spec:
      containers:
        - name: db
          image: postgres:16
          ports: [{ name: pg, containerPort: 5432 }]
          lifecycle:
            preStop:
              tcpSocket:
                port: postgres
          volumeMounts:
            - { name: data, mountPath: /var/lib/postgresql }
            - { name: creds, mountPath: /etc/creds }
      volumes:
        - name: creds
          projected:
            sources:
              - secret: { name: db-creds, optional: true }
  volumeClaimTemplates:
    - metadata: { name: data }
      spec:
        accessModes: [ReadWriteOnce]
        resources: { requests: { storage: 1Gi } }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: all
spec:
  podSelector: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: db
spec:
  minAvailable: 1
  selector:
    matchExpressions:
      - { key: app, operator: In, values: [db, cache] }
---
apiVersion: v1
kind: Service
metadata:
  name: db-headless
spec:
  clusterIP: None
  selector: { app: db }
  ports: [{ name: pg, port: 5432 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: admin
spec:
  defaultBackend:
    service:
      name: db-headless
      port: { name: admin }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pinned
spec:
  volumeName: pv-pinned
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 1Gi } }
`,
  });
  assert.deepEqual(snapshot(model).references, [
    'containerPort db.yaml:20:23-20:31 → missingPart existing=pg',
    'persistentVolume db.yaml:76:15-76:24 → missing',
    'secret db.yaml:28:33-28:41 → missing',
    'selector db.yaml:40:3-40:14 → resolved db.yaml:9:3-9:11',
    'selector db.yaml:48:3-48:11 → resolved db.yaml:9:3-9:11',
    'selector db.yaml:58:3-58:11 → resolved db.yaml:9:3-9:11',
    'selector db.yaml:7:3-7:11 → resolved db.yaml:9:3-9:11',
    'service db.yaml:68:13-68:24 → resolved db.yaml:55:9-55:20',
    'service db.yaml:6:16-6:27 → resolved db.yaml:55:9-55:20',
    'servicePort db.yaml:69:21-69:26 → missingPart existing=pg',
    'volume db.yaml:22:23-22:27 → resolved db.yaml:30:25-30:29',
    'volume db.yaml:23:23-23:28 → resolved db.yaml:25:17-25:22',
  ]);
  assert.equal(model.referencesIn(uri('db.yaml')).find((r) => r.type === 'secret')?.fact.optional, true);
});

test('aliases and merges are read as Kubernetes reads them, on a fresh parse (no rule has run): labels: *app, a merged volume', () => {
  const model = build({
    'web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector:
    matchLabels: &app {app: web}
  template:
    metadata: {labels: *app}
    spec:
      containers: [{name: c, image: "nginx:1.27"}]
      volumes:
        - &cfg {name: cfg, configMap: {name: settings}}
        - <<: *cfg
          name: copy
`,
  });
  const [pod] = model.pods();
  assert.deepEqual(pod.pod.labels, { app: 'web' });
  assert.equal(model.podsWithLabel('app', 'web').length, 1);
  assert.deepEqual(
    model.parts(model.find('Deployment', 'web')[0], 'volume').map((p) => p.part.name),
    ['cfg', 'copy'],
  );
});
