import type { EdgeKind } from './types';
import { at, list, obj, str } from './values';

/** An object a pod spec names: a claim, ConfigMap or Secret, and where (path inside the pod spec). */
export interface PodReference {
  kind: 'PersistentVolumeClaim' | 'ConfigMap' | 'Secret';
  name: string;
  edge: EdgeKind;
  label: string;
  path: (string | number)[];
}

const CONTAINER_GROUPS = ['initContainers', 'containers'] as const;

/** Where each volume is mounted, for edge labels: `data` → `/var/lib/data`. */
export function mountPaths(spec: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of CONTAINER_GROUPS) {
    for (const c of list(obj(spec)[group])) {
      for (const m of list(obj(c).volumeMounts)) {
        const name = str(obj(m).name);
        const path = str(obj(m).mountPath);
        if (!name || !path) continue;
        const paths = out.get(name) ?? [];
        if (!paths.includes(path)) paths.push(path);
        out.set(name, paths);
      }
    }
  }
  return out;
}

export function volumeLabel(mounts: Map<string, string[]>, volume: string): string {
  return mounts.get(volume)?.join(', ') ?? `volume ${volume}`;
}

/** Every claim, ConfigMap and Secret a pod spec refers to, in reading order. */
export function podReferences(spec: unknown): PodReference[] {
  const refs: PodReference[] = [];
  const mounts = mountPaths(spec);
  list(obj(spec).volumes).forEach((v, i) => {
    const volume = str(obj(v).name) ?? `#${i + 1}`;
    const label = volumeLabel(mounts, volume);
    const add = (kind: PodReference['kind'], edge: EdgeKind, name: unknown, path: (string | number)[]) => {
      const n = str(name);
      if (n) refs.push({ kind, name: n, edge, label, path: ['volumes', i, ...path] });
    };
    add('PersistentVolumeClaim', 'mounts', at(v, 'persistentVolumeClaim', 'claimName'), ['persistentVolumeClaim', 'claimName']);
    add('ConfigMap', 'config', at(v, 'configMap', 'name'), ['configMap', 'name']);
    add('Secret', 'secret', at(v, 'secret', 'secretName'), ['secret', 'secretName']);
    list(at(v, 'projected', 'sources')).forEach((s, j) => {
      add('ConfigMap', 'config', at(s, 'configMap', 'name'), ['projected', 'sources', j, 'configMap', 'name']);
      add('Secret', 'secret', at(s, 'secret', 'name'), ['projected', 'sources', j, 'secret', 'name']);
    });
  });
  for (const group of CONTAINER_GROUPS) {
    list(obj(spec)[group]).forEach((c, ci) => {
      list(obj(c).envFrom).forEach((e, ei) => {
        const cm = str(at(e, 'configMapRef', 'name'));
        if (cm) refs.push({ kind: 'ConfigMap', name: cm, edge: 'config', label: 'envFrom', path: [group, ci, 'envFrom', ei, 'configMapRef', 'name'] });
        const secret = str(at(e, 'secretRef', 'name'));
        if (secret) refs.push({ kind: 'Secret', name: secret, edge: 'secret', label: 'envFrom', path: [group, ci, 'envFrom', ei, 'secretRef', 'name'] });
      });
      list(obj(c).env).forEach((e, ei) => {
        const variable = str(obj(e).name) ?? '?';
        const cm = str(at(e, 'valueFrom', 'configMapKeyRef', 'name'));
        if (cm) refs.push({ kind: 'ConfigMap', name: cm, edge: 'config', label: `env ${variable}`, path: [group, ci, 'env', ei, 'valueFrom', 'configMapKeyRef', 'name'] });
        const secret = str(at(e, 'valueFrom', 'secretKeyRef', 'name'));
        if (secret) refs.push({ kind: 'Secret', name: secret, edge: 'secret', label: `env ${variable}`, path: [group, ci, 'env', ei, 'valueFrom', 'secretKeyRef', 'name'] });
      });
    });
  }
  list(obj(spec).imagePullSecrets).forEach((s, i) => {
    const name = str(obj(s).name);
    if (name) refs.push({ kind: 'Secret', name, edge: 'secret', label: 'imagePullSecrets', path: ['imagePullSecrets', i, 'name'] });
  });
  return refs;
}
