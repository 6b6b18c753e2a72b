import type { Diagnostic, Hover, MarkupContent, Position, Range } from 'vscode-languageserver-types';
import { severityName, type DiagnosticData } from './problem';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (r: Range, p: Position) =>
  !before(p, r.start) &&
  (before(p, r.end) ||
    (r.start.line === r.end.line && r.start.character === r.end.character && p.line === r.start.line && p.character === r.start.character));

/**
 * For clients that do not show diagnostics in the hover (Neovim): the problems at the position, each
 * with its fixes (the preferred one marked), above the usual documentation.
 */
export function withProblems(hover: Hover | null, diagnostics: Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter((d) => d.source === 'k8sense' && contains(d.range, position));
  if (!here.length) return hover;
  const parts = here.map((d) => {
    const fixes = (d.data as DiagnosticData | undefined)?.fixes ?? [];
    const fixLines = fixes.map((f) => `- Fix: ${f.title}${f.preferred ? ' (preferred)' : ''}`);
    return [`**${severityName(d.severity)}** \`${String(d.code)}\`: ${d.message}`, ...(fixLines.length ? ['', ...fixLines] : [])].join(
      '\n',
    );
  });
  const docs = hover ? markdownOf(hover) : '';
  return {
    contents: { kind: 'markdown', value: [...parts, ...(docs ? ['---', docs] : [])].join('\n\n') },
    range: hover?.range ?? here[0].range,
  };
}

function markdownOf(hover: Hover): string {
  const c = hover.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n\n');
  return (c as MarkupContent).value;
}
