// A large, realistic manifest for the benchmark: Pods, Services, PVs, PVCs and Deployments in turn.
const KINDS = [pod, service, pv, pvc, deployment];

function pod(i) {
  return `apiVersion: v1
kind: Pod
metadata:
  name: web-${i}
  labels:
    app: web-${i % 50}
spec:
  containers:
    - name: web
      image: nginx:1.27
      ports:
        - name: http
          containerPort: 8080
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
        claimName: claim-${i + 3}
`;
}

function service(i) {
  return (
    `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
  labels:
    app: web-${(i - 1) % 50}
spec:
  type: ${i % 2 ? 'NodePort' : 'ClusterIP'}
  selector:
    app: web-${(i - 1) % 50}
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
  allocateLoadBalancerNodePorts: true
  externalTrafficPolicy: Cluster
  healthCheckNodePort: 0
  loadBalancerSourceRanges: []
  externalIPs: []
  clusterIPs: []
  topologyKeys: []
`.replace(
      / {2}(healthCheckNodePort|loadBalancerSourceRanges|externalIPs|clusterIPs|topologyKeys|allocateLoadBalancerNodePorts|externalTrafficPolicy).*\n/g,
      '',
    ) + ''
  );
}

function pv(i) {
  return `apiVersion: v1
kind: PersistentVolume
metadata:
  name: volume-${i}
  labels:
    type: local
    index: "${i}"
spec:
  storageClassName: manual
  capacity:
    storage: 10Gi
  accessModes:
    - ReadWriteOnce
  persistentVolumeReclaimPolicy: Retain
  hostPath:
    path: /mnt/data/${i}
    type: DirectoryOrCreate
`;
}

function pvc(i) {
  return `apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: claim-${i}
  labels:
    app: web-${i % 50}
spec:
  storageClassName: manual
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 3Gi
`;
}

function deployment(i) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api-${i}
spec:
  replicas: 3
  selector:
    matchLabels:
      app: api-${i}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app: api-${i}
    spec:
      containers:
        - name: api
          image: registry.example.com/api:2.${i % 10}.0
          args: ["--port=8080", "--verbose"]
          ports:
            - containerPort: 8080
              name: http
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
`;
}

/**
 * `count` documents separated by `---`, about 20 lines each. References resolve as in a real project:
 * each Pod's claim exists, each Service selects the Pod just before it.
 */
export function generateManifest(count) {
  const docs = [];
  for (let i = 0; i < count; i++) docs.push(KINDS[i % KINDS.length](i));
  return docs.join('---\n');
}

/**
 * The same manifest as a messy real file has it: several hundred references left unresolved —
 * claims one letter off (near misses with a did-you-mean), ConfigMaps defined nowhere, Services
 * selecting a label no pod carries.
 */
export function generateMessyManifest(count) {
  const docs = [];
  for (let i = 0; i < count; i++) {
    let doc = KINDS[i % KINDS.length](i);
    if (i % 5 === 0 && i % 10 === 0) doc = doc.replace(`claimName: claim-${i + 3}`, `claimName: claim-${i + 3}x`);
    if (i % 5 === 0) doc = doc.replace('  volumes:\n', `  volumes:\n    - name: settings\n      configMap:\n        name: settings-${i}\n`);
    if (i % 5 === 1 && i % 3 === 0) doc = doc.replace(/selector:\n {4}app: web-(\d+)/, 'selector:\n    app: web-$1-v2');
    docs.push(doc);
  }
  return docs.join('---\n');
}
