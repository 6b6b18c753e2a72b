/// <reference lib="dom" />
// The graph view's script, bundled into dist/graph.js and run inside the webview: draws what the
// extension sends, grouped by namespace, and asks it to reveal an object's line when its box is
// clicked (or to open the object's file, when it lives in another one).
import type { Graph, EdgeKind, GraphNode } from '../../../server/src/graph/types';
import { baseName, fileLabels, groupOf } from './groups';
import { clickMessage, groupTitle, headerLines, kindLine, tooltipOf } from './text';
import { GROUP_HEADER, layout, type Layout, type PlacedGroup, type PlacedNode } from './layout';
import type { FromWebview, ToWebview } from './messages';
import { ENGLISH, type GraphStrings } from './strings';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';

/** The text in the editor's display language, translated by the extension (see strings.ts); English without it. */
const S: GraphStrings = (() => {
  try {
    const sent = JSON.parse(document.getElementById('k8sense-strings')?.textContent ?? 'null') as GraphStrings | null;
    return sent && typeof sent === 'object' ? { ...ENGLISH, ...sent, edges: { ...ENGLISH.edges, ...sent.edges } } : ENGLISH;
  } catch {
    return ENGLISH;
  }
})();

const CATEGORY: Record<string, string> = {
  Ingress: 'network',
  Service: 'network',
  Deployment: 'workload',
  ReplicaSet: 'workload',
  StatefulSet: 'workload',
  DaemonSet: 'workload',
  Job: 'workload',
  CronJob: 'workload',
  ReplicationController: 'workload',
  Pod: 'pod',
  PodTemplate: 'pod',
  PersistentVolumeClaim: 'storage',
  PersistentVolume: 'storage',
  StorageClass: 'storage',
  ConfigMap: 'config',
  Secret: 'secret',
};

/** Smallest zoom used to fit a drawing in the panel: below it, text would be too small to read. */
const MIN_SCALE = 0.8;

const STORAGE_EDGES: EdgeKind[] = ['mounts', 'claims', 'binds', 'class'];

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

function fit(text: string, width: number, charWidth: number): string {
  const max = Math.max(4, Math.floor(width / charWidth));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function header(file: string, counts?: string): HTMLElement {
  const bar = document.createElement('header');
  const name = document.createElement('span');
  name.className = 'file';
  name.textContent = file;
  bar.appendChild(name);
  if (counts) {
    const c = document.createElement('span');
    c.className = 'counts';
    c.textContent = counts;
    bar.appendChild(c);
  }
  return bar;
}

function emptyState(title: string, hint: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'empty';
  const h = document.createElement('h2');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = hint;
  box.append(h, p);
  return box;
}

function drawNode(svg: SVGSVGElement, p: PlacedNode, paths: Record<string, string>, activeUri: string): void {
  const { node } = p;
  // aria-label: the kind line and the name, as read on the box (the e2e checks find boxes by it).
  const label = `${p.title} ${node.name}`;
  // A dashed object has no file of its own; where it is referred to still may be another file.
  const elsewhere = !!node.uri && node.uri !== activeUri;
  const referredIn = node.missing && elsewhere ? (paths[node.uri!] ?? baseName(node.uri!)) : undefined;
  const g = el(
    'g',
    {
      class: `node${node.missing ? ' missing' : ''}${p.file ? ' elsewhere' : ''}`,
      tabindex: 0,
      role: 'button',
      'aria-label': label,
      'data-id': node.id,
      'data-line': node.line,
      'data-group': groupTitle(groupOf(node), S),
      ...(p.file ? { 'data-file': p.file } : {}),
    },
    svg,
  );
  el('title', {}, g).textContent = tooltipOf(node, label, p.file ?? referredIn, S);
  el('rect', { class: 'box', x: p.x, y: p.y, width: p.width, height: p.height, rx: 6 }, g);
  el('rect', { class: `accent ${CATEGORY[node.kind] ?? 'other'}`, x: p.x + 1, y: p.y + 6, width: 3, height: p.height - 12, rx: 1.5 }, g);
  const text = (cls: string, y: number, value: string, charWidth: number) => {
    el('text', { class: cls, x: p.x + 12, y }, g).textContent = fit(value, p.width - 20, charWidth);
  };
  text('kind', p.y + 16, p.title, 6.4);
  text('name', p.y + 33, node.name, 7.9);
  if (node.detail) text('detail', p.y + 48, node.detail, 6.4);
  if (p.file) text('file', p.y + (node.detail ? 63 : 48), p.file, 6.4);
  const reveal = () => vscode.postMessage(clickMessage(node, activeUri));
  g.addEventListener('click', reveal);
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal();
    }
  });
}

/** A group's box with its namespace on top, behind the boxes and edges. */
function drawGroup(svg: SVGSVGElement, g: PlacedGroup): void {
  const title = groupTitle(g.group, S);
  const box = el('g', { class: `group ${g.group.kind}`, 'data-group': title }, svg);
  el('rect', { class: 'frame', x: g.x, y: g.y, width: g.width, height: g.height, rx: 8 }, box);
  el('text', { class: 'group-title', x: g.x + 12, y: g.y + GROUP_HEADER - 8 }, box).textContent = fit(title, g.width - 24, 6.6);
}

function draw(l: Layout, scale: number, paths: Record<string, string>, activeUri: string): SVGSVGElement {
  const svg = el('svg', {
    width: Math.ceil(l.width * scale),
    height: Math.ceil(l.height * scale),
    viewBox: `0 0 ${l.width} ${l.height}`,
    role: 'img',
    'aria-label': S.graphLabel,
  });
  for (const g of l.groups) drawGroup(svg, g);
  const defs = el('defs', {}, svg);
  for (const kind of Object.keys(S.edges)) {
    const marker = el(
      'marker',
      { id: `arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      defs,
    );
    el('path', { class: `arrow k-${kind}`, d: 'M0,0 L10,5 L0,10 z' }, marker);
  }
  const edges = el('g', { class: 'edges' }, svg);
  for (const e of l.edges) {
    el('path', { class: `edge k-${e.edge.kind}`, d: e.path, 'marker-end': `url(#arrow-${e.edge.kind})` }, edges);
  }
  for (const p of l.nodes) drawNode(svg, p, paths, activeUri);
  return svg;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Edge labels, drawn once the drawing is in the page (text is measured): each at the first place
 * along its curve where it covers neither a box nor another label.
 */
function drawLabels(svg: SVGSVGElement, l: Layout): void {
  const labels = el('g', { class: 'labels' }, svg);
  const taken: Rect[] = l.nodes.map((p) => ({ x: p.x - 2, y: p.y - 2, width: p.width + 4, height: p.height + 4 }));
  for (const e of l.edges) {
    if (!e.edge.label) continue;
    const g = el('g', { class: 'edge-label' }, labels);
    const bg = el('rect', { rx: 3 }, g);
    const t = el('text', { 'text-anchor': 'middle' }, g);
    // Left to right, a label has the gap between two columns; stacked, it has more room.
    t.textContent = fit(e.edge.label, l.direction === 'right' ? 96 : 150, 5.8);
    el('title', {}, g).textContent = `${S.edges[e.edge.kind]}: ${e.edge.label}`;
    const width = t.getComputedTextLength() + 8;
    const height = 15;
    const rectAt = (p: { x: number; y: number }): Rect => ({ x: p.x - width / 2, y: p.y - height / 2, width, height });
    // The first free place; when there is none, the one that covers the least.
    const covered = (p: { x: number; y: number }) => taken.reduce((sum, r) => sum + overlap(r, rectAt(p)), 0);
    const spot = e.labelAt.find((p) => covered(p) === 0) ?? e.labelAt.reduce((best, p) => (covered(p) < covered(best) ? p : best));
    const r = rectAt(spot);
    taken.push(r);
    for (const [k, v] of Object.entries(r)) bg.setAttribute(k, String(v));
    t.setAttribute('x', String(spot.x));
    t.setAttribute('y', String(spot.y + 3.5));
  }
}

function legend(graph: Graph, elsewhere: boolean): HTMLElement {
  const footer = document.createElement('footer');
  // One key per colour: the storage edges share one.
  const keys = new Map<string, EdgeKind[]>();
  for (const e of graph.edges) {
    const colour = STORAGE_EDGES.includes(e.kind) ? 'storage' : e.kind;
    const kinds = keys.get(colour) ?? [];
    if (!kinds.includes(e.kind)) kinds.push(e.kind);
    keys.set(colour, kinds);
  }
  for (const kinds of keys.values()) {
    const key = document.createElement('span');
    key.className = 'key';
    const svg = el('svg', { width: 22, height: 8 });
    el('path', { class: `edge k-${kinds[0]}`, d: 'M1,4 L21,4' }, svg);
    key.append(svg, kinds.map((k) => S.edges[k]).join(', '));
    footer.appendChild(key);
  }
  if (graph.nodes.some((n) => n.missing)) {
    const key = document.createElement('span');
    key.className = 'key';
    const svg = el('svg', { width: 22, height: 12 });
    el('rect', { x: 1, y: 1, width: 20, height: 10, rx: 2, class: 'box' }, el('g', { class: 'node missing' }, svg));
    key.append(svg, S.legendDefinedNowhere);
    footer.appendChild(key);
  }
  if (elsewhere) {
    const key = document.createElement('span');
    key.className = 'key';
    const svg = el('svg', { width: 22, height: 12 });
    const sample = el('g', { class: 'node elsewhere' }, svg);
    el('rect', { x: 1, y: 1, width: 20, height: 10, rx: 2, class: 'box' }, sample);
    el('path', { d: 'M5,8 L17,8', class: 'file-mark' }, sample);
    key.append(svg, S.legendOtherFile);
    footer.appendChild(key);
  }
  return footer;
}

function render(message: ToWebview): void {
  const body = document.body;
  body.replaceChildren();
  if (message.type === 'empty') {
    body.append(emptyState(S.noEditorTitle, S.noEditorHint));
    return;
  }
  if (message.type === 'error') {
    body.append(header(message.file), emptyState(S.errorTitle, message.message));
    return;
  }
  const { graph, file, uri } = message;
  const paths = message.paths ?? {};
  if (!graph.nodes.length) {
    body.append(header(file), emptyState(S.noObjectsTitle, S.noObjectsHint));
    return;
  }
  const files = fileLabels(graph, uri, paths);
  const main = document.createElement('main');
  const lines = headerLines(graph, S);
  body.append(header(file, lines.counts));
  // The server cut a large component to the part nearest the file: say how much is shown.
  if (lines.note) {
    const note = document.createElement('p');
    note.className = 'note';
    note.setAttribute('role', 'status');
    note.textContent = lines.note;
    body.append(note);
  }
  body.append(main, legend(graph, files.size > 0));
  // The direction that shows the most at once: left to right in a wide panel, stacked in a narrow
  // one. A drawing a little too large is scaled down to fit, never below MIN_SCALE (then it scrolls).
  const room = { width: window.innerWidth - 4, height: window.innerHeight - body.scrollHeight - 4 };
  const fits = (l: Layout) => Math.min(1, room.width / l.width, room.height / l.height);
  const title = (node: GraphNode) => kindLine(node, S);
  const right = layout(graph, 'right', { files, title });
  const down = layout(graph, 'down', { files, title });
  const chosen = fits(right) >= fits(down) ? right : down;
  const scale = Math.max(MIN_SCALE, fits(chosen));
  const svg = draw(chosen, scale, paths, uri);
  main.appendChild(svg);
  drawLabels(svg, chosen);
}

let last: ToWebview | undefined;

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  if (!message || typeof message !== 'object') return;
  last = message;
  vscode.setState(message);
  render(message);
});

// The panel was resized: lay out again (left to right may now fit, or no longer).
let resizing = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizing);
  resizing = requestAnimationFrame(() => last && render(last));
});

// A reloaded view (hidden, then shown again) repaints the last graph at once, then asks for a fresh one.
const saved = vscode.getState() as ToWebview | undefined;
if (saved) render((last = saved));
vscode.postMessage({ type: 'ready' });
