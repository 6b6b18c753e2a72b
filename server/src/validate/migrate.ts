import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { changedRegion, type Fix } from '../problem';
import { getSchemaStore } from '../schema';
import { definitionValidator } from './compile';
import { toIssues } from './issues';
import { YAML_OPTIONS } from '../yaml/yaml11';
import { goNumber } from '../yaml/goScalars';
import { t } from '../l10n';

/**
 * A removed apiVersion migrated for real, as text edits that keep comments and layout: the apiVersion,
 * the structural changes the new version needs (Ingress backends and pathType, a workload's selector),
 * then any field the target version no longer has is removed and named in the fix's title.
 */

interface Edit {
  start: number;
  end: number;
  newText: string;
}

type Ranged = { range?: [number, number, number] | null };

const WORKLOADS = new Set(['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet']);

function apply(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break ending the line that holds `offset - 1`. */
function nextLine(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

const startsLine = (text: string, offset: number) => text.slice(lineStart(text, offset), offset).trim() === '';

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair | undefined;
}

function source(text: string, node: unknown): string {
  const r = (node as Ranged | null)?.range;
  return r ? text.slice(r[0], r[1]) : '';
}

/** A plain YAML scalar when it reads back as the same string (go-yaml rules), else JSON-quoted. */
function scalarText(value: string): string {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(value) &&
    goNumber(value) === undefined &&
    !/^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Ingress v1beta1 backend `{serviceName, servicePort}` → v1 `{service: {name, port: {number|name}}}`. */
function backendEdit(text: string, map: YAMLMap): Edit | undefined {
  const name = pairOf(map, 'serviceName');
  const port = pairOf(map, 'servicePort');
  if (!name || map.items.length !== (port ? 2 : 1)) return undefined;
  const portValue = port && isScalar(port.value) ? port.value.value : undefined;
  const portKey = typeof portValue === 'number' || (typeof portValue === 'string' && /^\d+$/.test(portValue)) ? 'number' : 'name';
  const portText = portKey === 'number' ? String(Number(portValue)) : source(text, port?.value);
  const nameText = source(text, name.value);
  const first = (map.items[0].key as Ranged).range![0];
  const lastValue = (map.items[map.items.length - 1].value as Ranged | null)?.range;
  if (!lastValue) return undefined;
  if (map.flow) {
    const r = (map as Ranged).range!;
    const inner = port ? `name: ${nameText}, port: {${portKey}: ${portText}}` : `name: ${nameText}`;
    return { start: r[0], end: r[1], newText: `{service: {${inner}}}` };
  }
  const col = column(text, first);
  const pad = (n: number) => ' '.repeat(col + n);
  // Comments between the old keys are kept, on the new block's first line.
  const comments = text.slice(first, lastValue[1]).match(/(?<=\s)#[^\n]*/g) ?? [];
  const lines = [`service:${comments.length ? ` ${comments.join(' ')}` : ''}`, `${pad(2)}name: ${nameText}`];
  if (port) lines.push(`${pad(2)}port:`, `${pad(4)}${portKey}: ${portText}`);
  return { start: first, end: lastValue[1], newText: lines.join('\n') };
}

function ingressEdits(text: string, root: YAMLMap): Edit[] {
  const edits: Edit[] = [];
  const spec = pairOf(root, 'spec')?.value;
  if (!isMap(spec)) return edits;
  const defaultBackend = pairOf(spec, 'backend');
  if (defaultBackend && isScalar(defaultBackend.key)) {
    const r = (defaultBackend.key as Ranged).range!;
    edits.push({ start: r[0], end: r[1], newText: 'defaultBackend' });
    if (isMap(defaultBackend.value)) {
      const e = backendEdit(text, defaultBackend.value);
      if (e) edits.push(e);
    }
  }
  const rules = pairOf(spec, 'rules')?.value;
  for (const rule of isSeq(rules) ? rules.items : []) {
    const http = isMap(rule) ? pairOf(rule, 'http')?.value : undefined;
    const paths = isMap(http) ? pairOf(http, 'paths')?.value : undefined;
    for (const path of isSeq(paths) ? paths.items : []) {
      if (!isMap(path)) continue;
      const backend = pairOf(path, 'backend')?.value;
      if (isMap(backend)) {
        const e = backendEdit(text, backend);
        if (e) edits.push(e);
      }
      if (!pairOf(path, 'pathType') && path.items.length) {
        // v1beta1 read a missing pathType as ImplementationSpecific: keep that meaning.
        if (path.flow) {
          const r = (path as Ranged).range!;
          const close = text.lastIndexOf('}', r[1]);
          edits.push({ start: close, end: close, newText: ', pathType: ImplementationSpecific' });
        } else {
          const firstKey = (path.items[0].key as Ranged).range![0];
          const end = nextLine(text, (path.items[path.items.length - 1].value as Ranged | null)?.range?.[1] ?? firstKey);
          const newline = end > 0 && text[end - 1] !== '\n' ? '\n' : '';
          edits.push({ start: end, end, newText: `${newline}${' '.repeat(column(text, firstKey))}pathType: ImplementationSpecific\n` });
        }
      }
    }
  }
  return edits;
}

/** apps/v1 requires spec.selector: the template's labels, which the old versions defaulted it to. */
function selectorEdits(text: string, doc: Document, root: YAMLMap): Edit[] {
  const spec = pairOf(root, 'spec')?.value;
  if (!isMap(spec) || spec.flow || pairOf(spec, 'selector')) return [];
  const template = pairOf(spec, 'template');
  const labels = doc.getIn(['spec', 'template', 'metadata', 'labels']);
  const entries =
    labels && typeof labels === 'object' && 'toJSON' in labels
      ? Object.entries((labels as YAMLMap).toJSON() as Record<string, unknown>)
      : [];
  const keyStart = (template?.key as Ranged | undefined)?.range?.[0];
  if (!entries.length || keyStart === undefined || !startsLine(text, keyStart)) return [];
  const col = column(text, keyStart);
  const pad = (n: number) => ' '.repeat(col + n);
  const lines = [
    `${pad(0)}selector:`,
    `${pad(2)}matchLabels:`,
    ...entries.map(([k, v]) => `${pad(4)}${scalarText(k)}: ${scalarText(String(v))}`),
  ];
  const at = lineStart(text, keyStart);
  return [{ start: at, end: at, newText: lines.join('\n') + '\n' }];
}

/** Whole lines of a pair of a block mapping, from its key's line to the line after its value. */
function removePair(text: string, pair: Pair): Edit | undefined {
  const keyStart = (pair.key as Ranged | null)?.range?.[0];
  if (keyStart === undefined || !startsLine(text, keyStart)) return undefined;
  const valueEnd = (pair.value as Ranged | null)?.range?.[1] ?? keyStart;
  return { start: lineStart(text, keyStart), end: nextLine(text, valueEnd), newText: '' };
}

function parseDoc(text: string, index: number): Document | undefined {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const doc = Array.isArray(docs) ? docs[index] : undefined;
  return doc && !doc.errors.length ? doc : undefined;
}

/** Fields of the migrated document the target version does not have: removed, and named. */
function dropUnknown(text: string, index: number, definition: string): { text: string; dropped: string[] } | undefined {
  const dropped: string[] = [];
  let current = text;
  for (let round = 0; round < 3; round++) {
    const doc = parseDoc(current, index);
    if (!doc) return undefined;
    const validate = definitionValidator(definition);
    if (validate(doc.toJS())) break;
    const unknown = toIssues(validate.errors ?? [], doc.toJS()).filter((i) => i.keyword === 'additionalProperties');
    if (!unknown.length) break;
    const edits: Edit[] = [];
    for (const issue of unknown) {
      const field = String(issue.params.additionalProperty);
      const parent = issue.path.length ? doc.getIn(issue.path, true) : doc.contents;
      const pair = isMap(parent) ? pairOf(parent, field) : undefined;
      const edit = pair && removePair(current, pair);
      if (!edit) return undefined;
      edits.push(edit);
      dropped.push(
        [...issue.path, field]
          .map((p) => (typeof p === 'number' ? `[${p}]` : p))
          .join('.')
          .replace(/\.\[/g, '['),
      );
    }
    current = apply(current, edits);
  }
  return { text: current, dropped };
}

/** The fix migrating a document of a removed apiVersion to `replacement`, or undefined when it cannot be done safely. */
export function migrationFix(chunkText: string, doc: Document, indexInChunk: number, kind: string, replacement: string): Fix | undefined {
  const root = doc.contents as Node | null;
  if (!isMap(root)) return undefined;
  const target = getSchemaStore().lookup(replacement, kind);
  const av = pairOf(root, 'apiVersion');
  const avRange = (av?.value as Ranged | null)?.range;
  if (!target || !avRange) return undefined;
  const edits: Edit[] = [{ start: avRange[0], end: avRange[1], newText: replacement }];
  if (kind === 'Ingress') edits.push(...ingressEdits(chunkText, root));
  if (WORKLOADS.has(kind) && replacement === 'apps/v1') edits.push(...selectorEdits(chunkText, doc, root));
  const result = dropUnknown(apply(chunkText, edits), indexInChunk, target.definition);
  if (!result) return undefined;
  const region = changedRegion(chunkText, result.text);
  if (!region) return undefined;
  const title = result.dropped.length
    ? t`Migrate to ${replacement} (drops ${result.dropped.join(', ')}, which ${replacement} does not have)`
    : t`Migrate to ${replacement}`;
  // Dropping a field loses what it said: offered, but never applied unattended.
  return { title, edits: [region], ...(result.dropped.length ? {} : { preferred: true }) };
}
