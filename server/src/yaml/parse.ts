import { parseAllDocuments, isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import { YAML_OPTIONS, TO_JS_OPTIONS } from './yaml11';
import { LineIndex } from './lineIndex';
import { checkTree } from './treeCheck';
import { get, linkAliases } from './nodes';
import { t } from '../l10n';

/**
 * A file is split into chunks at `---` lines before the `yaml` package sees it: a chunk whose text
 * did not change keeps its parsed documents (and every result cached on them), so an edit costs
 * one document's parse and checks, not the file's.
 */
export interface Chunk {
  text: string;
  /** Offset of the chunk in the file (changes when earlier chunks change; everything below is chunk-relative). */
  offset: number;
  documents: ManifestDocument[];
  /** Results of per-chunk work (syntax problems), reused while the chunk text is unchanged. */
  cache: Map<string, unknown>;
}

export class ManifestDocument {
  /** Results of per-document checks, keyed by the check and its settings. */
  readonly cache = new Map<string, unknown>();
  private jsValue: { value: unknown; error?: string } | undefined;
  /** apiVersion and kind, read once: checks ask for them per document pair (the tree never changes). */
  private identity: { apiVersion: string | undefined; kind: string | undefined } | undefined;
  chunk!: Chunk;

  constructor(
    readonly doc: Document.Parsed,
    /** Index of the document in its chunk. */
    readonly indexInChunk: number,
  ) {}

  get offset(): number {
    return this.chunk.offset;
  }

  get root(): YAMLMap.Parsed | undefined {
    return isMap(this.doc.contents) ? (this.doc.contents as YAMLMap.Parsed) : undefined;
  }

  /** A top-level scalar string field, e.g. `apiVersion`. */
  topString(key: string): string | undefined {
    // As kubectl reads it: a duplicated key's last value, through aliases and << merges.
    const node = get(this.root, key);
    return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
  }

  hasTopKey(key: string): boolean {
    return this.root?.has(key) ?? false;
  }

  get apiVersion(): string | undefined {
    return (this.identity ??= { apiVersion: this.topString('apiVersion'), kind: this.topString('kind') }).apiVersion;
  }

  get kind(): string | undefined {
    return (this.identity ??= { apiVersion: this.topString('apiVersion'), kind: this.topString('kind') }).kind;
  }

  /** A document is treated as Kubernetes when it names a kind, or an apiVersion with metadata or spec. */
  get looksKubernetes(): boolean {
    const root = this.root;
    if (root && (root.has('kind') || (root.has('apiVersion') && (root.has('metadata') || root.has('spec'))))) return true;
    // A document too broken to parse into a mapping still counts when its text names a kind.
    return this.doc.errors.length > 0 && /^(?:kind|apiVersion)\s*:/m.test(this.chunk.text);
  }

  /**
   * YAML errors that leave the document's structure unreliable. A duplicate key is not one of them:
   * the tree is intact, and Kubernetes reports the object's other problems alongside it.
   */
  get hasStructuralErrors(): boolean {
    return this.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY');
  }

  get isEmpty(): boolean {
    const c = this.doc.contents;
    return c === null || (isScalar(c) && c.value === null && c.range[0] === c.range[1]);
  }

  /** The document as Kubernetes sees it (YAML 1.1 scalars, bounded aliases); `error` when it cannot be built. */
  toJS(): { value: unknown; error?: string } {
    if (!this.jsValue) {
      try {
        this.jsValue = { value: this.doc.toJS(TO_JS_OPTIONS) };
      } catch (err) {
        this.jsValue = { value: undefined, error: err instanceof Error ? err.message : String(err) };
      }
    }
    return this.jsValue;
  }
}

export interface ParsedFile {
  text: string;
  lines: LineIndex;
  chunks: Chunk[];
  documents: ManifestDocument[];
  /** Set when the file was not parsed (too large for interactive use): why. */
  skipped?: string;
  /** Set on one slice of a larger file (parseSlices): `chunks` and `documents` are the slice's only. */
  slice?: FileSlice;
}

/**
 * A run of whole documents of a file, parsed on its own so that only it is in memory (the CLI on a
 * 20 MB input). `text` and `lines` stay the whole file's, so every offset and position is exact.
 */
export interface FileSlice {
  /** Index in the whole file of the slice's first document: a model fact's `docIndex` minus this indexes `documents`. */
  firstDocument: number;
  /** What file checks carry from one slice to the next of the same file (the objects seen so far). */
  carry: Map<string, unknown>;
}

/** The document a fact's `docIndex` names, in a whole parse or in a slice (undefined: outside the slice). */
export function documentByIndex(file: ParsedFile, docIndex: number): ManifestDocument | undefined {
  return file.documents[docIndex - (file.slice?.firstDocument ?? 0)];
}

/**
 * Above this many characters the editor does not parse a file: at the `yaml` package's speed a
 * 20 MB file would stall every keystroke. (The CLI passes no limit.)
 */
export const EDITOR_MAX_LENGTH = 5 * 1024 * 1024;

/** The character after a line's `---` that makes it a document start: a blank, a line break, or the end of the text. */
const AFTER_DOC_START = new Set([undefined, ' ', '\t', '\r', '\n']);

/**
 * Split at lines that start a document: their content belongs to the chunk they open. Found by
 * searching for `\n---` (the file's first line never opens a second chunk), not line by line: the
 * split runs on every edit of a file of thousands of documents.
 */
export function splitChunks(text: string): { text: string; offset: number }[] {
  const chunks: { text: string; offset: number }[] = [];
  let start = 0;
  for (let at = text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 1)) {
    const lineStart = at + 1;
    if (!AFTER_DOC_START.has(text[lineStart + 3])) continue;
    chunks.push({ text: text.slice(start, lineStart), offset: start });
    start = lineStart;
  }
  chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

/** Chunks parsed, in total (tests check an edit parses the chunk it touched, and a scan or an open each chunk once). */
export const parseWork = { chunks: 0 };

/** Parse one chunk's text (lone CRs already read as line breaks). */
export function parseChunk(text: string, offset: number): Chunk {
  parseWork.chunks++;
  const chunk: Chunk = { text, offset, documents: [], cache: new Map() };
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, i) => {
    checkTree(doc);
    const md = new ManifestDocument(doc, i);
    md.chunk = chunk;
    // Before anything reads the tree: the model and the rules then see the same aliased values.
    linkAliases(md);
    chunk.documents.push(md);
  });
  return chunk;
}

// A lone CR ends a line for editors and kubectl, not for the `yaml` package: give it a `\n`
// in its place (same offsets). `text` and `lines` keep the file as the editor has it.
const yamlTextOf = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/**
 * Parse a whole file. Pass the previous parse of the same file to reuse every chunk whose text is
 * unchanged (only its offset is updated).
 */
export function parseFile(text: string, previous?: ParsedFile, maxLength = Infinity): ParsedFile {
  if (text.length > maxLength) {
    const mib = (text.length / (1024 * 1024)).toFixed(1);
    const limit = (maxLength / (1024 * 1024)).toFixed(0);
    const looksKubernetes = /^(?:kind|apiVersion)\s*:/m.test(text.slice(0, 65536));
    return {
      text,
      lines: new LineIndex(''),
      chunks: [],
      documents: [],
      skipped: looksKubernetes
        ? t`this file is too large for checking as you type (${mib} MB; the limit is ${limit} MB): run \`k8sense check\` on it instead, or split it`
        : '',
    };
  }
  const reusable = new Map<string, Chunk[]>();
  for (const chunk of previous?.chunks ?? []) {
    const list = reusable.get(chunk.text);
    if (list) list.push(chunk);
    else reusable.set(chunk.text, [chunk]);
  }
  const chunks = splitChunks(yamlTextOf(text)).map(({ text: chunkText, offset }) => {
    const old = reusable.get(chunkText)?.shift();
    if (old) {
      old.offset = offset;
      return old;
    }
    // A slice keeps the whole text it was cut from alive, and this chunk outlives that text (the
    // next edit reuses it): after an edit, a new chunk gets its own copy, so a long session holds the
    // first version and the newest, not one whole version per edited chunk.
    return parseChunk(previous ? ownCopy(chunkText) : chunkText, offset);
  });
  return {
    text,
    lines: new LineIndex(text),
    chunks,
    documents: chunks.flatMap((c) => c.documents),
  };
}

/**
 * The file parsed a slice at a time: runs of whole chunks of about `sliceLength` characters, each
 * parsed when the caller asks for it, so a caller that lets go of one slice before taking the next
 * holds one slice's syntax trees at most. Every slice shares `lines` (pass the LineIndex the model
 * holds for the file, so validation answers from that model) and `carry`.
 */
export function* parseSlices(
  text: string,
  lines: LineIndex,
  sliceLength: number,
  carry = new Map<string, unknown>(),
): Generator<ParsedFile> {
  let firstDocument = 0;
  let pending: { text: string; offset: number }[] = [];
  let length = 0;
  const slice = (): ParsedFile => {
    const chunks = pending.map((c) => parseChunk(c.text, c.offset));
    const documents = chunks.flatMap((c) => c.documents);
    const file: ParsedFile = { text, lines, chunks, documents, slice: { firstDocument, carry } };
    firstDocument += documents.length;
    pending = [];
    length = 0;
    return file;
  };
  for (const chunk of splitChunks(yamlTextOf(text))) {
    pending.push(chunk);
    length += chunk.text.length;
    if (length >= sliceLength) yield slice();
  }
  if (pending.length) yield slice();
}

/** A flat copy of `text`, not a slice of a larger string (V8 flattens the concatenation, then slices the copy). */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/** True when any document of the file looks like a Kubernetes object. */
export function looksLikeKubernetes(file: ParsedFile): boolean {
  return file.documents.some((d) => d.looksKubernetes);
}
