import { visit, type YAMLError } from 'yaml';
import type { Chunk } from '../yaml/parse';
import { LineIndex } from '../yaml/lineIndex';
import type { Problem, Fix } from '../problem';
import { IndentLevels, indentContext, spaces } from './indentation';
import { isKnownFieldName } from './fieldNames';
import { duplicateKeyProblem } from './duplicateKeys';
import { tabIndents } from './tabs';
import { nonFiniteProblems, unresolvedAliasProblems } from './valueProblems';
import { TreeError } from '../yaml/treeCheck';
import { t } from '../l10n';

const CODE = 'yaml/syntax';
const INDENT_CODES = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
  'UNEXPECTED_TOKEN',
  'BAD_SCALAR_START',
]);

interface Lines {
  texts: string[];
  starts: number[];
  index: LineIndex;
  /** Built on the first indentation error. */
  levels?: IndentLevels;
}

/** The chunk's lines (without line ends) and where each starts. */
function splitLines(text: string): Lines {
  const index = new LineIndex(text);
  const texts: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < index.lineCount; i++) {
    starts.push(index.lineStart(i));
    texts.push(index.lineText(i));
  }
  return { texts, starts, index };
}

function lineOf(lines: Lines, offset: number): number {
  return lines.index.lineAt(offset);
}

/** Offset ranges of block and quoted scalars: lines inside them are text, not structure. */
function scalarTextRanges(chunk: Chunk): [number, number][] {
  const ranges: [number, number][] = [];
  for (const md of chunk.documents) {
    visit(md.doc, {
      Scalar(_key, node) {
        if (node.type !== 'PLAIN' && node.range) ranges.push([node.range[0], node.range[1]]);
      },
    });
  }
  return ranges;
}

const NO_SPACE = /^(\s*(?:-\s+)*)([A-Za-z_][A-Za-z0-9_]*):([^\s:/][^\n]*)$/;

/** `apiVersion:v1` or `- containerPort:8090`: a plain scalar where a key and value were meant. */
function missingSpaceProblems(lines: Lines, chunk: Chunk, errorLines: Set<number>): Map<number, Problem> {
  const found = new Map<number, Problem>();
  // Walking the documents for their text scalars costs more than the rest: only for a suspect line.
  let textRanges: [number, number][] | undefined;
  lines.texts.forEach((text, lineNo) => {
    const m = NO_SPACE.exec(text);
    if (!m) return;
    const [, lead, key, rest] = m;
    if (!isKnownFieldName(key) && !errorLines.has(lineNo)) return;
    if (/^["']/.test(rest) === false && /^\/\//.test(rest)) return;
    const start = lines.starts[lineNo] + lead.length;
    textRanges ??= scalarTextRanges(chunk);
    if (textRanges.some(([s, e]) => start >= s && start < e)) return;
    const colon = start + key.length + 1;
    const value = rest.replace(/\s+#.*$/, '');
    const fix: Fix = {
      title: t`Insert a space after "${key}:"`,
      edits: [{ start: colon, end: colon, newText: ' ' }],
      preferred: true,
    };
    found.set(lineNo, {
      start,
      end: start + key.length + 1 + value.length,
      severity: 'error',
      code: CODE,
      message: t`missing space after the colon in "${key}:${value}": YAML reads it as the text "${key}:${value}", not as the key "${key}" with a value — write "${key}: ${value}"`,
      fixes: [fix],
    });
  });
  return found;
}

function indentationProblem(lines: Lines, lineNo: number): Problem | undefined {
  const ctx = indentContext((lines.levels ??= new IndentLevels(lines.texts)), lineNo);
  if (!ctx || ctx.allowed.includes(ctx.indent)) return undefined;
  // Under a line that opens a block (`key:`), any deeper indentation starts the child block.
  if (ctx.opensBlockAt !== undefined && ctx.indent > ctx.opensBlockAt) return undefined;
  const target = ctx.allowed[0];
  const start = lines.starts[lineNo];
  const token = ctx.token.replace(/:$/, '');
  const prevNote =
    target === ctx.previousKeyColumn && ctx.previousKey
      ? t` to line up with "${ctx.previousKey}" on the line above`
      : t` to line up with the block it belongs to`;
  return {
    start: start + ctx.indent,
    end: start + lines.texts[lineNo].length,
    severity: 'error',
    code: CODE,
    message:
      t`"${token}" is indented ${spaces(ctx.indent)}, which matches no level of the mapping above it: ` +
      t`indent it ${spaces(target)}${prevNote}`,
    fixes: [
      {
        title: t`Indent "${token}" ${spaces(target)}`,
        edits: [{ start, end: start + ctx.indent, newText: ' '.repeat(target) }],
        preferred: true,
      },
    ],
  };
}

function tabProblem(lines: Lines, lineNo: number, indents: () => Map<number, number>): Problem {
  const text = lines.texts[lineNo];
  const lead = /^[ \t]*/.exec(text)![0];
  const start = lines.starts[lineNo];
  const tabAt = lead.indexOf('\t');
  const target = indents().get(lineNo) ?? lead.replace(/\t/g, '  ').length;
  return {
    start: start + tabAt,
    end: start + lead.length,
    severity: 'error',
    code: CODE,
    message: t`tab character used for indentation: YAML indents with spaces only — replace the tab with ${spaces(target)}`,
    fixes: [
      {
        title: t`Replace tabs with ${spaces(target)}`,
        edits: [{ start, end: start + lead.length, newText: ' '.repeat(target) }],
        preferred: true,
      },
    ],
  };
}

function keyTokenEnd(text: string, at: number): number {
  const m = /^(?:"[^"]*"|'[^']*'|[^:\s,}\]]+)/.exec(text.slice(at));
  return at + (m ? m[0].length : 1);
}

function genericMessage(err: YAMLError): string {
  const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '');
  return t`YAML syntax error: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/** Lines an error touches (and the line after each), marked in one pass however long the errors' spans. */
function linesWithErrors(lines: Lines, errors: YAMLError[]): Set<number> {
  if (!errors.length) return new Set();
  const delta = new Int32Array(lines.texts.length + 2);
  for (const err of errors) {
    delta[lineOf(lines, err.pos[0])]++;
    delta[lineOf(lines, Math.max(err.pos[0], err.pos[1] - 1)) + 2]--;
  }
  const out = new Set<number>();
  for (let l = 0, open = 0; l <= lines.texts.length; l++) {
    open += delta[l];
    if (open > 0) out.add(l);
  }
  return out;
}

/** Whether the map has a key in [first, last]: the cheaper of walking the span or the keys. */
function anyLineIn(map: Map<number, unknown>, first: number, last: number): boolean {
  if (map.size === 0) return false;
  if (last - first < map.size) {
    for (let l = first; l <= last; l++) if (map.has(l)) return true;
    return false;
  }
  for (const l of map.keys()) if (l >= first && l <= last) return true;
  return false;
}

/** Syntax problems of one chunk, with plain-language messages and fixes; chunk-relative offsets. */
export function syntaxProblems(chunk: Chunk): Problem[] {
  const lines = splitLines(chunk.text);
  const errors = chunk.documents.flatMap((d) => d.doc.errors);
  const errorLines = linesWithErrors(lines, errors);
  const noSpace = missingSpaceProblems(lines, chunk, errorLines);
  let tabTargets: Map<number, number> | undefined;
  const tabs = () => (tabTargets ??= tabIndents(lines.texts));
  const byLine = new Map<number, Problem>(noSpace);
  const problems: Problem[] = [];

  for (const err of errors) {
    const first = lineOf(lines, err.pos[0]);
    const last = lineOf(lines, Math.max(err.pos[0], err.pos[1] - 1));
    // A missing-space line explains every error it causes.
    if (anyLineIn(noSpace, first - 1, last)) continue;
    if (err.code === 'TAB_AS_INDENT') {
      if (!byLine.has(first)) byLine.set(first, tabProblem(lines, first, tabs));
      continue;
    }
    if (err instanceof TreeError) {
      const start = Math.min(err.pos[0], chunk.text.length);
      problems.push({
        start,
        end: Math.max(start, Math.min(err.pos[1], lines.starts[first] + lines.texts[first].length)),
        severity: 'error',
        code: CODE,
        message: err.message,
      });
      continue;
    }
    if (err.code === 'DUPLICATE_KEY') {
      problems.push(duplicateKeyProblem(chunk, err.pos[0], keyTokenEnd(chunk.text, err.pos[0])));
      continue;
    }
    if (INDENT_CODES.has(err.code)) {
      let explained = false;
      for (let l = first; l <= Math.min(last + 1, lines.texts.length - 1); l++) {
        if (byLine.has(l)) {
          explained = true;
          break;
        }
        const p = indentationProblem(lines, l);
        if (p) {
          byLine.set(l, p);
          explained = true;
          break;
        }
      }
      if (explained) continue;
    }
    if (anyLineIn(byLine, first, last)) continue;
    const start = Math.min(err.pos[0], chunk.text.length);
    problems.push({
      start,
      end: Math.max(start, Math.min(err.pos[1], chunk.text.length)),
      severity: 'error',
      code: CODE,
      message: genericMessage(err),
    });
  }
  // Documents whose structure parsed but whose values cannot be built (alias bombs, bad aliases).
  for (const md of chunk.documents) {
    if (md.doc.errors.length) continue;
    const { error } = md.toJS();
    if (error && /^Unresolved alias/.test(error)) {
      problems.push(...unresolvedAliasProblems(md));
    } else if (error) {
      const c = md.doc.contents;
      const start = c?.range?.[0] ?? 0;
      problems.push({
        start,
        end: Math.min(keyTokenEnd(chunk.text, start), chunk.text.length),
        severity: 'error',
        code: CODE,
        message: /alias/i.test(error)
          ? t`this document's aliases expand too far (${error}): k8sense stops expanding them — Kubernetes would reject the document too`
          : t`YAML error: ${error}`,
      });
    } else problems.push(...nonFiniteProblems(md, chunk.text));
  }
  return [...byLine.values(), ...problems].sort((a, b) => a.start - b.start);
}
