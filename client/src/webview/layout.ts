import type { Graph, GraphEdge, GraphNode } from '../../../server/src/graph/types';
import { groupOf, groupsOf, type Group } from './groups';

/**
 * A layered layout in the order traffic and storage flow:
 * Ingress → Service → controllers → pods → claims (ConfigMaps and Secrets beside them) → volumes → classes,
 * left to right, or top to bottom for a narrow panel. An edge that skips layers passes through a
 * waypoint in each layer it crosses (so it goes around boxes, not through them), whichever way it
 * points; an edge within one layer bows out into the gap beside it. Rows inside a layer are ordered
 * to keep edges from crossing (barycenter sweeps). Objects are grouped by namespace: left to right,
 * each group is a band across every layer, one under the other; stacked, the groups stand side by side.
 */

const LAYERS: Record<string, number> = {
  // Gateway API: a route points back at its Gateway, which points at its class (drawn right to left)
  GatewayClass: -2,
  Gateway: -1,
  Ingress: 0,
  HTTPRoute: 0,
  GRPCRoute: 0,
  TLSRoute: 0,
  TCPRoute: 0,
  UDPRoute: 0,
  Service: 1,
  Deployment: 2,
  ReplicaSet: 2,
  StatefulSet: 2,
  DaemonSet: 2,
  Job: 2,
  CronJob: 2,
  ReplicationController: 2,
  Pod: 3,
  PodTemplate: 3,
  PersistentVolumeClaim: 4,
  ConfigMap: 4,
  Secret: 4,
  PersistentVolume: 5,
  // cert-manager: a Certificate beside the pods, the Secret it writes next, its issuer after
  Certificate: 3,
  Issuer: 5,
  ClusterIssuer: 5,
  StorageClass: 6,
};
/** Kinds the graph does not link (Namespace, ServiceAccount, custom resources) stand in the first layer. */
const OTHER = 0;

export const NODE_HEIGHT = 54;
/** A box with both a detail line and a file line is this much taller. */
const FILE_LINE = 15;
const GROUP_PAD = 12;
/** Room for a group's header (its namespace) above its boxes. */
export const GROUP_HEADER = 24;
const GROUP_GAP = 18;
const ROW_GAP = 16;
const COLUMN_GAP = 110;
const LAYER_GAP = 50;
const WAYPOINT = 14;
const MARGIN = 20;
const CHAR = 7.2; // average width of a 12px UI-font character
const MIN_WIDTH = 140;
const MAX_WIDTH = 240;

export type Direction = 'right' | 'down';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode {
  node: GraphNode;
  /** The kind line of the box: "Pod", "Pod template", ... */
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index of the layer (0 = leftmost or topmost used layer). */
  column: number;
  /** The file of an object that is not in the active file: its box says so on its last line. */
  file?: string;
  /** Key of its namespace group. */
  group: string;
}

export interface PlacedGroup {
  group: Group;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** File lines: node id → the file it is defined in (only for objects of other files). */
  files?: ReadonlyMap<string, string>;
  /** The kind line of a box (the view passes a translated one). */
  title?: (node: GraphNode) => string;
}

export interface PlacedEdge {
  edge: GraphEdge;
  /** SVG path data. */
  path: string;
  /** Where the curve passes through the layers it skips. */
  waypoints: Point[];
  /** Places for the label along the curve, best first (the view takes the first that collides with nothing). */
  labelAt: Point[];
}

export interface Layout {
  direction: Direction;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  groups: PlacedGroup[];
  width: number;
  height: number;
}

/** A controller's pod template and a StatefulSet's claim template say so on their kind line. */
export function titleOf(node: GraphNode): string {
  if (node.templateOf && node.kind === 'PodTemplate') return 'Pod template';
  if (node.templateOf) return `${node.kind} template`;
  return node.kind;
}

export function layerOf(node: GraphNode): number {
  return LAYERS[node.kind] ?? OTHER;
}

/** A box, or a waypoint of a long edge. */
interface Item {
  id: string;
  node?: GraphNode;
  group: string;
  /** Box size: a node's, or a waypoint's thickness. */
  width: number;
  height: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function layout(graph: Graph, direction: Direction = 'right', options: LayoutOptions = {}): Layout {
  const files = options.files ?? new Map<string, string>();
  const title = options.title ?? titleOf;
  const groups = groupsOf(graph);
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  const box = (node: GraphNode): Item => ({
    id: node.id,
    node,
    group: groupOf(node).key,
    width: textWidth(title(node), node, files.get(node.id)),
    height: node.detail && files.has(node.id) ? NODE_HEIGHT + FILE_LINE : NODE_HEIGHT,
  });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edges = graph.edges.filter((e) => byId.has(e.from) && byId.has(e.to));
  // Layers actually used, compacted: a file without Ingresses starts with its Services.
  const used = [...new Set(graph.nodes.map(layerOf))].sort((a, b) => a - b);
  const layerIndex = new Map(used.map((l, i) => [l, i]));
  const layers: Item[][] = used.map((l) => graph.nodes.filter((n) => layerOf(n) === l).map(box));
  const layerOfId = new Map<string, number>();
  layers.forEach((items, i) => items.forEach((it) => layerOfId.set(it.id, i)));

  // Each edge as a chain of items: its source, a waypoint per skipped layer, its target.
  const chains = edges.map((edge, e) => {
    const from = layerIndex.get(layerOf(byId.get(edge.from)!))!;
    const to = layerIndex.get(layerOf(byId.get(edge.to)!))!;
    const chain = [edge.from];
    const step = from <= to ? 1 : -1;
    const [source, target] = [groupOf(byId.get(edge.from)!).key, groupOf(byId.get(edge.to)!).key];
    for (let l = from + step; from !== to && l !== to; l += step) {
      const id = `~${e}:${l}`;
      // The first half of the way in the source's group, the rest in the target's.
      const group = Math.abs(l - from) * 2 < Math.abs(to - from) ? source : target;
      layers[l].push({ id, group, width: WAYPOINT, height: WAYPOINT });
      layerOfId.set(id, l);
      chain.push(id);
    }
    chain.push(edge.to);
    return chain;
  });

  order(layers, chains, layerOfId, groupIndex);
  const { boxes, bands } = direction === 'right' ? placeRight(layers, groups) : placeDown(layers, groups);

  const nodes: PlacedNode[] = [];
  layers.forEach((items, l) => {
    for (const it of items) {
      if (!it.node) continue;
      const file = files.get(it.id);
      nodes.push({ node: it.node, title: title(it.node), ...boxes.get(it.id)!, column: l, ...(file ? { file } : {}), group: it.group });
    }
  });
  const width = Math.max(0, ...bands.map((b) => b.x + b.width)) + (layers.length ? MARGIN : 0);
  const height = Math.max(0, ...bands.map((b) => b.y + b.height)) + (layers.length ? MARGIN : 0);
  return {
    direction,
    nodes,
    groups: bands,
    edges: edges.map((edge, e) =>
      route(
        edge,
        chains[e].map((id) => boxes.get(id)!),
        direction,
      ),
    ),
    width,
    height,
  };
}

/**
 * Start in file order; then move each item towards the mean position of its neighbours, sweeping
 * forwards and back. Items stay within their group (the groups' order comes first).
 */
function order(layers: Item[][], chains: string[][], layerOfId: Map<string, number>, groupIndex: Map<string, number>): void {
  const neighbours = new Map<string, string[]>();
  for (const chain of chains) {
    for (let i = 1; i < chain.length; i++) {
      neighbours.set(chain[i - 1], [...(neighbours.get(chain[i - 1]) ?? []), chain[i]]);
      neighbours.set(chain[i], [...(neighbours.get(chain[i]) ?? []), chain[i - 1]]);
    }
  }
  const row = new Map<string, number>();
  for (const items of layers) items.sort((a, b) => groupIndex.get(a.group)! - groupIndex.get(b.group)!);
  layers.forEach((items) => items.forEach((it, i) => row.set(it.id, i)));
  // Layers are centred: compare rows measured from each layer's middle.
  const centred = (id: string) => row.get(id)! - (layers[layerOfId.get(id)!].length - 1) / 2;
  const reorder = (l: number, side: (other: number) => boolean) => {
    const weight = new Map<string, number>();
    for (const it of layers[l]) {
      const near = (neighbours.get(it.id) ?? []).filter((id) => side(layerOfId.get(id)!));
      weight.set(it.id, near.length ? near.reduce((s, id) => s + centred(id), 0) / near.length : centred(it.id));
    }
    layers[l].sort(
      (a, b) =>
        groupIndex.get(a.group)! - groupIndex.get(b.group)! || weight.get(a.id)! - weight.get(b.id)! || row.get(a.id)! - row.get(b.id)!,
    );
    layers[l].forEach((it, i) => row.set(it.id, i));
  };
  for (let pass = 0; pass < 3; pass++) {
    for (let l = 1; l < layers.length; l++) reorder(l, (other) => other < l);
    for (let l = layers.length - 2; l >= 0; l--) reorder(l, (other) => other > l);
  }
}

/**
 * Layers as columns, left to right, every box of a column as wide as its widest; each group is a
 * band across all columns, its boxes centred in it, the bands one below the other.
 */
function placeRight(layers: Item[][], groups: Group[]): { boxes: Map<string, Box>; bands: PlacedGroup[] } {
  const boxes = new Map<string, Box>();
  const bands: PlacedGroup[] = [];
  const widths = layers.map((items) => Math.max(MIN_WIDTH, ...items.filter((it) => it.node).map((it) => it.width)));
  const xs: number[] = [];
  let x = MARGIN + GROUP_PAD;
  for (const w of widths) {
    xs.push(x);
    x += w + COLUMN_GAP;
  }
  const right = x - COLUMN_GAP + GROUP_PAD;
  let y = MARGIN;
  for (const group of groups) {
    const stacks = layers.map((items) => items.filter((it) => it.group === group.key));
    const heights = stacks.map((s) => s.reduce((sum, it) => sum + it.height, 0) + Math.max(0, s.length - 1) * ROW_GAP);
    const tallest = Math.max(0, ...heights);
    stacks.forEach((stack, l) => {
      let top = y + GROUP_HEADER + (tallest - heights[l]) / 2;
      for (const it of stack) {
        boxes.set(it.id, { x: xs[l], y: top, width: widths[l], height: it.height });
        top += it.height + ROW_GAP;
      }
    });
    const band = { group, x: MARGIN, y, width: right - MARGIN, height: GROUP_HEADER + tallest + GROUP_PAD };
    bands.push(band);
    y += band.height + GROUP_GAP;
  }
  return { boxes, bands };
}

/** Layers as rows, top to bottom, for a panel taller than wide: the groups side by side, each row centred in its group. */
function placeDown(layers: Item[][], groups: Group[]): { boxes: Map<string, Box>; bands: PlacedGroup[] } {
  const boxes = new Map<string, Box>();
  const bands: PlacedGroup[] = [];
  const rows = layers.map((items) => Math.max(NODE_HEIGHT, ...items.filter((it) => it.node).map((it) => it.height)));
  const ys: number[] = [];
  let y = MARGIN + GROUP_HEADER;
  for (const h of rows) {
    ys.push(y);
    y += h + LAYER_GAP;
  }
  const bottom = y - LAYER_GAP + GROUP_PAD;
  let x = MARGIN;
  for (const group of groups) {
    const stacks = layers.map((items) => items.filter((it) => it.group === group.key));
    const widths = stacks.map((s) => s.reduce((sum, it) => sum + it.width, 0) + Math.max(0, s.length - 1) * ROW_GAP);
    const widest = Math.max(0, ...widths);
    stacks.forEach((stack, l) => {
      let left = x + GROUP_PAD + (widest - widths[l]) / 2;
      for (const it of stack) {
        boxes.set(it.id, { x: left, y: ys[l], width: it.width, height: it.node ? it.height : rows[l] });
        left += it.width + ROW_GAP;
      }
    });
    const band = { group, x, y: MARGIN, width: widest + 2 * GROUP_PAD, height: bottom - MARGIN };
    bands.push(band);
    x += band.width + GROUP_GAP;
  }
  return { boxes, bands };
}

function textWidth(title: string, node: GraphNode, file: string | undefined): number {
  const longest = Math.max(title.length * 0.9, node.name.length * 1.05, (node.detail ?? '').length * 0.9, (file ?? '').length * 0.9);
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(longest * CHAR) + 24));
}

/**
 * The curve of an edge through its chain of boxes: out of the side of each box that faces the next,
 * into the facing side of the next, straight through waypoints. Within one layer, out of and back
 * into the same side, bowing into the gap.
 */
function route(edge: GraphEdge, chain: Box[], direction: Direction): PlacedEdge {
  const right = direction === 'right';
  const ahead = (b: Box): Point => (right ? { x: b.x + b.width, y: b.y + b.height / 2 } : { x: b.x + b.width / 2, y: b.y + b.height });
  const behind = (b: Box): Point => (right ? { x: b.x, y: b.y + b.height / 2 } : { x: b.x + b.width / 2, y: b.y });
  const along = (p: Point) => (right ? p.x : p.y);
  const move = (p: Point, d: number): Point => (right ? { x: p.x + d, y: p.y } : { x: p.x, y: p.y + d });
  const curves: Point[][] = [];
  const waypoints: Point[] = [];
  let path = '';
  for (let i = 1; i < chain.length; i++) {
    const [a, b] = [chain[i - 1], chain[i]];
    const forward = along(behind(b)) >= along(ahead(a));
    const backward = along(ahead(b)) <= along(behind(a));
    // leave a towards b; a waypoint is passed straight through, so leave it on the side opposite to where the edge came in
    const from = forward ? ahead(a) : backward ? behind(a) : ahead(a);
    const to = forward ? behind(b) : backward ? ahead(b) : ahead(b);
    if (i === 1) path = `M${from.x},${from.y}`;
    else path += ` L${from.x},${from.y}`;
    const sign = forward ? 1 : backward ? -1 : 1;
    const gap = Math.abs(along(to) - along(from));
    const bend = forward || backward ? Math.max(20, gap / 2) : 40;
    const c1 = move(from, sign * bend);
    const c2 = move(to, forward || backward ? -sign * bend : sign * bend);
    path += ` C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}`;
    curves.push([from, c1, c2, to]);
    if (i < chain.length - 1) waypoints.push(to);
  }
  const labelAt = [0.5, 0.3, 0.7, 0.15, 0.85].flatMap((t) => curves.map((c) => bezier(c, t)));
  return { edge, path, waypoints, labelAt };
}

function bezier([p0, p1, p2, p3]: Point[], t: number): Point {
  const u = 1 - t;
  const f = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  return { x: f(p0.x, p1.x, p2.x, p3.x), y: f(p0.y, p1.y, p2.y, p3.y) };
}
