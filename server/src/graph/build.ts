import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import { bindingVolume, claimSpec, volumeSpec, type ClaimSpec, type VolumeSpec } from '../k8s/binding';
import { labelsOf, mapSelectorMatches, selectorText, type Labels } from '../k8s/selectors';
import { detailOf, images } from './details';
import { lineOf, objectLine } from './lines';
import { mountPaths, podReferences, volumeLabel } from './podRefs';
import type { EdgeKind, Graph, GraphEdge, GraphNode } from './types';
import { operatorEdges } from './operators';
import { at, list, obj, str } from './values';

/** API groups of the kinds the graph understands: a CRD that reuses a name (a Knative `Service`) is drawn, but not linked. */
const GROUPS: Record<string, string[]> = {
  Pod: [''],
  PodTemplate: [''],
  Service: [''],
  ConfigMap: [''],
  Secret: [''],
  PersistentVolumeClaim: [''],
  PersistentVolume: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
  Ingress: ['networking.k8s.io', 'extensions'],
  StorageClass: ['storage.k8s.io'],
};

const CLUSTER_SCOPED = new Set(['PersistentVolume', 'StorageClass']);

/** Where each controller keeps its pod template. */
const TEMPLATE_PATHS: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const API_VERSIONS: Record<string, string> = { StorageClass: 'storage.k8s.io/v1' };

interface FileObject {
  node: GraphNode;
  doc: ManifestDocument;
  value: unknown;
  /** A built-in kind (by apiVersion group) whose references are followed. */
  builtin: boolean;
}

/** Something that runs pods: a Pod, a PodTemplate object, or a controller's template node. */
interface PodLike {
  id: string;
  doc: ManifestDocument;
  namespace?: string;
  labels: Labels;
  /** Path of the pod spec in the document. */
  specPath: (string | number)[];
  spec: unknown;
}

function groupOf(apiVersion: string | undefined): string | undefined {
  if (apiVersion === undefined) return undefined;
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

function isBuiltin(kind: string, apiVersion: string | undefined): boolean {
  const group = groupOf(apiVersion);
  // While apiVersion is still being typed, trust the kind.
  return kind in GROUPS && (group === undefined || GROUPS[kind].includes(group));
}

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** The objects of a file and how they refer to each other: Services, workloads, pods, storage, configuration. */
export function buildGraph(file: ParsedFile): Graph {
  const nodes: GraphNode[] = [];
  const ids = new Set<string>();
  const objects: FileObject[] = [];
  const missing = new Map<string, GraphNode>();
  /** Nodes drawn right after an object's own (its pod template, claim templates), so the list reads in file order. */
  const following = new Map<string, GraphNode[]>();
  const addAfter = (owner: GraphNode, node: GraphNode) => following.set(owner.id, [...(following.get(owner.id) ?? []), node]);
  const edges = new Map<string, GraphEdge & { labels: string[] }>();

  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
    ids.add(id);
    return id;
  };
  const addNode = (node: GraphNode) => {
    nodes.push(node);
    return node;
  };
  const addEdge = (from: string, to: string, kind: EdgeKind, label: string) => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { from, to, kind, label, labels: [label] });
    else if (!edge.labels.includes(label)) edge.labels.push(label);
  };

  for (const doc of file.documents) {
    const kind = doc.kind;
    if (!kind || !doc.root || doc.isEmpty) continue;
    const value = doc.toJS().value;
    const metadata = obj(obj(value).metadata);
    const name = str(metadata.name) ?? '(no name)';
    const namespace = CLUSTER_SCOPED.has(kind) ? undefined : str(metadata.namespace);
    const builtin = isBuiltin(kind, doc.apiVersion);
    const node = addNode({
      id: uniqueId(`${kind}/${namespace ?? ''}/${name}`),
      kind,
      apiVersion: doc.apiVersion ?? '',
      name,
      ...(namespace ? { namespace } : {}),
      line: objectLine(file, doc),
      ...optional('detail', builtin ? detailOf(kind, value) : undefined),
    });
    objects.push({ node, doc, value, builtin });
  }

  const byName = new Map<string, FileObject[]>();
  for (const o of objects) {
    if (!o.builtin) continue;
    const key = `${o.node.kind}\u0000${o.node.name}`;
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  const find = (kind: string, name: string, namespace: string | undefined) =>
    byName.get(`${kind}\u0000${name}`)?.find((o) => CLUSTER_SCOPED.has(kind) || sameNamespace(o.node.namespace, namespace))?.node;

  /** The node of a referenced object: the file's, or a dashed stand-in placed where it is first referenced. */
  const target = (kind: string, name: string, namespace: string | undefined, line: number): string => {
    const found = find(kind, name, namespace);
    if (found) return found.id;
    const ns = CLUSTER_SCOPED.has(kind) ? undefined : namespace;
    const id = `missing:${kind}/${ns ?? ''}/${name}`;
    if (!missing.has(id)) {
      missing.set(id, { id, kind, apiVersion: API_VERSIONS[kind] ?? 'v1', name, ...(ns ? { namespace: ns } : {}), line, detail: 'not in this file', missing: true });
    }
    return id;
  };
  const refLine = (o: { doc: ManifestDocument }, path: (string | number)[], fallback: number) => lineOf(file, o.doc, path) ?? fallback;

  // Pods, PodTemplates and the pod templates of controllers.
  const pods: PodLike[] = [];
  const claims: { id: string; claim: ClaimSpec; o: FileObject; classPath: (string | number)[] }[] = [];
  for (const o of objects) {
    if (!o.builtin) continue;
    const { kind, namespace, id } = o.node;
    if (kind === 'Pod') {
      pods.push({ id, doc: o.doc, namespace, labels: labelsOf(at(o.value, 'metadata', 'labels')), specPath: ['spec'], spec: at(o.value, 'spec') });
    } else if (kind === 'PodTemplate') {
      pods.push({ id, doc: o.doc, namespace, labels: labelsOf(at(o.value, 'template', 'metadata', 'labels')), specPath: ['template', 'spec'], spec: at(o.value, 'template', 'spec') });
    } else if (TEMPLATE_PATHS[kind]) {
      const path = TEMPLATE_PATHS[kind];
      const template = at(o.value, ...path);
      if (!template || typeof template !== 'object') continue;
      const templateNode: GraphNode = {
        id: uniqueId(`${id}#template`),
        kind: 'PodTemplate',
        apiVersion: o.node.apiVersion,
        name: o.node.name,
        ...(namespace ? { namespace } : {}),
        line: refLine(o, path, o.node.line),
        ...optional('detail', images(at(template, 'spec'))),
        templateOf: id,
      };
      addAfter(o.node, templateNode);
      addEdge(id, templateNode.id, 'template', 'creates pods');
      pods.push({ id: templateNode.id, doc: o.doc, namespace, labels: labelsOf(at(template, 'metadata', 'labels')), specPath: [...path, 'spec'], spec: at(template, 'spec') });
      if (kind === 'StatefulSet') {
        const mounts = mountPaths(at(template, 'spec'));
        list(at(o.value, 'spec', 'volumeClaimTemplates')).forEach((t, i) => {
          const claimName = str(at(t, 'metadata', 'name'));
          if (!claimName) return;
          const claimNode: GraphNode = {
            id: uniqueId(`${id}#claim/${claimName}`),
            kind: 'PersistentVolumeClaim',
            apiVersion: 'v1',
            name: claimName,
            ...(namespace ? { namespace } : {}),
            line: refLine(o, ['spec', 'volumeClaimTemplates', i, 'metadata', 'name'], o.node.line),
            detail: ['one per pod', detailOf('PersistentVolumeClaim', t)].filter(Boolean).join(' · '),
            templateOf: id,
          };
          addAfter(o.node, claimNode);
          addEdge(templateNode.id, claimNode.id, 'claims', volumeLabel(mounts, claimName));
          claims.push({ id: claimNode.id, claim: claimSpec(`${claimName}-${o.node.name}-0`, namespace, at(t, 'spec')), o, classPath: ['spec', 'volumeClaimTemplates', i, 'spec', 'storageClassName'] });
        });
      }
    } else if (kind === 'PersistentVolumeClaim') {
      claims.push({ id, claim: claimSpec(o.node.name, namespace, at(o.value, 'spec')), o, classPath: ['spec', 'storageClassName'] });
    }
  }

  // Service → pods whose labels match its selector (candidates: the pods with its first label).
  const podsByLabel = new Map<string, PodLike[]>();
  for (const pod of pods) {
    for (const [k, v] of Object.entries(pod.labels)) podsByLabel.set(`${k}=${v}`, [...(podsByLabel.get(`${k}=${v}`) ?? []), pod]);
  }
  for (const o of objects) {
    if (!o.builtin || o.node.kind !== 'Service') continue;
    const selector = labelsOf(at(o.value, 'spec', 'selector'));
    const first = Object.entries(selector)[0];
    for (const pod of first ? (podsByLabel.get(`${first[0]}=${first[1]}`) ?? []) : []) {
      if (sameNamespace(pod.namespace, o.node.namespace) && mapSelectorMatches(selector, pod.labels)) addEdge(o.node.id, pod.id, 'selects', selectorText(selector));
    }
  }

  // Ingress → Services of its backends (networking.k8s.io/v1 and the older serviceName/servicePort).
  for (const o of objects) {
    if (!o.builtin || o.node.kind !== 'Ingress') continue;
    const route = (backend: unknown, path: (string | number)[], where: string) => {
      const v1 = obj(at(backend, 'service'));
      const name = str(v1.name) ?? str(obj(backend).serviceName);
      if (!name) return;
      const port = str(at(v1, 'port', 'number')) ?? str(at(v1, 'port', 'name')) ?? str(obj(backend).servicePort);
      const namePath = v1.name !== undefined ? [...path, 'service', 'name'] : [...path, 'serviceName'];
      addEdge(o.node.id, target('Service', name, o.node.namespace, refLine(o, namePath, o.node.line)), 'routes', port ? `${where} → ${port}` : where);
    };
    route(at(o.value, 'spec', 'defaultBackend'), ['spec', 'defaultBackend'], 'default');
    route(at(o.value, 'spec', 'backend'), ['spec', 'backend'], 'default');
    list(at(o.value, 'spec', 'rules')).forEach((rule, i) => {
      const host = str(obj(rule).host) ?? '';
      list(at(rule, 'http', 'paths')).forEach((p, j) => {
        route(obj(p).backend, ['spec', 'rules', i, 'http', 'paths', j, 'backend'], `${host}${str(obj(p).path) ?? '/'}`);
      });
    });
  }

  // Pods → claims, ConfigMaps and Secrets.
  for (const pod of pods) {
    for (const ref of podReferences(pod.spec)) {
      const line = lineOf(file, pod.doc, [...pod.specPath, ...ref.path]) ?? 0;
      addEdge(pod.id, target(ref.kind, ref.name, pod.namespace, line), ref.edge, ref.label);
    }
  }

  // Claims → the volume they would bind to, else the StorageClass that would provision one.
  const volumes: (VolumeSpec & { id: string })[] = objects
    .filter((o) => o.builtin && o.node.kind === 'PersistentVolume')
    .map((o) => ({ ...volumeSpec(o.node.name, at(o.value, 'metadata', 'labels'), at(o.value, 'spec')), id: o.node.id }));
  const volumesByClass = new Map<string, typeof volumes>();
  for (const v of volumes) volumesByClass.set(v.storageClassName, [...(volumesByClass.get(v.storageClassName) ?? []), v]);
  for (const { id, claim, o, classPath } of claims) {
    // Only a volume of the claim's class can bind, unless the claim names one.
    const bound = bindingVolume(claim, claim.volumeName ? volumes : (volumesByClass.get(claim.storageClassName ?? '') ?? []));
    if (bound) {
      addEdge(id, bound.volume.id, 'binds', bound.how === 'match' ? 'binds' : bound.how);
    } else if (claim.volumeName) {
      const path = classPath.slice(0, -1).concat('volumeName');
      addEdge(id, target('PersistentVolume', claim.volumeName, undefined, refLine(o, path, o.node.line)), 'binds', 'volumeName');
    } else if (claim.storageClassName) {
      addEdge(id, target('StorageClass', claim.storageClassName, undefined, refLine(o, classPath, o.node.line)), 'class', 'provisioned by');
    }
  }
  for (const o of objects) {
    if (!o.builtin || o.node.kind !== 'PersistentVolume') continue;
    const className = str(at(o.value, 'spec', 'storageClassName'));
    if (className) addEdge(o.node.id, target('StorageClass', className, undefined, refLine(o, ['spec', 'storageClassName'], o.node.line)), 'class', 'storage class');
  }

  // Gateway API, cert-manager and Prometheus operator objects, through the object model.
  const byKey = new Map([...nodes, ...[...following.values()].flat()].map((n) => [n.id, n.id]));
  operatorEdges(file, { nodeOf: (key) => byKey.get(key), missing: target, addEdge });

  return {
    nodes: [...nodes.flatMap((n) => [n, ...(following.get(n.id) ?? [])]), ...missing.values()],
    edges: [...edges.values()].map(({ labels, ...edge }) => ({ ...edge, label: labels.join(', ') })),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
