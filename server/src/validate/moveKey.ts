import { isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { getSchemaStore, type JSONSchema, type ResolvedSchema } from '../schema';
import type { Fix } from '../problem';
import { pathLabel, schemaAtPath, type Path } from './schemaPaths';
import { locate } from './yamlNodes';
import { t } from '../l10n';

type Ranged = { range?: [number, number, number] | null };

/** A place in the document where a misplaced key is valid: an existing mapping, or one to create below it. */
export interface KeyPlace {
  /** Document path of the existing mapping the key (or the created maps) goes into. */
  path: Path;
  map: YAMLMap;
  /** Maps to create inside `map`, outermost first (`template`, `spec`), empty when `map` takes the key. */
  create: string[];
  /** Levels out plus levels in: the search keeps the nearest places. */
  distance: number;
}

const MAX_OUT = 5;
const MAX_IN = 4;
const MAX_VISITED = 600;

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

const isBlockMap = (node: unknown): node is YAMLMap => isMap(node) && !node.flow && node.items.length > 0;

/**
 * Every place near `objectPath` (out up to five levels, then in up to four) where the schema declares
 * `field` and the document can take it: the mapping exists (a list on the way only when it is there,
 * one place per item) or can be created below an existing one, and does not have `field` already.
 * Nearest first.
 */
export function keyPlaces(doc: Document, root: Node | undefined, schema: JSONSchema, objectPath: Path, field: string): KeyPlace[] {
  const store = getSchemaStore();
  const places = new Map<string, KeyPlace>();
  let visited = 0;
  type Item = { schema: ResolvedSchema; node: YAMLMap | undefined; path: Path; create: string[]; levels: number; anchor: YAMLMap };
  for (let out = 0; out <= Math.min(MAX_OUT, objectPath.length); out++) {
    const path = objectPath.slice(0, objectPath.length - out);
    const start = schemaAtPath(schema, path);
    const node = locate(doc, root, path).node;
    if (!start?.properties || !isMap(node)) continue;
    let frontier: Item[] = [{ schema: start, node, path, create: [], levels: 0, anchor: node }];
    for (let depth = 0; depth <= MAX_IN && frontier.length; depth++) {
      const next: Item[] = [];
      for (const item of frontier) {
        const fits =
          (out > 0 || depth > 0) &&
          item.schema.properties &&
          Object.prototype.hasOwnProperty.call(item.schema.properties, field) &&
          !(item.node && pairOf(item.node, field));
        if (fits && (item.node ? isBlockMap(item.node) : isBlockMap(item.anchor))) {
          const key = [...item.path, ...item.create].join('\u0000');
          if (!places.has(key))
            places.set(key, {
              path: item.path,
              map: item.node ?? item.anchor,
              create: item.create,
              distance: out + item.levels,
            });
        }
        if (depth === MAX_IN) continue;
        for (const [name, sub] of Object.entries(item.schema.properties ?? {})) {
          if (name === 'status' || ++visited > MAX_VISITED) continue;
          const resolved = store.resolve(sub);
          const child = item.node ? pairOf(item.node, name)?.value : undefined;
          if (resolved.items) {
            // Into a list only where the document has one: each item is a place of its own.
            const itemSchema = store.resolve(resolved.items);
            if (!itemSchema.properties || !isSeq(child)) continue;
            child.items.forEach((entry, i) => {
              if (isMap(entry))
                next.push({
                  schema: itemSchema,
                  node: entry,
                  path: [...item.path, name, i],
                  create: [],
                  levels: item.levels + 2,
                  anchor: entry,
                });
            });
          } else if (resolved.properties) {
            if (isMap(child))
              next.push({ schema: resolved, node: child, path: [...item.path, name], create: [], levels: item.levels + 1, anchor: child });
            else if (child === undefined && !(item.node && pairOf(item.node, name)))
              next.push({
                schema: resolved,
                node: undefined,
                path: item.path,
                create: [...item.create, name],
                levels: item.levels + 1,
                anchor: item.anchor,
              });
          }
        }
      }
      frontier = next;
    }
  }
  // Nearest first; an existing mapping before one to create.
  return [...places.values()].sort((a, b) => a.distance - b.distance || a.create.length - b.create.length);
}

const column = (text: string, offset: number) => offset - (text.lastIndexOf('\n', offset - 1) + 1);
const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
/** The offset just past the line break ending the line that holds `offset - 1` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Whole lines of a block mapping's pair: from its key's line to where the next item's line starts. */
function pairLines(text: string, map: YAMLMap, pair: Pair): [number, number] | undefined {
  const keyStart = (pair.key as Ranged | null)?.range?.[0];
  if (keyStart === undefined || text.slice(lineStart(text, keyStart), keyStart).trim() !== '') return undefined;
  const next = map.items[map.items.indexOf(pair) + 1];
  const nextStart = (next?.key as Ranged | null)?.range?.[0];
  if (nextStart !== undefined) {
    const end = lineStart(text, nextStart);
    return text.slice(end, nextStart).trim() === '' && end > keyStart ? [lineStart(text, keyStart), end] : undefined;
  }
  return [lineStart(text, keyStart), endOfPair(text, pair)];
}

function endOfPair(text: string, pair: Pair): number {
  const value = pair.value as Ranged | null;
  const end = value?.range?.[1] ?? (pair.key as Ranged).range![1];
  return lineEnd(text, end);
}

function reindent(block: string, delta: number): string {
  return block
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line.trim();
      if (delta >= 0) return ' '.repeat(delta) + line;
      const lead = /^ */.exec(line)![0].length;
      return line.slice(Math.min(lead, -delta));
    })
    .join('\n');
}

/**
 * The fix moving `field` (its whole block, re-indented) from the mapping at `objectPath` into `place`:
 * appended after the destination's last item, inside any maps it has to create. Undefined when the key
 * does not stand on lines of its own (`- image: x`, a flow mapping).
 */
export function moveKeyFix(
  text: string,
  doc: Document,
  root: Node | undefined,
  objectPath: Path,
  field: string,
  place: KeyPlace,
  kindLabel: string,
  preferred: boolean,
): Fix | undefined {
  const source = locate(doc, root, objectPath).node;
  if (!isBlockMap(source)) return undefined;
  const pair = pairOf(source, field);
  const lines = pair && pairLines(text, source, pair);
  if (!pair || !lines) return undefined;
  const [from, to] = lines;
  const keyColumn = column(text, (pair.key as Ranged).range![0]);
  const first = place.map.items[0]?.key as Ranged | null;
  const last = place.map.items[place.map.items.length - 1];
  if (!first?.range || !last) return undefined;
  const destColumn = column(text, first.range[0]);
  const at = endOfPair(text, last);
  // The destination's last item is the moved pair (or ends inside it): insert where the moved block was.
  let block = text.slice(from, to);
  if (!block.endsWith('\n')) block += '\n';
  const created = place.create.map((name, i) => `${' '.repeat(destColumn + 2 * i)}${name}:\n`).join('');
  const moved = created + reindent(block.replace(/\n$/, ''), destColumn + 2 * place.create.length - keyColumn) + '\n';
  // Where the destination ends at the moved block, one edit replaces the block with its moved copy.
  const edits =
    at === to || at === from
      ? [{ start: from, end: to, newText: moved }]
      : [
          { start: from, end: to, newText: '' },
          { start: at, end: at, newText: (at === text.length && !text.endsWith('\n') ? '\n' : '') + moved },
        ];
  const label = pathLabel(kindLabel, [...place.path, ...place.create]);
  return { title: t`Move "${field}" into ${label}`, edits, preferred };
}
