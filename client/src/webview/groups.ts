import type { Graph, GraphNode } from '../../../server/src/graph/types';

/**
 * Namespace groups of the graph preview, as the model sees namespaces: an explicit namespace, no
 * namespace at all (the objects land wherever `kubectl apply -n` puts them: one group), and
 * cluster-scoped kinds, which have no namespace to be in.
 */
export type GroupKind = 'namespace' | 'none' | 'cluster';

export interface Group {
  /** `ns:<name>`, `none` or `cluster`. */
  key: string;
  kind: GroupKind;
  namespace?: string;
}

export function groupOf(node: GraphNode): Group {
  if (node.clusterScoped) return { key: 'cluster', kind: 'cluster' };
  if (node.namespace) return { key: `ns:${node.namespace}`, kind: 'namespace', namespace: node.namespace };
  return { key: 'none', kind: 'none' };
}

/** The groups in the order their first object comes in the graph (the active file's first); cluster-scoped last. */
export function groupsOf(graph: Graph): Group[] {
  const groups = new Map<string, Group>();
  for (const n of graph.nodes) {
    const g = groupOf(n);
    if (!groups.has(g.key)) groups.set(g.key, g);
  }
  return [...groups.values()].sort((a, b) => Number(a.kind === 'cluster') - Number(b.kind === 'cluster'));
}

/**
 * The file line of each box whose object lives in another file than the active one: its path
 * relative to the workspace (`paths`, from the extension), else the file's name. Objects of the
 * active file need none; a dashed (defined nowhere) object has no file of its own.
 */
export function fileLabels(graph: Graph, activeUri: string, paths: Readonly<Record<string, string>>): Map<string, string> {
  const labels = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.missing || !n.uri || n.uri === activeUri) continue;
    labels.set(n.id, paths[n.uri] ?? baseName(n.uri));
  }
  return labels;
}

/** The file name of a uri, decoded (the uri itself if it has none). */
export function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}
