import type { Chunk, ManifestDocument, ParsedFile } from '../yaml/parse';
import { flowState, type FlowState } from './flowState';
import { isBlockScalarHeader, lineEntries, type LineEntry } from './lineEntries';
import { chunkAt, documentAt, type PathSegment } from '../yaml/position';

/**
 * Where the cursor is in YAML terms, worked out from the text (indentation of the lines, and the
 * lexer's tokens for flow collections) rather than from the parse, which half-typed text distorts.
 */
export interface CursorContext {
  chunk: Chunk;
  doc: ManifestDocument | undefined;
  /** Line and column of the cursor. */
  line: number;
  character: number;
  /**
   * `key`: a key of the mapping at `path` is being typed (or an item of the sequence at `path`
   *        when `item` is set: the caller decides from the schema whether items are mappings).
   * `value`: the value at `path` is being typed.
   * `none`: inside a comment or a block scalar.
   */
  mode: 'key' | 'value' | 'none';
  path: PathSegment[];
  /** The text typed so far and the file offsets it spans (the range a completion replaces). */
  prefix: string;
  replaceStart: number;
  replaceEnd: number;
  /** Column of the key being typed (block style): children of an inserted key go 2 further. */
  column: number;
  /** The cursor follows `- ` on its line: the word may be a scalar item rather than a key. */
  item: boolean;
  /** Inside `{...}` / `[...]` (possibly opened lines above): insert one-line text only. */
  flow: boolean;
  /** Keys already present in the mapping being completed. */
  siblings: Set<string>;
  /** Scalar items already present in the list an item is being written to (`item`). */
  present: Set<string>;
  /** The text after the word already holds `:` (the key exists; replace its name only). */
  keyHasColon: boolean;
  /** Value mode right after `key:` with no space yet. */
  needsSpace: boolean;
}

interface Scanned {
  line: number;
  entry: LineEntry;
}

/** Entries of the lines above `line` (back to the chunk start), last first. */
function* entriesAbove(file: ParsedFile, line: number, firstLine: number): Generator<Scanned> {
  for (let l = line - 1; l >= firstLine; l--) {
    const entries = lineEntries(file.lines.lineText(l));
    for (let i = entries.length - 1; i >= 0; i--) yield { line: l, entry: entries[i] };
  }
}

/**
 * The path of the node an entry opens, found by walking back: the parent of an entry is the
 * nearest earlier entry at a smaller column, or for a `- ` item also a key at the same column
 * (`key:\n- item`). Returns undefined when an ancestor holds a block scalar (the cursor is in text).
 */
export function pathOfEntry(
  file: ParsedFile,
  entry: LineEntry,
  earlierOnLine: LineEntry[],
  line: number,
  firstLine: number,
): { path: PathSegment[]; siblings: Set<string> } | undefined {
  const segs: PathSegment[] = [];
  const siblings = new Set<string>();
  let cur: LineEntry = entry;
  let index = 0;
  let first = true;
  const visit = (x: LineEntry): boolean => {
    if (x.kind === 'scalar') return true;
    if (cur.kind === 'seq' && x.kind === 'seq' && x.col === cur.col) {
      index++;
      return true;
    }
    if (x.col < cur.col || (cur.kind === 'seq' && x.kind === 'key' && x.col === cur.col)) {
      if (x.kind === 'key' && x.value !== '' && isBlockScalarHeader(x.value)) return false;
      segs.push(cur.kind === 'seq' ? index : cur.kind === 'key' ? cur.key : '');
      cur = x;
      index = 0;
      first = false;
    } else if (first && x.kind === 'key' && x.col === cur.col) {
      siblings.add(x.key);
    }
    return true;
  };
  for (let i = earlierOnLine.length - 1; i >= 0; i--) if (!visit(earlierOnLine[i])) return undefined;
  for (const { entry: x } of entriesAbove(file, line, firstLine)) if (!visit(x)) return undefined;
  segs.push(cur.kind === 'seq' ? index : cur.kind === 'key' ? cur.key : '');
  return { path: segs.reverse(), siblings };
}

/** Keys at `col` on the lines after `line`, up to the end of the mapping. */
function siblingsBelow(file: ParsedFile, line: number, col: number, lastLine: number, into: Set<string>): void {
  for (let l = line + 1; l <= lastLine; l++) {
    const entries = lineEntries(file.lines.lineText(l));
    if (!entries.length) continue;
    if (entries[0].col < col) return;
    for (const e of entries) {
      if (e.col < col) return;
      if (e.kind === 'key' && e.col === col) into.add(e.key);
    }
  }
}

const WORD_AFTER = /^[^\s:,\]}#]*/;

export function cursorContext(file: ParsedFile, offset: number): CursorContext {
  const chunk = chunkAt(file, offset);
  const doc = documentAt(chunk, offset - chunk.offset);
  const position = file.lines.positionAt(offset);
  const line = position.line;
  const lineStart = file.lines.lineStart(line);
  const text = file.lines.lineText(line);
  const before = text.slice(0, position.character);
  const after = text.slice(position.character);
  const firstLine = file.lines.lineAt(chunk.offset);
  const lastLine = file.lines.lineAt(chunk.offset + Math.max(0, chunk.text.length - 1));
  const base = {
    chunk,
    doc,
    line,
    character: position.character,
    item: false,
    flow: false,
    siblings: new Set<string>(),
    present: new Set<string>(),
    keyHasColon: false,
    needsSpace: false,
  };
  const none: CursorContext = { ...base, mode: 'none', path: [], prefix: '', replaceStart: offset, replaceEnd: offset, column: 0 };
  if (/^(?:---|\.\.\.)(?:\s|$)|^%/.test(text) && position.character <= 3) return none;

  const flow = flowState(chunk.text, offset - chunk.offset, doc);
  if (flow.inComment) return none;
  if (flow.frames.length) return inFlow(file, none, flow, offset, firstLine, after);

  const entries = lineEntries(before);
  const last = entries[entries.length - 1];
  const earlier = entries.slice(0, -1);
  const wordAfter = WORD_AFTER.exec(after)![0];

  // `key: value|`
  if (last?.kind === 'key') {
    const owner = pathOfEntry(file, last, earlier, line, firstLine);
    if (!owner || isBlockScalarHeader(last.value)) return none;
    if (stripsToComment(before, last.valueCol)) return none;
    const prefix = before.slice(last.valueCol);
    return {
      ...base,
      mode: 'value',
      path: owner.path,
      prefix,
      replaceStart: lineStart + last.valueCol,
      replaceEnd: offset + (after.trimEnd().startsWith('#') ? 0 : stripTrailing(after).length),
      column: last.col,
      needsSpace: before.endsWith(':'),
    };
  }

  // A key being typed: an empty line, `  acc|`, `  - |`, `  - na|`.
  const column = last?.kind === 'scalar' ? last.col : position.character;
  if (last?.kind === 'scalar' && (last.text.startsWith('#') || /\s#/.test(last.text))) return none;
  const prefix = last?.kind === 'scalar' ? before.slice(last.col) : '';
  const item = last?.kind === 'seq' || (last?.kind === 'scalar' && entries[entries.length - 2]?.kind === 'seq');
  const virtual: LineEntry = { kind: 'key', col: column, key: '', keyEnd: column, value: '', valueCol: column };
  const lineBefore = last?.kind === 'scalar' ? earlier : entries;
  const owner = pathOfEntry(file, virtual, lineBefore, line, firstLine);
  if (!owner) return none;
  // When the cursor's line is a new item (`- `), its keys start fresh.
  const siblings = item ? new Set<string>() : owner.siblings;
  siblingsBelow(file, line, column, lastLine, siblings);
  const seq = lineBefore[lineBefore.length - 1];
  const present = item && seq?.kind === 'seq' ? listItems(file, line, seq.col, firstLine, lastLine) : new Set<string>();
  const keyHasColon = /^[^\s:#]*[ \t]*:(?:\s|$)/.test(after);
  return {
    ...base,
    mode: 'key',
    path: owner.path.slice(0, -1),
    prefix,
    replaceStart: offset - prefix.length,
    replaceEnd: offset + wordAfter.length,
    column,
    item,
    siblings,
    present,
    keyHasColon,
  };
}

/**
 * Inside flow collections: the path of the outermost one comes from the block structure of its
 * line (`spec: {`, `- [`, or a document that is one flow mapping), the rest from the lexer.
 */
function inFlow(file: ParsedFile, none: CursorContext, flow: FlowState, offset: number, firstLine: number, after: string): CursorContext {
  const base = none;
  const outer = flow.frames[0];
  const bracket = file.lines.positionAt(base.chunk.offset + outer.start);
  const lineText = file.lines.lineText(bracket.line);
  const entries = lineEntries(lineText.slice(0, bracket.character));
  const last = entries[entries.length - 1];
  let ownerPath: PathSegment[];
  if (last) {
    const owner = pathOfEntry(file, last, entries.slice(0, -1), bracket.line, firstLine);
    if (!owner || (last.kind === 'key' && isBlockScalarHeader(last.value))) return none;
    ownerPath = owner.path;
  } else {
    // The bracket opens its line: it is the value of the key above it (or the document).
    const virtual: LineEntry = {
      kind: 'key',
      col: bracket.character,
      key: '',
      keyEnd: bracket.character,
      value: '',
      valueCol: bracket.character,
    };
    const owner = pathOfEntry(file, virtual, [], bracket.line, firstLine);
    if (!owner) return none;
    ownerPath = owner.path.slice(0, -1);
  }
  const path = [...ownerPath, ...flow.frames.slice(1).map((f) => f.segment)];
  const top = flow.frames[flow.frames.length - 1];
  const wordAfter = WORD_AFTER.exec(after)![0];
  const common = {
    ...base,
    prefix: flow.word,
    replaceStart: base.chunk.offset + flow.wordStart,
    replaceEnd: offset + wordAfter.length,
    column: bracket.character,
    flow: true,
  };
  if (top.type === 'seq') return { ...common, mode: 'key', path: [...path, top.index], item: true, present: top.values };
  if (top.afterColon) {
    const rel = offset - base.chunk.offset;
    return { ...common, mode: 'value', path: [...path, top.key ?? ''], needsSpace: flow.word === '' && base.chunk.text[rel - 1] === ':' };
  }
  return { ...common, mode: 'key', path, siblings: top.keys, keyHasColon: /^[^\s:#,\]}]*[ \t]*:(?=[\s,\]}]|$)/.test(after) };
}

/** Scalar items of the block list whose `- ` is at `col`, around the cursor's line. */
function listItems(file: ParsedFile, line: number, col: number, firstLine: number, lastLine: number): Set<string> {
  const out = new Set<string>();
  const visit = (l: number): boolean => {
    const entries = lineEntries(file.lines.lineText(l));
    if (!entries.length) return true;
    if (entries[0].col < col || (entries[0].col === col && entries[0].kind !== 'seq')) return false;
    const item = entries[1];
    if (entries[0].col === col && item?.kind === 'scalar') out.add(unquote(item.text));
    return true;
  };
  for (let l = line - 1; l >= firstLine && visit(l); l--);
  for (let l = line + 1; l <= lastLine && visit(l); l++);
  return out;
}

function unquote(s: string): string {
  if (/^"(.*)"$/.test(s)) return s.slice(1, -1);
  if (/^'(.*)'$/.test(s)) return s.slice(1, -1).replace(/''/g, "'");
  return s;
}

function stripsToComment(before: string, valueCol: number): boolean {
  return /(?:^|\s)#/.test(before.slice(valueCol)) && !/["']/.test(before.slice(valueCol));
}

/** The rest of a value after the cursor, up to a comment. */
function stripTrailing(after: string): string {
  const hash = after.search(/\s#/);
  return (hash === -1 ? after : after.slice(0, hash)).trimEnd();
}
