import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import { expressionsMatch } from '../k8s/selectors';

/** One Kubernetes object as completion and hover see it. */
export interface IndexedObject {
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  /** The object as Kubernetes reads it (may be partial while the document is being typed). */
  value: Record<string, unknown>;
  doc: ManifestDocument;
}

/**
 * The objects completion and hover may refer to (volumes, PVCs, labels, ports). Today it covers
 * the open file; the interface lets a workspace index take its place.
 */
export interface ObjectIndex {
  objects(): Iterable<IndexedObject>;
  ofKind(kind: string): IndexedObject[];
}

export function objectOf(doc: ManifestDocument): IndexedObject | undefined {
  const value = doc.toJS().value;
  if (!isRecord(value)) return undefined;
  const metadata = isRecord(value.metadata) ? value.metadata : {};
  return {
    kind: str(value.kind),
    apiVersion: str(value.apiVersion),
    name: str(metadata.name),
    namespace: str(metadata.namespace),
    value,
    doc,
  };
}

/** An index over parsed files, built lazily (documents' `toJS()` values are cached on them). */
export function fileIndex(files: ParsedFile[]): ObjectIndex {
  let all: IndexedObject[] | undefined;
  const list = (): IndexedObject[] => {
    if (!all) {
      all = [];
      for (const file of files) {
        for (const doc of file.documents) {
          if (doc.isEmpty) continue;
          const o = objectOf(doc);
          if (o) all.push(o);
        }
      }
    }
    return all;
  };
  return {
    objects: list,
    ofKind: (kind) => list().filter((o) => o.kind === kind),
  };
}

const TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController']);

/** The pod template an object carries (`{metadata, spec}`): a Pod itself, a workload's template, a CronJob's job template. */
export function podTemplateOf(o: {
  kind?: string;
  value: Record<string, unknown>;
}): { labels: Record<string, string>; spec: Record<string, unknown> } | undefined {
  let template: unknown;
  if (o.kind === 'Pod') template = o.value;
  else if (o.kind && TEMPLATE_KINDS.has(o.kind)) template = get(o.value, ['spec', 'template']);
  else if (o.kind === 'CronJob') template = get(o.value, ['spec', 'jobTemplate', 'spec', 'template']);
  if (!isRecord(template)) return undefined;
  const labels = get(template, ['metadata', 'labels']);
  const spec = template.spec;
  return {
    labels: isRecord(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v)])) : {},
    spec: isRecord(spec) ? spec : {},
  };
}

/** Whether a selector (`{app: web}` or `{matchLabels, matchExpressions}`) selects these labels. */
export function selectorMatches(selector: Record<string, unknown>, labels: Record<string, string>): boolean {
  const structured = 'matchLabels' in selector || 'matchExpressions' in selector;
  const matchLabels = structured ? (isRecord(selector.matchLabels) ? selector.matchLabels : {}) : selector;
  const entries = Object.entries(matchLabels);
  const expressions = structured && Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  if (!entries.length && !expressions.length) return false;
  for (const [k, v] of entries) if (labels[k] !== String(v)) return false;
  return expressionsMatch(expressions, labels);
}

export function containersOf(spec: Record<string, unknown>): Record<string, unknown>[] {
  const list = [spec.containers, spec.initContainers].flatMap((c) => (Array.isArray(c) ? c : []));
  return list.filter(isRecord);
}

export function get(value: unknown, path: (string | number)[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string') cur = cur[seg];
    else return undefined;
  }
  return cur;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
