import type { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/**
 * An open document's text as the editor changes it, for `TextDocuments`. The text is kept as
 * pieces (slices of the texts before and of what was typed) and joined once, when it is read:
 * vscode-languageserver-textdocument copies the whole text on every change (a `substring` of the
 * previous change's concatenation), so 200 back-to-back one-character edits of a 10,700-line file
 * cost more than validating it once. Offsets, positions and lines follow that package's rules
 * exactly (the LSP line model: `\n`, `\r\n`, `\r`); test/server/editedText.test.ts compares them.
 */
export class EditedText implements TextDocument {
  /** The text, as pieces in order; one piece once read. */
  private pieces: string[];
  private length: number;
  /** Offsets where lines start (undefined: computed from the text when asked). */
  private lineOffsets: number[] | undefined;
  /**
   * Typing on one line moves every later line's start: the move is kept here (lines from
   * `shiftFrom` on start `shiftBy` further than `lineOffsets` says) and applied in one pass only
   * when a change elsewhere or a reader of all lines needs it.
   */
  private shiftFrom = -1;
  private shiftBy = 0;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.pieces = [text];
    this.length = text.length;
  }

  /** `TextDocuments` configuration: create and update, as TextDocument.create/update. */
  static create(uri: string, languageId: string, version: number, content: string): EditedText {
    return new EditedText(uri, languageId, version, content);
  }

  static update(document: EditedText, changes: TextDocumentContentChangeEvent[], version: number): EditedText {
    document.update(changes, version);
    return document;
  }

  getText(range?: Range): string {
    if (this.pieces.length > 1) this.pieces = [this.pieces.join('')];
    const text = this.pieces[0];
    return range ? text.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : text;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.shifted();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEOL(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = this.lineStart(position.line);
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? this.lineStart(position.line + 1) : this.length;
    return this.beforeEOL(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.shifted();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.shifted();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return this.getText().substring(this.beforeEOL(next, lineOffsets[line]), next);
  }

  private update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range !== undefined) {
        const range = wellFormed(change.range);
        const startOffset = this.offsetAt(range.start);
        const endOffset = this.offsetAt(range.end);
        this.replace(startOffset, endOffset, change.text);
        const insertedEnd = startOffset + change.text.length;
        // A change that joins or splits a \r\n: the lines are counted again.
        if (
          (this.charCodeAt(startOffset - 1) === CR && this.charCodeAt(startOffset) === LF) ||
          (this.charCodeAt(insertedEnd - 1) === CR && this.charCodeAt(insertedEnd) === LF)
        ) {
          this.dropLines();
          continue;
        }
        const startLine = Math.max(range.start.line, 0);
        const endLine = Math.max(range.end.line, 0);
        const added = computeLineOffsets(change.text, false, startOffset);
        const diff = change.text.length - (endOffset - startOffset);
        // Within one line, without a line break: the later lines move, which is only noted.
        if (startLine === endLine && !added.length && (this.shiftFrom === -1 || this.shiftFrom === startLine + 1)) {
          if (diff !== 0 && startLine + 1 < this.getLineOffsets().length) {
            this.shiftFrom = startLine + 1;
            this.shiftBy += diff;
          }
          continue;
        }
        const lineOffsets = this.shifted();
        if (endLine - startLine === added.length) for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
        else if (added.length < 10000) lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
        else this.lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
        if (diff !== 0) {
          const offsets = this.lineOffsets!;
          for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
        }
      } else if (typeof change.text === 'string') {
        this.pieces = [change.text];
        this.length = change.text.length;
        this.dropLines();
      } else throw new Error('Unknown change event received');
    }
    this.version = version;
  }

  /** Replace [start, end) by `text`, splitting the pieces it falls in (slices share their text, none is copied). */
  private replace(start: number, end: number, text: string): void {
    const out: string[] = [];
    let at = 0;
    let placed = false;
    for (const piece of this.pieces) {
      const from = at;
      const to = at + piece.length;
      at = to;
      if (to <= start || from >= end) {
        // Wholly before or after the replaced span (an empty span at a piece boundary goes in before the next piece).
        if (!placed && from >= start) {
          if (text) out.push(text);
          placed = true;
        }
        out.push(piece);
        continue;
      }
      if (from < start) out.push(piece.slice(0, start - from));
      if (!placed) {
        if (text) out.push(text);
        placed = true;
      }
      if (to > end) out.push(piece.slice(end - from));
    }
    if (!placed && text) out.push(text);
    this.pieces = out.length ? out : [''];
    this.length += text.length - (end - start);
  }

  private charCodeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    let at = 0;
    for (const piece of this.pieces) {
      if (offset < at + piece.length) return piece.charCodeAt(offset - at);
      at += piece.length;
    }
    return NaN;
  }

  private beforeEOL(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEOL(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Where lines start, maybe without the pending shift (read them through lineStart, or take shifted()). */
  private getLineOffsets(): number[] {
    if (!this.lineOffsets) {
      this.lineOffsets = computeLineOffsets(this.getText(), true);
      this.shiftFrom = -1;
      this.shiftBy = 0;
    }
    return this.lineOffsets;
  }

  /** The lines are counted again from the text when next asked. */
  private dropLines(): void {
    this.lineOffsets = undefined;
    this.shiftFrom = -1;
    this.shiftBy = 0;
  }

  private lineStart(line: number): number {
    const offsets = this.getLineOffsets();
    return offsets[line] + (this.shiftFrom !== -1 && line >= this.shiftFrom ? this.shiftBy : 0);
  }

  /** Where lines start, the pending shift applied. */
  private shifted(): number[] {
    const offsets = this.getLineOffsets();
    if (this.shiftFrom !== -1) {
      for (let i = this.shiftFrom; i < offsets.length; i++) offsets[i] += this.shiftBy;
      this.shiftFrom = -1;
    }
    this.shiftBy = 0;
    return offsets;
  }
}

const CR = 13;
const LF = 10;
const isEOL = (c: number) => c === CR || c === LF;

function computeLineOffsets(text: string, atLineStart: boolean, textOffset = 0): number[] {
  const result = atLineStart ? [textOffset] : [];
  if (!text.includes('\r')) {
    // Native search: a whole document's lines are counted when it is opened.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) result.push(textOffset + i + 1);
    return result;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(textOffset + i + 1);
    }
  }
  return result;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}
