import type { Graph, GraphNode } from '../../../server/src/graph/types';
import type { Group } from './groups';
import type { FromWebview } from './messages';
import { format, type GraphStrings } from './strings';

/**
 * The words the graph view puts on screen, from the translated strings: pure, so that tests can
 * read exactly what a user sees.
 */

/** The header after the file name: "6 objects · 6 links", "· 2 defined nowhere" when some are dashed. */
export function countsOf(graph: Graph, s: GraphStrings): string {
  const objects = graph.nodes.filter((n) => !n.missing && !n.templateOf).length;
  const missing = graph.nodes.filter((n) => n.missing).length;
  return [
    objects === 1 ? s.oneObject : format(s.objects, objects),
    graph.edges.length === 1 ? s.oneLink : format(s.links, graph.edges.length),
    missing ? format(s.definedNowhere, missing) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The lines under the file name: the counts, then — when the server cut a large component to the
 * part nearest the file — its note saying how much is shown (already in the server's language).
 */
export function headerLines(graph: Graph, s: GraphStrings): { counts: string; note?: string } {
  return { counts: countsOf(graph, s), ...(graph.note ? { note: graph.note } : {}) };
}

/** The title of a namespace frame. */
export function groupTitle(group: Group, s: GraphStrings): string {
  if (group.kind === 'cluster') return s.clusterScoped;
  if (group.kind === 'none') return s.noNamespace;
  return format(s.namespace, group.namespace ?? '');
}

/** The kind line of a box: "Pod template", "PersistentVolumeClaim template", or the kind. */
export function kindLine(node: GraphNode, s: GraphStrings): string {
  if (node.templateOf && node.kind === 'PodTemplate') return s.podTemplate;
  if (node.templateOf) return format(s.template, node.kind);
  return node.kind;
}

/**
 * A box's tooltip: where the object is and what a click does. `file` is the other file it is in
 * (or, for a dashed object, the other file that refers to it); undefined for the active file.
 */
export function tooltipOf(node: GraphNode, label: string, file: string | undefined, s: GraphStrings): string {
  const line = node.line + 1;
  const where = node.missing
    ? file
      ? format(s.nowhereOtherFileTip, label, file, line)
      : format(s.nowhereTip, label, line)
    : file
      ? format(s.otherFileTip, label, file, line)
      : format(s.hereTip, label, line);
  return node.detail && !node.missing ? `${where}\n${node.detail}` : where;
}

/**
 * What a click on a box asks of the extension: an object of the active file reveals its line; an
 * object of another file (or a dashed one referred to from another file) opens that file at its name.
 */
export function clickMessage(node: GraphNode, activeUri: string): FromWebview {
  if (!node.uri || node.uri === activeUri) return { type: 'reveal', line: node.line };
  const range = node.range ?? { start: { line: node.line, character: 0 }, end: { line: node.line, character: 0 } };
  return { type: 'open', uri: node.uri, range };
}
