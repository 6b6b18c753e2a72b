import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { PathSegment } from '../yaml/position';
import { namespacesMeet } from './identity';
import { Model } from './model';
import type { ModelObject, ModelPod } from './types';

/**
 * The objects completion and hover see: the file being edited, read from its newest parse (it may
 * be half typed), and the rest of the scope through the model.
 */
export interface IndexedObject {
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  /** The object as Kubernetes reads it (may be partial while the document is being typed); only identity for other files. */
  value: Record<string, unknown>;
  /** The document, for objects of the file being edited. */
  doc?: ManifestDocument;
}

/** A Pod or pod template of the scope, with the file it is in. */
export interface IndexedPod extends ModelPod {
  /** True for the file being edited. */
  own: boolean;
}

export interface ObjectIndex {
  /** The file's objects first, then those of the other files of the scope. */
  objects(): IndexedObject[];
  ofKind(kind: string): IndexedObject[];
  /** Pods and pod templates the object may select (same namespace as `from`, or either unset): same namespace first. */
  podsFor(from: IndexedObject | undefined): IndexedPod[];
  /** The model's object for a document of the edited file (from its current parse): its facts, pods and references. */
  modelObject(doc: ManifestDocument): ModelObject | undefined;
  /** The URI of the file being edited. */
  uri: string;
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

const UNTITLED = 'untitled:current';

/**
 * The index of a file and, when given, the scope around it. The file's own facts come from a model
 * of its current parse (document facts are cached on the parse), the others' from the scope's model.
 */
export function scopeIndex(file: ParsedFile, scope?: { model: Model; uri: string }): ObjectIndex {
  const uri = scope?.uri ?? UNTITLED;
  let own: Model | undefined;
  const ownModel = () => {
    if (!own) {
      own = new Model();
      own.setFile(uri, file);
    }
    return own;
  };
  let all: IndexedObject[] | undefined;
  const others = (): ModelObject[] => scope?.model.objects().filter((o) => o.uri !== scope.uri) ?? [];
  const list = () =>
    (all ??= [
      ...file.documents.flatMap((doc) => (doc.isEmpty ? [] : (objectOf(doc) ?? []))),
      ...others().map(({ identity: { kind, apiVersion, name, namespace } }) => ({
        kind,
        apiVersion,
        name,
        namespace,
        value: { kind, apiVersion, metadata: { name, namespace } },
      })),
    ]);
  return {
    uri,
    objects: list,
    ofKind: (kind) => list().filter((o) => o.kind === kind),
    modelObject: (doc) => {
      const model = ownModel();
      const docIndex = file.documents.indexOf(doc);
      return model.objectsIn(uri).find((o) => o.fact.docIndex === docIndex);
    },
    podsFor: (from) => {
      const pods: IndexedPod[] = [
        ...ownModel()
          .pods()
          .map((p) => ({ ...p, own: true })),
        ...(scope?.model.pods().filter((p) => p.object.uri !== scope.uri) ?? []).map((p) => ({ ...p, own: false })),
      ];
      const namespace = from?.namespace;
      const visible = pods.filter((p) => namespacesMeet(p.object.identity.namespace, namespace));
      const same = (p: IndexedPod) => (p.object.identity.namespace === namespace ? 0 : 1);
      return visible.sort((a, b) => same(a) - same(b));
    },
  };
}

/** Whether the path is a selector mapping of pod labels (a Service selector, matchLabels; not a namespaceSelector's). */
export function isLabelSelector(path: readonly PathSegment[], current: IndexedObject | undefined): boolean {
  const last = path[path.length - 1];
  if (last === 'matchLabels') return path[path.length - 2] !== 'namespaceSelector';
  return current?.kind === 'Service' && path.length === 2 && path[0] === 'spec' && last === 'selector';
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
