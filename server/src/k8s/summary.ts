import { parseQuantity } from './quantity';
import { at, list, obj, str } from './plain';
import { t } from '../l10n';

const MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };

function modes(value: unknown): string | undefined {
  const m = list(value).map((x) => MODES[String(x)] ?? String(x));
  return m.length ? m.join(',') : undefined;
}

function size(value: unknown): string | undefined {
  const text = str(value);
  return text === undefined ? undefined : (parseQuantity(text)?.canonical ?? text);
}

function join(parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => !!p);
  return kept.length ? kept.join(' · ') : undefined;
}

/** The images of a pod spec (or a list of images): `nginx:1.27`, `+2` beyond the first two. */
export function images(spec: unknown): string | undefined {
  const all = Array.isArray(spec)
    ? spec.filter((i): i is string => typeof i === 'string' && !!i)
    : list(obj(spec).containers)
        .map((c) => str(obj(c).image))
        .filter((i): i is string => !!i);
  if (!all.length) return undefined;
  return all.length > 2 ? `${all.slice(0, 2).join(', ')} +${all.length - 2}` : all.join(', ');
}

/** One short line about an object, shown under its name. */
export function detailOf(kind: string, value: unknown): string | undefined {
  const spec = obj(obj(value).spec);
  switch (kind) {
    case 'Pod':
      return images(spec);
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'ReplicationController': {
      const r = spec.replicas;
      return typeof r === 'number' ? `${r} replica${r === 1 ? '' : 's'}` : '1 replica';
    }
    case 'DaemonSet':
      return t('one pod per node');
    case 'Job':
      return typeof spec.completions === 'number' ? `${spec.completions} completions` : undefined;
    case 'CronJob':
      return str(spec.schedule);
    case 'Service': {
      const ports = list(spec.ports)
        .map((p) => str(obj(p).port))
        .filter(Boolean);
      return join([str(spec.type) ?? 'ClusterIP', ports.length ? `port ${ports.join(', ')}` : undefined]);
    }
    case 'Ingress': {
      const hosts = list(spec.rules)
        .map((r) => str(obj(r).host))
        .filter(Boolean);
      return hosts.length ? hosts.join(', ') : undefined;
    }
    case 'PersistentVolumeClaim':
      return join([size(at(spec, 'resources', 'requests', 'storage')), modes(spec.accessModes), str(spec.storageClassName)]);
    case 'PersistentVolume':
      return join([size(at(spec, 'capacity', 'storage')), modes(spec.accessModes), str(spec.storageClassName)]);
    case 'StorageClass':
      return str(obj(value).provisioner);
    case 'ConfigMap':
    case 'Secret': {
      const keys = new Set([
        ...Object.keys(obj(obj(value).data)),
        ...Object.keys(obj(obj(value).stringData)),
        ...Object.keys(obj(obj(value).binaryData)),
      ]);
      const type = kind === 'Secret' && str(obj(value).type) !== 'Opaque' ? str(obj(value).type) : undefined;
      return join([type, keys.size ? `${keys.size} key${keys.size === 1 ? '' : 's'}` : undefined]);
    }
    default:
      return undefined;
  }
}
