import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { DiagnosticData } from './problem';
import type { ParsedFile } from './yaml/parse';
import { keepsParsing } from './fixCheck';

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * Quick fixes carried by the diagnostics that touch `range` (each check attaches its own fixes).
 * With the file's current parse, a fix that would leave it more broken is not offered.
 */
export function quickFixes(uri: string, range: Range, diagnostics: Diagnostic[], file?: ParsedFile): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'k8sense' || !intersects(diagnostic.range, range)) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      if (file && !keepsParsing(file, fix.edits)) continue;
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [uri]: fix.edits } },
      });
    }
  }
  return actions;
}
