import { Lexer, isCollection, isNode, isPair, type Node } from 'yaml';
import type { ManifestDocument } from '../yaml/parse';
import type { PathSegment } from '../yaml/position';

/** A flow collection (`{...}` or `[...]`) open at the cursor. */
export interface FlowFrame {
  type: 'map' | 'seq';
  /** Chunk-relative offset of the opening bracket. */
  start: number;
  /** Where this collection sits in the one around it: a key of a map, an index of a sequence. */
  segment: PathSegment;
  /** At the cursor: the key of the pair being written, and whether its `:` is already typed. */
  key?: string;
  afterColon: boolean;
  /** At the cursor: the index of the item being written (sequences). */
  index: number;
  /** Every key of the map, before and after the cursor, but the one under the cursor. */
  keys: Set<string>;
  /** Every scalar item of the sequence, but the one under the cursor. */
  values: Set<string>;
}

export interface FlowState {
  /** The flow collections open at the cursor, outermost first (empty in block context). */
  frames: FlowFrame[];
  /** The scalar typed up to the cursor ('' between tokens) and its chunk-relative start. */
  word: string;
  wordStart: number;
  /** The cursor is in a comment. */
  inComment: boolean;
}

// The lexer's zero-width control tokens: document start, a flow collection ended by dedent, scalar start.
const DOC_MODE = '\x02';
const FLOW_ERROR_END = '\x18';
const SCALAR = '\x1f';

function unquote(source: string): string {
  if (source.startsWith('"')) return source.slice(1, source.endsWith('"') && source.length > 1 ? -1 : undefined).replace(/\\(.)/g, '$1');
  if (source.startsWith("'")) return source.slice(1, source.endsWith("'") && source.length > 1 ? -1 : undefined).replace(/''/g, "'");
  return source.trim();
}

/**
 * The flow collections around a chunk-relative offset, read with the `yaml` package's lexer: it
 * tokenizes half-typed text the parser rejects (an unclosed `{` spanning lines, a key without a
 * value) exactly as the parser would, knows quotes, comments and block scalars, and ends a flow
 * collection the way YAML does when a line dedents to the block level. Keys and items after the
 * cursor are read too, so that the ones already present are not offered again.
 */
export function flowState(chunkText: string, chunkRel: number, doc?: ManifestDocument): FlowState {
  let from: number;
  if (doc && !doc.doc.errors.length) {
    // The document parses: its node ranges tell whether the cursor is in a flow collection at all,
    // and lexing starts at the line of the outermost one.
    const outer = outermostFlow(doc.doc.contents, chunkRel);
    if (!outer) return { frames: [], word: '', wordStart: chunkRel, inComment: false };
    from = chunkText.lastIndexOf('\n', outer.range![0] - 1) + 1;
  } else from = safeStart(chunkText, chunkRel);
  const state = lex(chunkText.slice(from), chunkRel - from);
  if (!from) return state;
  return { ...state, wordStart: state.wordStart + from, frames: state.frames.map((f) => ({ ...f, start: f.start + from })) };
}

/** The outermost flow collection whose brackets enclose a chunk-relative offset. */
function outermostFlow(node: unknown, rel: number): Node | undefined {
  for (let guard = 0; guard < 256 && node; guard++) {
    if (!isCollection(node) || !node.range) return undefined;
    if (node.flow) return node.range[0] < rel && rel < node.range[1] ? node : undefined;
    let next: unknown;
    for (const item of node.items as unknown[]) {
      const parts = isPair(item) ? [item.key, item.value] : [item];
      next = parts.find((p) => isNode(p) && p.range && p.range[0] <= rel && rel <= p.range[2]);
      if (next) break;
    }
    node = next;
  }
  return undefined;
}

/**
 * Where lexing may start without changing what it finds at the cursor: in a document whose root is
 * a block mapping, a line at column 0 (not a comment or a closing bracket) ends every flow
 * collection opened before it. Saves lexing a whole large document (a CRD) on every keystroke.
 */
function safeStart(text: string, rel: number): number {
  const first = /^(?:[ \t]*(?:#[^\n]*)?\r?\n|(?:---|%)[^\n]*\n)*[ \t]*(\S?)/.exec(text);
  if (!first || first[1] === '{' || first[1] === '[' || first[1] === '') return 0;
  for (let i = text.lastIndexOf('\n', rel - 1); i > 0; i = text.lastIndexOf('\n', i - 1)) {
    const c = text[i + 1];
    if (c !== undefined && i + 1 < rel && !/[\s#\]}]/.test(c)) return i + 1;
  }
  return 0;
}

function lex(text: string, rel: number): FlowState {
  const stack: FlowFrame[] = [];
  let snapshot: FlowFrame[] | undefined;
  /** The innermost collection at the cursor: reading stops when it closes. */
  let innermost: FlowFrame | undefined;
  let word = '';
  let wordStart = rel;
  let inComment = false;
  /** The last scalar of the innermost collection, and whether it is the one under the cursor. */
  let last: { value: string; atCursor: boolean } | undefined;
  let scalarNext = false;
  let offset = 0;

  const take = (): void => {
    // Copies keep the position within each collection; the key and item sets stay shared and keep filling.
    snapshot = stack.map((f) => ({ ...f }));
    innermost = stack[stack.length - 1];
  };
  const endItem = (top: FlowFrame | undefined): void => {
    if (top?.type === 'seq' && last && !last.atCursor) top.values.add(last.value);
  };

  for (const token of new Lexer().lex(text)) {
    const start = offset;
    const zeroWidth = token === DOC_MODE || token === FLOW_ERROR_END || token === SCALAR;
    const end = zeroWidth ? start : start + token.length;
    offset = end;
    const isScalar = !zeroWidth && (scalarNext || token[0] === '"' || token[0] === "'");
    const isComment = !zeroWidth && !scalarNext && token[0] === '#';
    if (!snapshot && !zeroWidth) {
      if ((isScalar || isComment) && start < rel && rel <= end) {
        take();
        if (isComment) inComment = true;
        else {
          word = text.slice(start, rel);
          wordStart = start;
        }
      } else if (start >= rel) take();
      if (snapshot && !innermost) break;
    }

    if (token === SCALAR) {
      scalarNext = true;
      continue;
    }
    const top = stack[stack.length - 1];
    if (isScalar) {
      scalarNext = false;
      last = { value: unquote(token), atCursor: start <= rel && rel <= end };
      continue;
    }
    if (token === FLOW_ERROR_END) {
      if (snapshot) break;
      stack.length = 0;
      last = undefined;
      continue;
    }
    switch (token) {
      case '{':
      case '[': {
        const segment: PathSegment = top ? (top.type === 'map' ? (top.afterColon ? (top.key ?? '') : '') : top.index) : '';
        stack.push({
          type: token === '{' ? 'map' : 'seq',
          start,
          segment,
          afterColon: false,
          index: 0,
          keys: new Set(),
          values: new Set(),
        });
        last = undefined;
        break;
      }
      case '}':
      case ']':
        endItem(top);
        stack.pop();
        last = undefined;
        if (snapshot && top === innermost) return { frames: snapshot, word, wordStart, inComment };
        break;
      case ',':
        endItem(top);
        if (top?.type === 'map') {
          top.key = undefined;
          top.afterColon = false;
        } else if (top) top.index++;
        last = undefined;
        break;
      case ':':
        if (top?.type === 'map' && !top.afterColon) {
          top.key = last?.value ?? '';
          if (last && !last.atCursor) top.keys.add(top.key);
          top.afterColon = true;
          last = undefined;
        }
        break;
      default:
        break;
    }
  }
  if (!snapshot) take();
  return { frames: snapshot!, word, wordStart, inComment };
}
