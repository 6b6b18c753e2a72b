import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { isPair, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import { t } from '../l10n';
import {
  asMap,
  containersOf,
  entries,
  get,
  itemsOf,
  linkAliases,
  mapIn,
  mapItems,
  objectNode,
  pairOf,
  podSpecs,
  scalarString,
} from '../yaml/nodes';

/** A field's scalar as text (a name, an image, a port number). */
const stringAt = (map: unknown, key: string) => scalarString(get(map, key));
/** The mappings of a sequence. */
const maps = (node: unknown): YAMLMap[] => mapItems(node).map(({ map }) => map);

/**
 * The Outline: one symbol per Kubernetes object, `Kind name` (namespace as its detail), with the
 * parts people look for as children — containers and their ports, init containers, volumes, a
 * Service's ports, Ingress / NetworkPolicy / RBAC rules, ConfigMap and Secret keys. A List's items
 * are objects of their own; a document too broken to build a tree still shows its kind and name.
 */
export function outline(file: ParsedFile): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const doc of file.documents) {
    if (doc.isEmpty) continue;
    const at = new Place(file, doc.offset);
    // The tree read as Kubernetes reads it (yaml/nodes): aliases and `<<` merges resolved, a duplicated key's last value.
    linkAliases(doc);
    const root = doc.root;
    if (root && (pairOf(root, 'kind') || pairOf(root, 'apiVersion'))) out.push(objectSymbol(root, at));
    else if (doc.looksKubernetes) {
      const fallback = fromText(doc, at);
      if (fallback) out.push(fallback);
    }
  }
  return out;
}

/** Chunk-relative offsets → ranges of the file. */
class Place {
  constructor(
    private readonly file: ParsedFile,
    private readonly offset: number,
  ) {}

  range([start, end]: [number, number]) {
    return this.file.lines.range(this.offset + start, this.offset + end);
  }
}

interface Part {
  name: string;
  detail?: string;
  kind: SymbolKind;
  /** The whole entry. */
  node: Node | Pair;
  /** What the cursor goes to: the entry's name, or its start. */
  nameNode?: Node | null;
  children?: DocumentSymbol[];
}

/** The text of a node, or of a whole `key: value` entry. */
function span(node: Node | Pair | undefined | null): [number, number] | undefined {
  if (!node) return undefined;
  if (isPair(node)) {
    const start = (node.key as Node | null)?.range?.[0] ?? (node.value as Node | null)?.range?.[0];
    const end = (node.value as Node | null)?.range?.[1] ?? (node.key as Node | null)?.range?.[1];
    return start === undefined || end === undefined ? undefined : [start, end];
  }
  return node.range ? [node.range[0], node.range[1]] : undefined;
}

function symbol(part: Part, at: Place): DocumentSymbol | undefined {
  const whole = span(part.node);
  if (!whole) return undefined;
  const named = span(part.nameNode ?? undefined);
  const selection: [number, number] = named && named[0] >= whole[0] && named[1] <= whole[1] ? named : [whole[0], whole[0]];
  return {
    name: part.name || '(empty)',
    ...(part.detail ? { detail: part.detail } : {}),
    kind: part.kind,
    range: at.range(whole),
    selectionRange: at.range(selection),
    ...(part.children?.length ? { children: part.children } : {}),
  };
}

function parts(list: (Part | undefined)[], at: Place): DocumentSymbol[] {
  return list.flatMap((p) => (p ? [symbol(p, at)].filter((s): s is DocumentSymbol => !!s) : []));
}

const OBJECT_KINDS: Record<string, SymbolKind> = { Namespace: SymbolKind.Namespace, List: SymbolKind.Module };

function objectSymbol(map: YAMLMap, at: Place): DocumentSymbol {
  const kind = stringAt(map, 'kind');
  const metadata = mapIn(map, 'metadata');
  const nameNode = get(metadata, 'name');
  const generateName = stringAt(metadata, 'generateName');
  const name = scalarString(nameNode) ?? (generateName ? `${generateName}…` : '(unnamed)');
  const namespace = stringAt(metadata, 'namespace');
  const whole: Node = map;
  const s = symbol(
    {
      name: `${kind ?? t('(no kind)')} ${name}`,
      detail: namespace ? `namespace: ${namespace}` : undefined,
      kind: (kind ? OBJECT_KINDS[kind] : undefined) ?? SymbolKind.Class,
      node: whole,
      nameNode: nameNode ?? ((get(metadata, 'generateName') ?? get(map, 'kind')) as Node | undefined),
      children: childrenOf(kind, map, at),
    },
    at,
  );
  return s!;
}

function childrenOf(kind: string | undefined, map: YAMLMap, at: Place): DocumentSymbol[] {
  if (kind && /List$/.test(kind) && get(map, 'items')) return mapItems(get(map, 'items')).map(({ map: item }) => objectSymbol(item, at));
  const spec = mapIn(map, 'spec');
  switch (kind) {
    case 'Service':
      return parts(maps(get(spec, 'ports')).map(servicePort), at);
    case 'Ingress':
      return parts(
        maps(get(spec, 'rules')).map((r) => ingressRule(r, at)),
        at,
      );
    case 'NetworkPolicy':
      return parts(
        (['ingress', 'egress'] as const).flatMap((dir) => maps(get(spec, dir)).map((r, i) => networkRule(r, dir, i))),
        at,
      );
    case 'Role':
    case 'ClusterRole':
      return parts(maps(get(map, 'rules')).map(rbacRule), at);
    case 'ConfigMap':
      return parts([...dataKeys(map, 'data'), ...dataKeys(map, 'binaryData')], at);
    case 'Secret':
      return parts([...dataKeys(map, 'data'), ...dataKeys(map, 'stringData')], at);
  }
  const pod = podSpecs(objectNode(map))[0]?.spec;
  const claims = kind === 'StatefulSet' ? maps(get(spec, 'volumeClaimTemplates')).map(claimTemplate) : [];
  return pod ? [...podParts(pod, at), ...parts(claims, at)] : [];
}

function podParts(pod: YAMLMap, at: Place): DocumentSymbol[] {
  const containers = (group: 'containers' | 'initContainers', label: string) =>
    containersOf(pod, [group]).map(({ map: c }): Part => ({
      name: stringAt(c, 'name') ?? '(unnamed)',
      detail: [label, stringAt(c, 'image')].filter(Boolean).join(' · '),
      kind: SymbolKind.Object,
      node: c,
      nameNode: get(c, 'name'),
      children: parts(maps(get(c, 'ports')).map(containerPort), at),
    }));
  return parts(
    [
      ...containers('initContainers', t('init container')),
      ...containers('containers', 'container'),
      ...maps(get(pod, 'volumes')).map(volume),
    ],
    at,
  );
}

function containerPort(p: YAMLMap): Part {
  const number = stringAt(p, 'containerPort');
  const name = stringAt(p, 'name');
  return {
    name: name ?? number ?? t('(no port)'),
    detail: `port ${number ?? '?'}/${stringAt(p, 'protocol') ?? 'TCP'}`,
    kind: SymbolKind.Number,
    node: p,
    nameNode: get(p, name ? 'name' : 'containerPort'),
  };
}

/** The volume source (`persistentVolumeClaim`, `configMap`, …) and what it names. */
function volume(v: YAMLMap): Part {
  const source = entries(v).find((e) => e.key !== 'name');
  const sourceKey = source?.key;
  const sourceMap = asMap(source?.pair.value);
  const target = stringAt(sourceMap, 'claimName') ?? stringAt(sourceMap, 'secretName') ?? stringAt(sourceMap, 'name');
  return {
    name: stringAt(v, 'name') ?? '(unnamed)',
    detail: ['volume', [sourceKey, target].filter(Boolean).join(' ')].filter(Boolean).join(' · '),
    kind: SymbolKind.Struct,
    node: v,
    nameNode: get(v, 'name'),
  };
}

function claimTemplate(template: YAMLMap): Part {
  const nameNode = get(mapIn(template, 'metadata'), 'name');
  return {
    name: scalarString(nameNode) ?? '(unnamed)',
    detail: t('volume claim template'),
    kind: SymbolKind.Struct,
    node: template,
    nameNode,
  };
}

function servicePort(p: YAMLMap): Part {
  const port = stringAt(p, 'port');
  const name = stringAt(p, 'name');
  const target = stringAt(p, 'targetPort');
  return {
    name: name ?? port ?? t('(no port)'),
    detail: `port ${port ?? '?'}${target && target !== port ? ` → ${target}` : ''}/${stringAt(p, 'protocol') ?? 'TCP'}`,
    kind: SymbolKind.Number,
    node: p,
    nameNode: get(p, name ? 'name' : 'port'),
  };
}

function ingressRule(r: YAMLMap, at: Place): Part {
  const paths = maps(get(mapIn(r, 'http'), 'paths')).map((p): Part => {
    const service = mapIn(p, 'backend', 'service');
    const port = mapIn(service, 'port');
    const target = service
      ? `${stringAt(service, 'name') ?? '?'}:${stringAt(port, 'name') ?? stringAt(port, 'number') ?? '?'}`
      : stringAt(mapIn(p, 'backend'), 'serviceName'); // extensions/v1beta1
    return {
      name: stringAt(p, 'path') ?? '/',
      detail: target ? `→ ${target}` : undefined,
      kind: SymbolKind.String,
      node: p,
      nameNode: get(p, 'path'),
    };
  });
  return {
    name: stringAt(r, 'host') ?? '*',
    detail: 'rule',
    kind: SymbolKind.Event,
    node: r,
    nameNode: get(r, 'host'),
    children: parts(paths, at),
  };
}

function networkRule(r: YAMLMap, direction: 'ingress' | 'egress', i: number): Part {
  const ports = maps(get(r, 'ports'))
    .map((p) => stringAt(p, 'port'))
    .filter(Boolean);
  return {
    name: `${direction} rule ${i + 1}`,
    detail: ports.length ? `ports ${ports.join(', ')}` : undefined,
    kind: SymbolKind.Event,
    node: r,
  };
}

function rbacRule(r: YAMLMap): Part {
  const list = (key: string) => itemsOf(get(r, key)).flatMap((item) => scalarString(item) ?? []);
  const verbs = list('verbs');
  const resources = [...list('resources'), ...list('nonResourceURLs')];
  return {
    name: `${verbs.join(', ') || t('(no verbs)')} ${resources.join(', ') || t('(no resources)')}`,
    detail: 'rule',
    kind: SymbolKind.Event,
    node: r,
  };
}

function dataKeys(map: YAMLMap, section: string): Part[] {
  return entries(get(map, section)).map(({ key, pair }) => ({
    name: key,
    detail: section,
    kind: SymbolKind.Key,
    node: pair as Pair,
    nameNode: pair.key as Node,
  }));
}

/** A document the parser could not build a mapping from: its `kind:` and `metadata.name:` lines, read as text. */
function fromText(doc: ManifestDocument, at: Place): DocumentSymbol | undefined {
  if (doc.chunk.documents.length !== 1) return undefined;
  const source = doc.chunk.text;
  const kind = /^kind:[ \t]*([^\s#]+)/m.exec(source);
  const metadata = /^metadata:[ \t]*(?:#.*)?$/m.exec(source);
  const name = metadata
    ? /^\n?(?:[ \t]+.*\n|[ \t]*\n)*?[ \t]+name:[ \t]*([^\s#]+)/.exec(source.slice(metadata.index + metadata[0].length))
    : null;
  if (!kind && !name) return undefined;
  const nameAt = name && metadata ? metadata.index + metadata[0].length + name.index + name[0].length - name[1].length : undefined;
  const selection: [number, number] =
    nameAt !== undefined
      ? [nameAt, nameAt + name![1].length]
      : [kind!.index + kind![0].length - kind![1].length, kind!.index + kind![0].length];
  return {
    name: `${kind?.[1] ?? t('(no kind)')} ${name?.[1] ?? '(unnamed)'}`,
    detail: t('does not parse'),
    kind: SymbolKind.Class,
    range: at.range([0, source.length]),
    selectionRange: at.range(selection),
  };
}
