import { parseQuantity } from './quantity';
import { labelSelectorMatches, labelsOf, type LabelSelector } from './selectors';

/**
 * Which PersistentVolume a PersistentVolumeClaim would bind to, following the PV controller's
 * matching (pkg/controller/volume/persistentvolume, findMatchingVolume): a volume named in
 * `volumeName`, or else the smallest volume that is not reserved for another claim, has the same
 * storage class, the same volume mode, every requested access mode, the claim's selector labels,
 * and at least the requested capacity.
 */

export interface ClaimSpec {
  name: string;
  namespace?: string;
  /** undefined when the field is absent: the claim then matches volumes without a class. */
  storageClassName?: string;
  volumeName?: string;
  accessModes: string[];
  /** Requested storage in bytes; undefined when missing or unreadable. */
  request?: number;
  /** The request as written (`5Gi`), for messages. */
  requestText?: string;
  volumeMode: string;
  selector?: LabelSelector;
}

export interface VolumeSpec {
  name: string;
  storageClassName: string;
  accessModes: string[];
  capacity?: number;
  capacityText?: string;
  volumeMode: string;
  labels: Record<string, string>;
  claimRef?: { name?: string; namespace?: string };
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function bytes(value: unknown): number | undefined {
  return typeof value === 'string' || typeof value === 'number' ? parseQuantity(value)?.value : undefined;
}

function text<K extends string>(key: K, value: unknown): Partial<Record<K, string>> {
  return typeof value === 'string' || typeof value === 'number' ? ({ [key]: String(value) } as Record<K, string>) : {};
}

/** A claim's matching fields, from the claim's `spec` (or a StatefulSet volumeClaimTemplate's). */
export function claimSpec(name: string, namespace: string | undefined, spec: unknown): ClaimSpec {
  const s = record(spec);
  const className = s.storageClassName;
  return {
    name,
    namespace,
    storageClassName: typeof className === 'string' ? className : undefined,
    volumeName: typeof s.volumeName === 'string' && s.volumeName ? s.volumeName : undefined,
    accessModes: strings(s.accessModes),
    request: bytes(record(record(s.resources).requests).storage),
    ...text('requestText', record(record(s.resources).requests).storage),
    volumeMode: typeof s.volumeMode === 'string' ? s.volumeMode : 'Filesystem',
    selector: s.selector && typeof s.selector === 'object' ? (s.selector as LabelSelector) : undefined,
  };
}

export function volumeSpec(name: string, labels: unknown, spec: unknown): VolumeSpec {
  const s = record(spec);
  const ref = record(s.claimRef);
  return {
    name,
    storageClassName: typeof s.storageClassName === 'string' ? s.storageClassName : '',
    accessModes: strings(s.accessModes),
    capacity: bytes(record(s.capacity).storage),
    ...text('capacityText', record(s.capacity).storage),
    volumeMode: typeof s.volumeMode === 'string' ? s.volumeMode : 'Filesystem',
    labels: labelsOf(labels),
    claimRef: s.claimRef
      ? {
          name: typeof ref.name === 'string' ? ref.name : undefined,
          namespace: typeof ref.namespace === 'string' ? ref.namespace : undefined,
        }
      : undefined,
  };
}

/** Whether `volume` satisfies `claim` (ignoring `volumeName`, which names the volume outright). */
export function volumeSatisfies(volume: VolumeSpec, claim: ClaimSpec): boolean {
  if (volume.claimRef) {
    const sameClaim =
      volume.claimRef.name === claim.name &&
      (!volume.claimRef.namespace || !claim.namespace || volume.claimRef.namespace === claim.namespace);
    if (!sameClaim) return false;
  }
  return (
    volume.storageClassName === (claim.storageClassName ?? '') &&
    volume.volumeMode === claim.volumeMode &&
    claim.accessModes.every((m) => volume.accessModes.includes(m)) &&
    labelSelectorMatches(claim.selector, volume.labels) &&
    (claim.request === undefined || volume.capacity === undefined || volume.capacity >= claim.request)
  );
}

/**
 * The volume the claim would bind to among `volumes`: the named one, a volume pre-bound to the
 * claim through `claimRef`, or the smallest one that satisfies it.
 */
export function bindingVolume<V extends VolumeSpec>(
  claim: ClaimSpec,
  volumes: V[],
): { volume: V; how: 'volumeName' | 'claimRef' | 'match' } | undefined {
  if (claim.volumeName) {
    // The controller still checks a named volume (checkVolumeSatisfyClaim): a mismatch leaves the claim Pending.
    const named = volumes.find((v) => v.name === claim.volumeName && volumeSatisfies(v, { ...claim, selector: undefined }));
    return named ? { volume: named, how: 'volumeName' } : undefined;
  }
  const reserved = volumes.find((v) => v.claimRef && volumeSatisfies(v, claim));
  if (reserved) return { volume: reserved, how: 'claimRef' };
  // The first of the smallest that fit: a volume no smaller than the best so far is not even compared.
  let smallest: V | undefined;
  for (const v of volumes) {
    if (smallest && (v.capacity ?? Infinity) >= (smallest.capacity ?? Infinity)) continue;
    if (volumeSatisfies(v, claim)) smallest = v;
  }
  return smallest ? { volume: smallest, how: 'match' } : undefined;
}
