import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, Scalar, YAMLParseError, type Document, type Node } from 'yaml';
import { t } from '../l10n';

/**
 * Deeper collections than this are cut off: real manifests nest a few dozen levels, and every
 * recursive walk of the tree (ours, ajv's, `toJS`) stays far from the stack limit.
 */
export const MAX_DEPTH = 256;

/** An error found by k8sense's own pass over the tree; its message is written for the user. */
export class TreeError extends YAMLParseError {}

/** Keys compared by the duplicate-key pass, in total (tests check it grows linearly with the keys). */
export const treeWork = { keyComparisons: 0 };

/** Maps this small compare keys pairwise (as the `yaml` package does); larger ones use a Map. */
const PAIRWISE = 12;

interface Entry {
  node: Node;
  depth: number;
  /** Puts a replacement in the node's place (a null scalar when the node is cut off). */
  replace: (with_: Node) => void;
  /** Pushed after the node's children: the node is no longer an ancestor. */
  exit?: boolean;
}

function nullAt(node: Node): Scalar {
  const s = new Scalar(null);
  s.range = node.range ? [node.range[0], node.range[0], node.range[0]] : [0, 0, 0];
  return s;
}

const isMergeKey = (key: unknown) => isScalar(key) && typeof key.value === 'symbol' && (key.value as symbol).description === '<<';

function keySource(key: Node | null): string {
  return isScalar(key) ? String(key.source ?? key.value) : '';
}

/**
 * One linear, iterative pass over a parsed document: duplicate keys (the `yaml` package's
 * `uniqueKeys` compares every key with every earlier one, quadratic in a 100,000-key map), keys
 * that are collections, aliases that refer to a node containing them (a merge key into its own
 * mapping), and nesting too deep to walk. Offenders are cut from the tree so later walks are safe.
 */
export function checkTree(doc: Document.Parsed): void {
  const root = doc.contents as Node | null;
  if (!root) return;
  const found: YAMLParseError[] = [];
  const anchors = new Map<string, Node>();
  const open = new Set<Node>();
  let deepAt = Infinity;
  // In a document the parser already found broken, a collection key is an effect of that breakage.
  const intact = doc.errors.length === 0;
  const stack: Entry[] = [{ node: root, depth: 0, replace: (n) => (doc.contents = n as never) }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (entry.exit) {
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target && open.has(target)) {
        const start = node.range?.[0] ?? 0;
        found.push(
          new TreeError([start, start + node.source.length + 1], 'BAD_ALIAS', t`*${node.source} refers to a node that contains it`),
        );
        entry.replace(nullAt(node));
      }
      continue;
    }
    if ((node as { anchor?: string }).anchor) anchors.set((node as { anchor: string }).anchor, node);
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) {
      deepAt = Math.min(deepAt, node.range?.[0] ?? 0);
      entry.replace(nullAt(node));
      continue;
    }
    open.add(node);
    stack.push({ node, depth, replace: entry.replace, exit: true });
    const children: Entry[] = [];
    if (isMap(node)) {
      duplicateKeys(node.items, found);
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key && isCollection(key) && intact) {
          const start = key.range?.[0] ?? 0;
          found.push(
            new TreeError(
              [start, Math.max(start + 1, key.range?.[1] ?? 0)],
              'NON_STRING_KEY',
              t(
                'a mapping or list used as a key: Kubernetes reads keys as strings and rejects this document — write the key as text (quote it) or move the collection into the value',
              ),
            ),
          );
        }
        const merge = isMergeKey(key);
        if (key && isCollection(key)) children.push({ node: key, depth: depth + 1, replace: (n) => (pair.key = n) });
        const value = pair.value as Node | null;
        if (merge && value && (isAlias(value) || isSeq(value))) {
          // A merge key into the mapping that holds it would expand forever.
          const aliases = isAlias(value) ? [value] : value.items.filter(isAlias);
          if (aliases.some((a) => open.has(anchors.get(a.source) as Node))) {
            const start = (key as Node).range?.[0] ?? 0;
            found.push(
              new TreeError(
                [start, start + 2],
                'BAD_ALIAS',
                t('the merge key refers to its own mapping: it would copy the mapping into itself forever — merge a different anchor'),
              ),
            );
            pair.value = nullAt(value);
            continue;
          }
        }
        if (value) children.push({ node: value, depth: depth + 1, replace: (n) => (pair.value = n) });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isPair(item)) {
          // `[a: 1]`: a single-pair mapping inside a flow sequence.
          const pair = item;
          if (pair.key && isCollection(pair.key))
            children.push({ node: pair.key as Node, depth: depth + 1, replace: (n) => (pair.key = n) });
          if (pair.value) children.push({ node: pair.value as Node, depth: depth + 1, replace: (n) => (pair.value = n) });
        } else if (item) children.push({ node: item as Node, depth: depth + 1, replace: (n) => (node.items[i] = n) });
      });
    }
    // Reversed onto the stack: visited in document order, so an anchor is seen before its aliases.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  const resourceError = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (resourceError) deepAt = Math.min(deepAt, resourceError.pos[0]);
  if (deepAt !== Infinity) {
    // Everything the parser says past that point is a consequence of the nesting: say it once.
    doc.errors = doc.errors.filter((e) => e.pos[0] < deepAt && e.code !== 'RESOURCE_EXHAUSTION');
    found.splice(0, found.length, ...found.filter((e) => e.pos[0] < deepAt));
    found.push(
      new TreeError(
        [deepAt, deepAt + 1],
        'RESOURCE_EXHAUSTION',
        t`nesting deeper than ${MAX_DEPTH} levels: k8sense reads this document only up to here — no Kubernetes object nests this deep (look for an unclosed "[" or "{")`,
      ),
    );
  }
  doc.errors.push(...found);
}

/** Scalar keys equal by value, as the `yaml` package's `uniqueKeys` compares them; reported at the later key. */
function duplicateKeys(items: { key: unknown }[], found: YAMLParseError[]): void {
  const report = (key: Node) => {
    const start = key.range?.[0] ?? 0;
    found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', t`Map keys must be unique: ${keySource(key)}`));
  };
  if (items.length <= PAIRWISE) {
    for (let i = 1; i < items.length; i++) {
      const key = items[i].key;
      if (!isScalar(key)) continue;
      for (let j = 0; j < i; j++) {
        treeWork.keyComparisons++;
        const other = items[j].key;
        if (isScalar(other) && other.value === key.value) {
          report(key);
          break;
        }
      }
    }
    return;
  }
  const seen = new Set<unknown>();
  for (const { key } of items) {
    if (!isScalar(key)) continue;
    // NaN is never equal to itself, as in `===`.
    if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
    treeWork.keyComparisons++;
    if (seen.has(key.value)) report(key);
    else seen.add(key.value);
  }
}
