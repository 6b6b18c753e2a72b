import { isClusterScoped, type Model, type ModelObject, type ModelReference } from '../model';
import { selectorText } from '../k8s/selectors';
import type { EdgeKind, Graph, GraphEdge, GraphNode } from './types';
import { operatorEdges } from './operators';
import { t } from '../l10n';

/** Kinds whose pod template is drawn as a node of its own (a Pod is its own pod). */
const TEMPLATE_OWNERS = new Set([
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'ReplicationController',
  'PodTemplate',
]);

/** The edges a pod's references draw, by reference type. */
const POD_EDGES: Partial<Record<ModelReference['type'], EdgeKind>> = { claim: 'mounts', configMap: 'config', secret: 'secret' };

/** The apiVersion of a stand-in, by the kind referred to (the references the graph draws); else v1. */
const API_VERSIONS: Record<string, string> = {
  StorageClass: 'storage.k8s.io/v1',
  Gateway: 'gateway.networking.k8s.io/v1',
  GatewayClass: 'gateway.networking.k8s.io/v1',
  Issuer: 'cert-manager.io/v1',
  ClusterIssuer: 'cert-manager.io/v1',
};

/** Above this many nodes the graph shows the part nearest the file, and says so. */
export const MAX_NODES = 200;

/**
 * The object graph of a file as part of its app: the objects the file defines and everything
 * connected to them through references, across every file of the model — Ingress → Service → the
 * pods its selector matches, controllers → pod templates, pods → claims, ConfigMaps and Secrets,
 * claims → the PersistentVolume they bind to (the binder's order) → StorageClasses. Each node
 * carries the uri of its file; a node is `missing` only when nothing in scope defines it.
 */
export function buildGraph(model: Model, uri: string | undefined, maxNodes = MAX_NODES): Graph {
  const nodes = new Map<string, GraphNode>();
  const ids = new Set<string>();
  const nodeOf = new Map<ModelObject, GraphNode>();
  const podNode = new Map<string, GraphNode>(); // `${objectKey}#${podIndex}` → node
  const following = new Map<GraphNode, GraphNode[]>();
  const missing = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge & { labels: string[] }>();
  const keyOf = new Map<ModelObject, string>();

  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}~${n}`;
    ids.add(id);
    return id;
  };
  const addEdge = (from: string, to: string, kind: EdgeKind, label: string) => {
    const key = `${from}\u0000${to}\u0000${kind}`;
    const edge = edges.get(key);
    if (!edge) edges.set(key, { from, to, kind, label, labels: [label] });
    else if (!edge.labels.includes(label)) edge.labels.push(label);
  };

  // Every object of the scope gets a node (only the active file's component is kept at the end).
  // Without a file (the CLI's whole input), every object is a starting point.
  const objects = uri === undefined ? model.objects() : [...model.objectsIn(uri), ...model.objects().filter((o) => o.uri !== uri)];
  for (const o of objects) {
    const { kind, name, namespace, apiVersion } = o.identity;
    const node: GraphNode = {
      id: uniqueId(`${kind}/${namespace ?? ''}/${name || t('(no name)')}`),
      kind,
      apiVersion,
      name: name || t('(no name)'),
      ...(namespace ? { namespace } : {}),
      ...(o.identity.clusterScoped ? { clusterScoped: true as const } : {}),
      uri: o.uri,
      line: o.location.range.start.line,
      range: o.location.range,
      ...(o.fact.detail ? { detail: o.fact.detail } : {}),
    };
    nodes.set(node.id, node);
    nodeOf.set(o, node);
    keyOf.set(o, node.id);
    o.fact.pods.forEach((pod, index) => {
      if (!TEMPLATE_OWNERS.has(kind) || o.fact.custom) {
        podNode.set(`${node.id}#${index}`, node);
        return;
      }
      const template: GraphNode = {
        id: uniqueId(`${node.id}#template`),
        kind: 'PodTemplate',
        apiVersion,
        name: node.name,
        ...(namespace ? { namespace } : {}),
        uri: o.uri,
        line: model.spanLocation(o, pod.span).range.start.line,
        range: model.spanLocation(o, pod.span).range,
        ...(pod.detail ? { detail: pod.detail } : {}),
        templateOf: node.id,
      };
      nodes.set(template.id, template);
      following.set(node, [...(following.get(node) ?? []), template]);
      podNode.set(`${node.id}#${index}`, template);
      addEdge(node.id, template.id, 'template', t('creates pods'));
    });
  }

  /** A dashed stand-in for what the scope does not define, placed where it is first referred to. */
  const stand = (kind: string, name: string, namespace: string | undefined, at: ModelReference, detail: string): string => {
    const apiVersion = API_VERSIONS[kind] ?? 'v1';
    // A cluster-scoped kind (StorageClass, GatewayClass, ClusterIssuer…) is in no namespace, whoever refers to it.
    const clusterScoped = isClusterScoped(apiVersion, kind);
    const ns = clusterScoped ? undefined : namespace;
    const id = `missing:${kind}/${ns ?? ''}/${name}`;
    if (!missing.has(id)) {
      missing.set(id, {
        id,
        kind,
        apiVersion,
        name,
        ...(ns ? { namespace: ns } : {}),
        ...(clusterScoped ? { clusterScoped: true as const } : {}),
        uri: at.uri,
        line: at.location.range.start.line,
        range: at.location.range,
        detail,
        missing: true,
      });
    }
    return id;
  };
  const absent = (r: ModelReference): string => {
    const res = model.resolve(r);
    const where =
      res.status === 'otherNamespace'
        ? t`only in namespace ${res.elsewhere!.map((o) => o.identity.namespace).join(', ')}`
        : t`not in ${model.scopeName}`;
    return stand(r.fact.targetKind, r.fact.name ?? '', r.from.identity.namespace, r, where);
  };
  const targetsOf = (r: ModelReference) =>
    model
      .resolve(r)
      .targets.map((t) => nodeOf.get(t.object))
      .filter((n): n is GraphNode => !!n);

  for (const o of objects) {
    const node = nodeOf.get(o)!;
    if (o.fact.custom) continue;
    const references = model.referencesIn(o.uri).filter((r) => r.from === o);
    // Where each pod's volumes are mounted, for edge labels: `data` → `/var/lib/data`.
    const mounts = new Map<string, string[]>();
    for (const r of references) {
      if (r.type !== 'volume' || r.fact.part === undefined) continue;
      const key = `${r.fact.pod}#${r.fact.part}`;
      const path = r.fact.label.replace(/^mount /, '');
      if (path && !(mounts.get(key) ?? []).includes(path)) mounts.set(key, [...(mounts.get(key) ?? []), path]);
    }
    const volumeLabel = (pod: number | undefined, label: string) => {
      const volume = label.startsWith('volume ') ? label.slice('volume '.length) : undefined;
      return volume === undefined ? label : (mounts.get(`${pod}#${volume}`)?.join(', ') ?? label);
    };
    for (const r of references) {
      const edge = POD_EDGES[r.type];
      if (edge && r.fact.pod !== undefined && !(r.type === 'claim' && r.fact.label === 'claimRef')) {
        const from = podNode.get(`${node.id}#${r.fact.pod}`);
        if (!from) continue;
        const found = targetsOf(r);
        for (const to of found.length ? found.map((n) => n.id) : [absent(r)])
          addEdge(from.id, to, edge, volumeLabel(r.fact.pod, r.fact.label));
      } else if (r.type === 'selector' && o.identity.kind === 'Service') {
        for (const pod of model.podsSelectedBy(r)) {
          const to = podNode.get(`${nodeOf.get(pod.object)?.id}#${pod.index}`);
          if (to) addEdge(node.id, to.id, 'selects', selectorText(r.fact.selector?.labels ?? {}));
        }
      } else if (r.type === 'service' && o.identity.kind === 'Ingress') {
        const port = references.find((p) => p.type === 'servicePort' && p.fact.label === r.fact.label && p.fact.name === r.fact.name)?.fact
          .part;
        const found = targetsOf(r);
        for (const to of found.length ? found.map((n) => n.id) : [absent(r)])
          addEdge(node.id, to, 'routes', port ? `${r.fact.label} → ${port}` : r.fact.label);
      } else if (r.type === 'storageClass' && o.identity.kind === 'PersistentVolume') {
        const found = targetsOf(r);
        for (const to of found.length ? found.map((n) => n.id) : [absent(r)]) addEdge(node.id, to, 'class', t('storage class'));
      }
    }
    // Claims → the volume they bind to, else the StorageClass that would provision one.
    const claims: { from: GraphNode; claim: NonNullable<typeof o.fact.claim> }[] = [];
    if (o.fact.claim) claims.push({ from: node, claim: o.fact.claim });
    const template = following.get(node)?.find((n) => n.templateOf === node.id && n.kind === 'PodTemplate');
    for (const t of o.fact.claimTemplates ?? []) {
      const claimNode: GraphNode = {
        id: uniqueId(`${node.id}#claim/${t.name}`),
        kind: 'PersistentVolumeClaim',
        apiVersion: 'v1',
        name: t.name,
        ...(node.namespace ? { namespace: node.namespace } : {}),
        uri: o.uri,
        line: model.spanLocation(o, t.span).range.start.line,
        range: model.spanLocation(o, t.span).range,
        detail: t.detail,
        templateOf: node.id,
      };
      nodes.set(claimNode.id, claimNode);
      following.set(node, [...(following.get(node) ?? []), claimNode]);
      if (template) addEdge(template.id, claimNode.id, 'claims', mounts.get(`0#${t.name}`)?.join(', ') ?? `volume ${t.name}`);
      claims.push({ from: claimNode, claim: t.claim });
    }
    for (const { from, claim } of claims) {
      const bound = model.bindingFor(claim);
      const classRef = references.find((r) => r.type === 'storageClass' && r.fact.name === claim.storageClassName);
      if (bound) {
        const to = nodeOf.get(bound.volume);
        if (to) addEdge(from.id, to.id, 'binds', bound.how === 'match' ? 'binds' : bound.how);
      } else if (claim.volumeName) {
        const volumeRef = references.find((r) => r.type === 'persistentVolume');
        const named = model.find('PersistentVolume', claim.volumeName)[0];
        const to = named ? nodeOf.get(named)?.id : volumeRef ? absent(volumeRef) : undefined;
        if (to) addEdge(from.id, to, 'binds', 'volumeName');
      } else if (claim.storageClassName && classRef) {
        const found = targetsOf(classRef);
        for (const to of found.length ? found.map((n) => n.id) : [absent(classRef)]) addEdge(from.id, to, 'class', t('provisioned by'));
      }
    }
  }

  // Gateway API, cert-manager and Prometheus operator objects, through the same model.
  operatorEdges(model, {
    nodeOf: (object, pod) => (pod !== undefined ? podNode.get(`${nodeOf.get(object)?.id}#${pod}`) : nodeOf.get(object))?.id,
    missing: (r) =>
      stand(r.fact.targetKind, r.fact.name ?? '', r.fact.namespace ?? r.from.identity.namespace, r, t`not in ${model.scopeName}`),
    addEdge,
  });

  // Keep the connected component of the file's own objects (nearest first when it must be cut).
  const all = new Map([...nodes, ...missing]);
  const neighbours = new Map<string, string[]>();
  for (const e of edges.values()) {
    neighbours.set(e.from, [...(neighbours.get(e.from) ?? []), e.to]);
    neighbours.set(e.to, [...(neighbours.get(e.to) ?? []), e.from]);
  }
  const start = [...nodes.values()].filter((n) => (uri === undefined || n.uri === uri) && !n.missing).map((n) => n.id);
  const kept = new Set<string>(start);
  const queue = [...start];
  let reachable = start.length;
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of neighbours.get(id) ?? []) {
      if (kept.has(next)) continue;
      kept.add(next);
      reachable++;
      queue.push(next);
    }
  }
  let note: string | undefined;
  // Breadth-first order is nearest first: the file's own objects, then one reference away, ...
  // The file's own objects are always kept, so only a cut that leaves something out is noted.
  const order = [...kept].slice(0, Math.max(maxNodes, start.length));
  if (order.length < kept.size) {
    note =
      uri === undefined
        ? t`showing ${order.length} of ${reachable} objects`
        : t`showing ${order.length} of the ${reachable} objects connected to this file`;
    kept.clear();
    for (const id of order) kept.add(id);
  }
  const ordered = [...nodes.values()]
    .filter((n) => !n.templateOf || !nodes.has(n.templateOf))
    .flatMap((n) => [n, ...(following.get(n) ?? [])])
    .concat([...missing.values()])
    .filter((n) => kept.has(n.id) && all.has(n.id));
  return {
    nodes: ordered,
    edges: [...edges.values()]
      .filter((e) => kept.has(e.from) && kept.has(e.to))
      .sort((a, b) => phase(a) - phase(b)) // stable: within a phase, in reading order
      .map(({ labels, ...edge }) => ({ ...edge, label: labels.join(', ') })),
    ...(note ? { note } : {}),
  };
}

/** Edges read top-down: what creates pods, what selects and routes to them, what they use, where storage comes from. */
function phase(e: GraphEdge): number {
  switch (e.kind) {
    case 'template':
    case 'claims':
      return 0;
    case 'selects':
      return 1;
    case 'routes':
      return 2;
    case 'mounts':
    case 'config':
    case 'secret':
      return 3;
    case 'binds':
      return 4;
    case 'class':
      return e.label === t('storage class') ? 5 : 4;
    default:
      return 6; // the operators' kinds (parent, issuer, monitors) after the core ones
  }
}
