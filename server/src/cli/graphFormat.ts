import type { Graph, GraphNode } from '../graph';

/** Node labels in DOT and Mermaid: `Kind name` and, below, the file and the detail. */
function caption(n: GraphNode, fileOf: (uri: string | undefined) => string | undefined): string[] {
  const lines = [`${n.templateOf ? 'pod template' : n.kind} ${n.name}`];
  const file = n.missing ? undefined : fileOf(n.uri);
  if (n.missing) lines.push(n.detail ?? 'missing');
  else if (n.detail) lines.push(n.detail);
  if (file) lines.push(file);
  return lines;
}

function byNamespace(graph: Graph): Map<string, GraphNode[]> {
  const groups = new Map<string, GraphNode[]>();
  for (const n of graph.nodes) {
    const ns = n.namespace ?? '';
    groups.set(ns, [...(groups.get(ns) ?? []), n]);
  }
  return groups;
}

/** Graphviz: `k8sense graph --format dot … | dot -Tsvg`. Namespaces are clusters; missing objects dashed. */
export function toDot(graph: Graph, fileOf: (uri: string | undefined) => string | undefined): string {
  const q = (s: string) => JSON.stringify(s);
  const out = [
    'digraph k8sense {',
    '  rankdir=LR;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  let cluster = 0;
  for (const [ns, nodes] of byNamespace(graph)) {
    const indent = ns ? '    ' : '  ';
    if (ns) out.push(`  subgraph cluster_${cluster++} {`, `    label=${q(`namespace ${ns}`)};`);
    for (const n of nodes)
      out.push(`${indent}${q(n.id)} [label=${q(caption(n, fileOf).join('\n'))}${n.missing ? ', style="rounded,dashed"' : ''}];`);
    if (ns) out.push('  }');
  }
  for (const e of graph.edges) out.push(`  ${q(e.from)} -> ${q(e.to)} [label=${q(e.label)}];`);
  if (graph.note) out.push(`  label=${q(graph.note)};`);
  out.push('}');
  return out.join('\n');
}

/** Mermaid, for a README: `flowchart LR` with a subgraph per namespace; missing objects dashed. */
export function toMermaid(graph: Graph, fileOf: (uri: string | undefined) => string | undefined): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.id, `n${i}`]));
  const text = (s: string) => s.replace(/"/g, '#quot;');
  const out = ['flowchart LR'];
  let sub = 0;
  for (const [ns, nodes] of byNamespace(graph)) {
    const indent = ns ? '    ' : '  ';
    if (ns) out.push(`  subgraph ns${sub++}["namespace ${text(ns)}"]`);
    for (const n of nodes) out.push(`${indent}${ids.get(n.id)}["${caption(n, fileOf).map(text).join('<br/>')}"]`);
    if (ns) out.push('  end');
  }
  for (const e of graph.edges) out.push(`  ${ids.get(e.from)} -->|"${text(e.label)}"| ${ids.get(e.to)}`);
  const missing = graph.nodes.filter((n) => n.missing).map((n) => ids.get(n.id));
  if (missing.length) out.push('  classDef missing stroke-dasharray: 5 5', `  class ${missing.join(',')} missing`);
  if (graph.note) out.push(`  %% ${graph.note}`);
  return out.join('\n');
}
