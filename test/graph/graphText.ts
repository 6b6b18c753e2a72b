import { getLanguageService } from '../../server/src/languageService';
import type { Graph } from '../../server/src/graph';

const service = getLanguageService();

export function graphOf(text: string): Graph {
  return service.graph(service.parse(text));
}

/** A node as the preview shows it: `Kind name` (+ ` (missing)`), with its 1-based line. */
export function nodesOf(graph: Graph): string[] {
  return graph.nodes.map(
    (n) =>
      `${n.templateOf ? 'pod template of ' : ''}${n.kind} ${n.name}${n.missing ? ' (missing)' : ''} @${n.line + 1}${n.detail ? ` · ${n.detail}` : ''}`,
  );
}

/** An edge as `Kind name -kind[label]-> Kind name`. */
export function edgesOf(graph: Graph): string[] {
  const name = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`edge to an unknown node ${id}`);
    return `${n.kind} ${n.name}`;
  };
  return graph.edges.map((e) => `${name(e.from)} -${e.kind}[${e.label}]-> ${name(e.to)}`);
}
