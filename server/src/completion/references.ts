import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { t } from '../l10n';
import type { PathSegment } from '../yaml/position';
import type { Edit } from './edits';
import { get, isLabelSelector, isRecord, type IndexedObject, type IndexedPod, type ObjectIndex } from '../model/objectIndex';
import { selectorMatches } from '../model';
import { fileLabel } from '../model/paths';

/** Fields that name another object, by the end of their path. */
const NAME_REFERENCES: { suffix: string[]; kind: string }[] = [
  { suffix: ['persistentVolumeClaim', 'claimName'], kind: 'PersistentVolumeClaim' },
  { suffix: ['configMap', 'name'], kind: 'ConfigMap' },
  { suffix: ['configMapKeyRef', 'name'], kind: 'ConfigMap' },
  { suffix: ['configMapRef', 'name'], kind: 'ConfigMap' },
  { suffix: ['secret', 'secretName'], kind: 'Secret' },
  { suffix: ['secretKeyRef', 'name'], kind: 'Secret' },
  { suffix: ['secretRef', 'name'], kind: 'Secret' },
  { suffix: ['imagePullSecrets', '#', 'name'], kind: 'Secret' },
  { suffix: ['tls', '#', 'secretName'], kind: 'Secret' },
  { suffix: ['serviceAccountName'], kind: 'ServiceAccount' },
  { suffix: ['storageClassName'], kind: 'StorageClass' },
  { suffix: ['backend', 'service', 'name'], kind: 'Service' },
  { suffix: ['spec', 'serviceName'], kind: 'Service' },
  { suffix: ['spec', 'volumeName'], kind: 'PersistentVolume' },
];

function endsWith(path: readonly PathSegment[], suffix: string[]): boolean {
  if (path.length < suffix.length) return false;
  const tail = path.slice(path.length - suffix.length);
  return suffix.every((s, i) => (s === '#' ? typeof tail[i] === 'number' : tail[i] === s));
}

function item(label: string, detail: string, edit: Edit, text = label, doc?: string): CompletionItem {
  return {
    label,
    kind: CompletionItemKind.Reference,
    detail,
    ...(doc ? { documentation: { kind: 'markdown' as const, value: doc } } : {}),
    sortText: `0${label}`,
    textEdit: edit(text),
  };
}

/** The pod spec enclosing a path in the current object (the path up to `containers`/`volumes`). */
function enclosingPodSpec(value: Record<string, unknown>, path: readonly PathSegment[]): Record<string, unknown> | undefined {
  const i = path.findIndex((p) => p === 'containers' || p === 'initContainers' || p === 'ephemeralContainers');
  if (i === -1) return undefined;
  const spec = get(value, path.slice(0, i) as PathSegment[]);
  return isRecord(spec) ? spec : undefined;
}

/** Values naming things defined elsewhere in the scope: volumes, claims, ports, ConfigMaps... */
export function referenceValueItems(
  path: readonly PathSegment[],
  current: IndexedObject | undefined,
  index: ObjectIndex,
  edit: Edit,
  quote: (s: string) => string,
): CompletionItem[] {
  const items: CompletionItem[] = [];
  // volumeMounts[].name → the pod's volumes.
  if (endsWith(path, ['volumeMounts', '#', 'name']) && current) {
    const spec = enclosingPodSpec(current.value, path);
    const volumes = Array.isArray(spec?.volumes) ? spec.volumes : [];
    for (const v of volumes)
      if (isRecord(v) && typeof v.name === 'string') items.push(item(v.name, t('volume of this Pod'), edit, quote(v.name)));
    // A StatefulSet's claim templates become volumes of each of its Pods.
    const claims = current.kind === 'StatefulSet' ? get(current.value, ['spec', 'volumeClaimTemplates']) : undefined;
    for (const c of Array.isArray(claims) ? claims : []) {
      const name = get(c, ['metadata', 'name']);
      if (typeof name === 'string') items.push(item(name, t('volumeClaimTemplate of this StatefulSet'), edit, quote(name)));
    }
    return items;
  }
  // Service ports[].targetPort → container ports of the Pods it selects (by the model's selector evaluator).
  if (current?.kind === 'Service' && current.doc && endsWith(path, ['spec', 'ports', '#', 'targetPort'])) {
    const selector = index.modelObject(current.doc)?.fact.references.find((r) => r.type === 'selector')?.selector;
    const seen = new Set<string>();
    for (const p of index.podsFor(current)) {
      if (selector && !selectorMatches(selector, p.pod.labels)) continue;
      for (const c of p.pod.containers) {
        for (const part of c.ports.map((i) => p.object.fact.parts[i])) {
          const owner = `${podOwner(p, index)} ${t('container')} ${c.name ?? ''}`;
          if (part.name && !seen.has(part.name)) {
            seen.add(part.name);
            items.push(item(part.name, `${t('port')} ${part.number ?? ''} — ${owner}`, edit, quote(part.name)));
          }
          const number = part.number === undefined ? '' : String(part.number);
          if (number && !seen.has(number)) {
            seen.add(number);
            items.push(item(number, owner, edit));
          }
        }
      }
    }
    return items;
  }
  // A value under a selector: the values that label has on the Pods of the file.
  const selectorKey = selectorLabelKey(path, current);
  if (selectorKey !== undefined) {
    const seen = new Set<string>();
    for (const pairs of labelSets(index, current, path)) {
      const v = pairs.labels[selectorKey];
      if (v !== undefined && !seen.has(v)) {
        seen.add(v);
        items.push(item(v, pairs.owner, edit, quote(v)));
      }
    }
    return items;
  }
  for (const ref of NAME_REFERENCES) {
    if (!endsWith(path, ref.suffix)) continue;
    for (const o of index.ofKind(ref.kind)) {
      if (!o.name || o === current) continue;
      if (current?.namespace && o.namespace && current.namespace !== o.namespace) continue;
      items.push(item(o.name, `${ref.kind}${o.namespace ? ` (${o.namespace})` : ''}`, edit, quote(o.name)));
    }
    return items;
  }
  return items;
}

function selectorLabelKey(path: readonly PathSegment[], current: IndexedObject | undefined): string | undefined {
  const key = path[path.length - 1];
  return typeof key === 'string' && isLabelSelector(path.slice(0, -1), current) ? key : undefined;
}

/** `Deployment/web`, and its file when it is not the one being edited. */
function podOwner(p: IndexedPod, index: ObjectIndex): string {
  const name = `${p.object.identity.kind}/${p.object.identity.name || '?'}`;
  return p.own ? name : `${name} (${fileLabel(index.uri, p.object.uri)})`;
}

/**
 * Label sets a selector at `path` may want: its own template's first, then every Pod and template of
 * the scope it may select (same namespace first; other files through the model).
 */
function labelSets(
  index: ObjectIndex,
  current: IndexedObject | undefined,
  path: readonly PathSegment[],
): { labels: Record<string, string>; owner: string }[] {
  const out: { labels: Record<string, string>; owner: string }[] = [];
  const self = current?.doc ? index.modelObject(current.doc) : undefined;
  if (self && self.identity.kind !== 'Pod' && path[0] === 'spec' && path[1] === 'selector') {
    for (const p of self.fact.pods) out.push({ labels: p.labels, owner: t('labels of this template') });
  }
  for (const p of index.podsFor(current)) {
    if (self && p.object === self) continue;
    if (Object.keys(p.pod.labels).length) out.push({ labels: p.pod.labels, owner: podOwner(p, index) });
  }
  return out;
}

/** Key completions in a selector: whole `key: value` pairs that Pods of the scope carry. */
export function selectorPairItems(
  path: readonly PathSegment[],
  current: IndexedObject | undefined,
  index: ObjectIndex,
  siblings: Set<string>,
  edit: Edit,
  quote: (s: string) => string,
): CompletionItem[] {
  if (!isLabelSelector(path, current)) return [];
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const { labels, owner } of labelSets(index, current, path)) {
    for (const [k, v] of Object.entries(labels)) {
      const label = `${k}: ${v}`;
      if (siblings.has(k) || seen.has(label)) continue;
      seen.add(label);
      items.push({ ...item(label, owner, edit, `${k}: ${quote(v)}`), kind: CompletionItemKind.Value, filterText: k });
    }
  }
  return items;
}
