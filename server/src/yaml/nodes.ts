import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { ManifestDocument } from './parse';
import type { TextEdit } from '../problem';
import { t } from '../l10n';
import { splitApiVersion } from '../schema/versions';

/**
 * Helpers over the `yaml` package's node tree, for rules that report at exact nodes. Offsets are
 * chunk-relative (what `Problem` wants). Scalar values are read from `.value`, which the parser
 * already resolved with YAML 1.1 rules, as Kubernetes reads them.
 */

export interface Span {
  start: number;
  end: number;
}

export type At = Span | Node | null | undefined;

/** The text span of a node (its value part, without trailing comments). */
export function spanOf(at: At): Span | undefined {
  if (!at) return undefined;
  if ('start' in at && 'end' in at && typeof at.start === 'number') return at as Span;
  const range = (at as Node).range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

// ---- Aliases and merge keys -------------------------------------------------------------------
//
// Kubernetes reads `*name` as a copy of the `&name` node and `<<: *base` as the keys of `base`
// under the map's own: the helpers below read the tree the same way, so a container that gets its
// image through `<<: *defaults` has one. Problems found through an alias are reported at the
// anchored node (where the text is), which is in the same document.

/** Alias → the node it names, filled per document by `linkAliases` (nodes hold no back-reference to their document). */
const aliasTargets = new WeakMap<Alias, Node>();

/** Resolve the aliases of a document once (before its rules run): an alias names the closest anchor before it. */
export function linkAliases(doc: ManifestDocument): void {
  if (doc.cache.has('rules:aliases')) return;
  doc.cache.set('rules:aliases', true);
  if (!doc.chunk?.text.includes('*')) return; // no alias in the text: nothing to link
  const anchors = new Map<string, Node>();
  visit(doc.doc, (_key, node) => {
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) aliasTargets.set(node, target);
    } else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
  });
}

/** The node itself, or what an alias stands for. */
export function deref(node: unknown): Node | undefined {
  if (isAlias(node)) return aliasTargets.get(node as Alias);
  return isNode(node) ? (node as Node) : undefined;
}

/** `<<` in YAML 1.1 (the `yaml` package resolves it to a symbol; a quoted '<<' is an ordinary key). */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = (key as Scalar).value;
  return (typeof v === 'symbol' && v.description === '<<') || (v === '<<' && (key as Scalar).type === 'PLAIN');
}

/** Maps merged into `map` by `<<: *a` or `<<: [*a, *b]`, in precedence order. */
function mergedMaps(map: YAMLMap): YAMLMap[] {
  const out: YAMLMap[] = [];
  for (const item of map.items) {
    if (!isPair(item) || !isMergeKey(item.key)) continue;
    const value = deref(item.value);
    const sources = isSeq(value) ? (value as YAMLSeq).items.map(deref) : [value];
    for (const s of sources) if (isMap(s)) out.push(s as YAMLMap);
  }
  return out;
}

/** Merge chains deeper than this are cycles (`&a {<<: *a}`) or abuse. */
const MAX_MERGE_DEPTH = 16;

export function asMap(node: unknown): YAMLMap | undefined {
  const n = deref(node);
  return isMap(n) ? (n as YAMLMap) : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  const n = deref(node);
  return isSeq(n) ? (n as YAMLSeq) : undefined;
}

function findPair(map: YAMLMap, key: string, depth: number): Pair<Node, Node | null> | undefined {
  let merges = false;
  let found: Pair<Node, Node | null> | undefined;
  for (const item of map.items) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    if (isMergeKey(item.key)) merges = true;
    // A duplicated key: kubectl (go-yaml v2) keeps the last value, and so does the object ajv validates.
    else if (String(item.key.value) === key) found = item as Pair<Node, Node | null>;
  }
  if (found) return found;
  if (!merges || depth >= MAX_MERGE_DEPTH) return undefined;
  // A map's own keys win over merged ones; among merged maps, the first listed wins.
  for (const source of mergedMaps(map)) {
    const found = findPair(source, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The pair of a mapping whose key is `key`, following `<<` merges (the pair may then sit in the merged map). */
export function pairOf(map: unknown, key: string): Pair<Node, Node | null> | undefined {
  const m = asMap(map);
  return m ? findPair(m, key, 0) : undefined;
}

/** The value node under `key`, aliases resolved (undefined when the key is absent or its value is null). */
export function get(map: unknown, key: string): Node | undefined {
  return deref(pairOf(map, key)?.value);
}

/** The key node of `key`, to report at when its value is wrong as a whole or missing. */
export function keyNode(map: unknown, key: string): Node | undefined {
  return pairOf(map, key)?.key;
}

/** Follow a path of mapping keys. */
export function getIn(node: unknown, ...path: string[]): Node | undefined {
  let cur: unknown = node;
  for (const key of path) {
    cur = get(cur, key);
    if (cur === undefined) return undefined;
  }
  return cur as Node;
}

export function mapIn(node: unknown, ...path: string[]): YAMLMap | undefined {
  return asMap(getIn(node, ...path));
}

/** Items of a sequence, aliases resolved (empty when the node is not one). */
export function itemsOf(node: unknown): Node[] {
  return (asSeq(node)?.items ?? []).map((item) => deref(item) ?? (item as Node));
}

/** Mapping items of a sequence, with their index. */
export function mapItems(node: unknown): { map: YAMLMap; index: number }[] {
  const out: { map: YAMLMap; index: number }[] = [];
  itemsOf(node).forEach((item, index) => {
    const map = asMap(item);
    if (map) out.push({ map, index });
  });
  return out;
}

/** Maps with this many keys or more are indexed by key while their entries are read; smaller ones are looked back over. */
const SMALL_MAP = 16;

/** Pairs of a mapping whose keys are scalars, with the key as text: its own, then merged ones it does not override (a duplicated key's last pair). */
export function entries(map: unknown): { key: string; pair: Pair<Scalar, Node | null> }[] {
  const m = asMap(map);
  if (!m) return [];
  const out: { key: string; pair: Pair<Scalar, Node | null> }[] = [];
  // Where a key is in `out`. Every rule reads entries, most maps have a few keys: no Map or Set for those.
  let index: Map<string, number> | undefined;
  const find = (key: string): number => {
    if (index) return index.get(key) ?? -1;
    for (let i = 0; i < out.length; i++) if (out[i].key === key) return i;
    return -1;
  };
  const collect = (source: YAMLMap, depth: number) => {
    // A key written twice counts once, with its last value (as pairOf and kubectl read it), in the place it first appears;
    // a key the map (or a map merged before this one) already has is not overridden.
    const first = out.length;
    for (const item of source.items) {
      if (!isPair(item) || !isScalar(item.key) || item.key.value === null || isMergeKey(item.key)) continue;
      const key = String(item.key.value);
      const pair = item as Pair<Scalar, Node | null>;
      const at = find(key);
      if (at === -1) {
        out.push({ key, pair });
        if (index) index.set(key, out.length - 1);
        else if (out.length === SMALL_MAP) index = new Map(out.map((e, i) => [e.key, i]));
      } else if (at >= first) out[at] = { key, pair };
    }
    if (depth < MAX_MERGE_DEPTH) for (const merged of mergedMaps(source)) collect(merged, depth + 1);
  };
  collect(m, 0);
  return out;
}

export function scalarValue(node: unknown): unknown {
  const n = deref(node);
  return isScalar(n) ? (n as Scalar).value : undefined;
}

/** A scalar's value when it is a string (YAML 1.1: `yes` is a boolean, `0400` a number). */
export function stringValue(node: unknown): string | undefined {
  const v = scalarValue(node);
  return typeof v === 'string' ? v : undefined;
}

export function numberValue(node: unknown): number | undefined {
  const v = scalarValue(node);
  return typeof v === 'number' ? v : undefined;
}

/** A string or number scalar as text (ports, quantities and int-or-string fields take either). */
export function scalarText(node: unknown): string | undefined {
  const v = scalarValue(node);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

/**
 * A scalar's value as text, whatever YAML made of it (`80`, `true`, `0400`): what a message quotes and what
 * a quantity or name is parsed from. Undefined for no node, a mapping or a sequence, and for null.
 */
export function scalarString(node: unknown): string | undefined {
  const v = scalarValue(node);
  return v === undefined || v === null ? undefined : String(v);
}

/** Where to report a field that is missing from `map`: the key that holds the map, else its first key. */
export function missingAt(map: YAMLMap | undefined, parentKey?: Node): Node | undefined {
  if (parentKey) return parentKey;
  const first = map?.items[0];
  return isPair(first) ? (first.key as Node) : map;
}

/**
 * Values that a tool fills in before the manifest reaches Kubernetes (`${VAR}` for envsubst,
 * `{{ .Values.x }}` for Helm-like templates): rules leave them alone.
 */
export function isPlaceholder(value: string): boolean {
  return /\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{.*\}\}/.test(value);
}

/** An edit that replaces a scalar's value, keeping its quote style. */
export function replaceScalar(node: Node, value: string): TextEdit {
  const span = spanOf(node)!;
  const type = isScalar(node) ? (node as Scalar).type : undefined;
  const text = type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : value;
  return { start: span.start, end: span.end, newText: text };
}

// ---- Pod specs ------------------------------------------------------------------------------

/** Workload kinds whose `spec.template` is a pod template, with the API groups that define them. */
const TEMPLATE_KINDS: Record<string, string[]> = {
  Deployment: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  Job: ['batch'],
  ReplicationController: [''],
};

/** The API group of an apiVersion: `apps/v1` → `apps`, `v1` → `` (core), by the schema's one reading of an apiVersion. */
export function apiGroup(apiVersion: string | undefined): string | undefined {
  return apiVersion === undefined ? undefined : splitApiVersion(apiVersion).group;
}

/** An object as podSpecs reads it: a document, or an item of a List (the outline's). */
export interface ObjectNode {
  readonly root: YAMLMap | undefined;
  readonly kind: string | undefined;
  readonly apiVersion: string | undefined;
}

/** The object of a mapping: its own kind and apiVersion. */
export function objectNode(map: YAMLMap): ObjectNode {
  return { root: map, kind: stringValue(get(map, 'kind')), apiVersion: stringValue(get(map, 'apiVersion')) };
}

/** True when the document is the built-in `kind` (not a custom resource that reuses the name). */
export function isBuiltin(doc: Pick<ObjectNode, 'kind' | 'apiVersion'>, kind: string, groups: string[] = ['']): boolean {
  return doc.kind === kind && groups.includes(apiGroup(doc.apiVersion) ?? '');
}

export function isWorkload(doc: Pick<ObjectNode, 'kind' | 'apiVersion'>, ...kinds: string[]): boolean {
  const kind = doc.kind ?? '';
  return kinds.includes(kind) && TEMPLATE_KINDS[kind] !== undefined && isBuiltin(doc, kind, TEMPLATE_KINDS[kind]);
}

export interface PodSpecRef {
  /** The pod spec mapping (`spec` of a Pod, `...template.spec` of a workload). */
  spec: YAMLMap;
  /** The key `spec:` that holds it: where a missing field of the pod spec is reported. */
  specKey: Node;
  /** The pod template mapping (`metadata` + `spec`); undefined for a Pod. */
  template?: YAMLMap;
  /** Key of the template (`template:`), for problems about the template as a whole. */
  templateKey?: Node;
  /** Kind of the object that owns the pod spec: `Pod`, `Deployment`, `CronJob`, ... */
  ownerKind: string;
  isTemplate: boolean;
  /** Volume names the pod gets from elsewhere: a StatefulSet's `volumeClaimTemplates`. */
  claimTemplateNames: string[];
}

/** podSpecs computed (not answered from the memo), in total: tests check a document's are read once. */
export const podSpecWork = { built: 0 };

/**
 * A tree does not change once parsed (aliases are linked then too), and some thirty rules and the
 * model ask for the same document's pod specs and containers: each is read once per document.
 */
const podSpecMemo = new WeakMap<ObjectNode, readonly PodSpecRef[]>();
const containerMemo = new WeakMap<YAMLMap, Map<string, readonly ContainerRef[]>>();

/** The pod specs of a document: a Pod, a PodTemplate, a workload's template or a CronJob's job template. */
export function podSpecs(doc: ObjectNode): readonly PodSpecRef[] {
  let specs = podSpecMemo.get(doc);
  if (!specs) {
    podSpecWork.built++;
    specs = Object.freeze(readPodSpecs(doc));
    podSpecMemo.set(doc, specs);
  }
  return specs;
}

function readPodSpecs(doc: ObjectNode): PodSpecRef[] {
  const root = doc.root;
  if (!root) return [];
  const fromTemplate = (holder: unknown, ownerKind: string): PodSpecRef[] => {
    const templatePair = pairOf(holder, 'template');
    const template = asMap(templatePair?.value);
    const specPair = pairOf(template, 'spec');
    const spec = asMap(specPair?.value);
    if (!template || !spec || !specPair) return [];
    const claimTemplateNames =
      ownerKind === 'StatefulSet'
        ? mapItems(get(holder, 'volumeClaimTemplates')).flatMap(({ map }) => stringValue(getIn(map, 'metadata', 'name')) ?? [])
        : [];
    return [{ spec, specKey: specPair.key, template, templateKey: templatePair!.key, ownerKind, isTemplate: true, claimTemplateNames }];
  };
  const kind = doc.kind ?? '';
  if (isBuiltin(doc, 'Pod')) {
    const specPair = pairOf(root, 'spec');
    const spec = asMap(specPair?.value);
    return spec && specPair ? [{ spec, specKey: specPair.key, ownerKind: 'Pod', isTemplate: false, claimTemplateNames: [] }] : [];
  }
  if (isBuiltin(doc, 'PodTemplate')) return fromTemplate(root, 'PodTemplate');
  if (isWorkload(doc, kind)) return fromTemplate(get(root, 'spec'), kind);
  if (isBuiltin(doc, 'CronJob', ['batch'])) return fromTemplate(getIn(root, 'spec', 'jobTemplate', 'spec'), 'CronJob');
  return [];
}

export type ContainerGroup = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerRef {
  map: YAMLMap;
  group: ContainerGroup;
  index: number;
  /** The `name` value node, when present. */
  nameNode?: Node;
  name?: string;
}

/** Every container of a pod spec: containers, then init containers, then ephemeral containers. */
export function containersOf(spec: YAMLMap, groups: readonly ContainerGroup[] = ALL_GROUPS): readonly ContainerRef[] {
  let bySpec = containerMemo.get(spec);
  if (!bySpec) containerMemo.set(spec, (bySpec = new Map()));
  const key = groups.join();
  let found = bySpec.get(key);
  if (!found) {
    found = Object.freeze(readContainers(spec, groups));
    bySpec.set(key, found);
  }
  return found;
}

const ALL_GROUPS: readonly ContainerGroup[] = ['containers', 'initContainers', 'ephemeralContainers'];

function readContainers(spec: YAMLMap, groups: readonly ContainerGroup[]): ContainerRef[] {
  const out: ContainerRef[] = [];
  for (const group of groups) {
    for (const { map, index } of mapItems(get(spec, group))) {
      const nameNode = get(map, 'name');
      out.push({ map, group, index, nameNode, name: stringValue(nameNode) });
    }
  }
  return out;
}

/** "container "web"" / "init container "setup"" / "containers[2]": how a message names a container. */
export function describeContainer(c: ContainerRef): string {
  const what = c.group === 'containers' ? t('container') : c.group === 'initContainers' ? t('init container') : t('ephemeral container');
  return c.name ? `${what} "${c.name}"` : `${c.group}[${c.index}]`;
}

/**
 * Visit every mapping of a tree with the path of keys (and `[]` for sequence items) that leads to it.
 * A mapping reached again through an alias is visited once (aliases can nest exponentially).
 */
export function walkMaps(node: unknown, onMap: (map: YAMLMap, path: readonly string[]) => void): void {
  // One path array for the whole walk (not a copy per node): `onMap` reads it during the call only.
  const path: string[] = [];
  const seen = new Set<Node>();
  const walk = (at: unknown): void => {
    const target = deref(at);
    if (!target || seen.has(target)) return;
    seen.add(target);
    const map = asMap(target);
    if (map) {
      onMap(map, path);
      for (const { key, pair } of entries(map)) {
        path.push(key);
        walk(pair.value);
        path.pop();
      }
      return;
    }
    for (const item of itemsOf(target)) {
      path.push('[]');
      walk(item);
      path.pop();
    }
  };
  walk(node);
}
