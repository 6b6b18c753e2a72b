import { test } from 'node:test';
import assert from 'node:assert/strict';
import { edgesOf, graphOf, nodesOf } from './graphText';

const STORAGE = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
provisioner: kubernetes.io/no-provisioner
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: big
spec:
  storageClassName: fast
  capacity: { storage: 20Gi }
  accessModes: [ReadWriteOnce]
  hostPath: { path: /mnt/big }
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: small
spec:
  storageClassName: fast
  capacity: { storage: 5Gi }
  accessModes: [ReadWriteOnce]
  hostPath: { path: /mnt/small }
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: tiny
spec:
  storageClassName: fast
  capacity: { storage: 1Gi }
  accessModes: [ReadWriteOnce]
  hostPath: { path: /mnt/tiny }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: fast
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 3Gi } }
---
apiVersion: v1
kind: Pod
metadata:
  name: task-pv-pod
spec:
  containers:
    - name: web
      image: nginx:1.27
      volumeMounts:
        - { name: storage, mountPath: /usr/share/nginx/html }
  volumes:
    - name: storage
      persistentVolumeClaim: { claimName: data }
`;

test('Pod → PVC → the smallest PV that fits → StorageClass, with lines and details', () => {
  const graph = graphOf(STORAGE);
  assert.deepEqual(nodesOf(graph), [
    'StorageClass fast @4 · kubernetes.io/no-provisioner',
    'PersistentVolume big @10 · 20Gi · RWO · fast',
    'PersistentVolume small @20 · 5Gi · RWO · fast',
    'PersistentVolume tiny @30 · 1Gi · RWO · fast',
    'PersistentVolumeClaim data @40 · 3Gi · RWO · fast',
    'Pod task-pv-pod @49 · nginx:1.27',
  ]);
  assert.deepEqual(edgesOf(graph), [
    'Pod task-pv-pod -mounts[/usr/share/nginx/html]-> PersistentVolumeClaim data',
    // 20Gi and 5Gi both fit a 3Gi request; the binder takes the smallest; 1Gi is too small.
    'PersistentVolumeClaim data -binds[binds]-> PersistentVolume small',
    'PersistentVolume big -class[storage class]-> StorageClass fast',
    'PersistentVolume small -class[storage class]-> StorageClass fast',
    'PersistentVolume tiny -class[storage class]-> StorageClass fast',
  ]);
});

test('access modes, storage class and a reserved claimRef rule volumes out', () => {
  const pv = (name: string, spec: string) =>
    `apiVersion: v1\nkind: PersistentVolume\nmetadata: { name: ${name} }\nspec: { capacity: { storage: 10Gi }, ${spec} }\n---\n`;
  const text =
    pv('rwx-only', 'accessModes: [ReadWriteMany], storageClassName: fast') +
    pv('other-class', 'accessModes: [ReadWriteOnce], storageClassName: slow') +
    pv('reserved', 'accessModes: [ReadWriteOnce], storageClassName: fast, claimRef: { name: someone-else }') +
    pv('no-class', 'accessModes: [ReadWriteOnce]') +
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: data }\nspec: { storageClassName: fast, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }\n---\n' +
    'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: { name: classless }\nspec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }\n';
  const edges = edgesOf(graphOf(text)).filter((e) => e.startsWith('PersistentVolumeClaim'));
  // No volume of the file fits "data": a provisioner of class "fast" would make one (not in this file).
  assert.deepEqual(edges, [
    'PersistentVolumeClaim data -class[provisioned by]-> StorageClass fast',
    'PersistentVolumeClaim classless -binds[binds]-> PersistentVolume no-class',
  ]);
});

test('volumeName and claimRef name the volume outright; a named volume not in the file is missing', () => {
  const text = `apiVersion: v1
kind: PersistentVolume
metadata: { name: pinned }
spec: { capacity: { storage: 1Gi }, accessModes: [ReadWriteOnce], claimRef: { name: db, namespace: prod } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: db, namespace: prod }
spec: { accessModes: [ReadWriteOnce], storageClassName: "", resources: { requests: { storage: 1Gi } } }
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: { name: logs }
spec:
  volumeName: logs-pv
  accessModes: [ReadWriteOnce]
  resources: { requests: { storage: 1Gi } }
`;
  const graph = graphOf(text);
  assert.deepEqual(edgesOf(graph), [
    'PersistentVolumeClaim db -binds[claimRef]-> PersistentVolume pinned',
    'PersistentVolumeClaim logs -binds[volumeName]-> PersistentVolume logs-pv',
  ]);
  // The dashed stand-in points at the line that names it.
  assert.equal(nodesOf(graph).at(-1), 'PersistentVolume logs-pv (missing) @15 · not in this file');
});

test('a claim the file does not define becomes a missing node, at the claimName line', () => {
  const text = `apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers: [{ name: app, image: busybox }]
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: dataa
`;
  const graph = graphOf(text);
  assert.deepEqual(nodesOf(graph), ['Pod app @4 · busybox', 'PersistentVolumeClaim dataa (missing) @10 · not in this file']);
  assert.deepEqual(edgesOf(graph), ['Pod app -mounts[volume data]-> PersistentVolumeClaim dataa']);
  assert.equal(graph.nodes[1].missing, true);
});
