import type { Diagnostic } from 'vscode-languageserver-types';
import { severityName, type Severity } from '../problem';
import { printable } from './printable';
import { t } from '../l10n';

export interface FileReport {
  path: string;
  documents: number;
  diagnostics: Diagnostic[];
}

export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

/** The JSON contract other tools parse: 1-based lines and columns. */
export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: severityName(d.severity),
    code: String(d.code ?? ''),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

export function summarize(reports: FileReport[]) {
  let errors = 0;
  let warnings = 0;
  let documents = 0;
  for (const r of reports) {
    documents += r.documents;
    for (const d of r.diagnostics) {
      if (d.severity === 1) errors++;
      else if (d.severity === 2) warnings++;
    }
  }
  return { files: reports.length, documents, errors, warnings };
}

export function formatJson(reports: FileReport[]): string {
  return [...jsonPieces(reports)].join('');
}

/** Diagnostics per piece of the JSON output. */
export const JSON_PIECE = 1000;

/**
 * The JSON report in pieces, together the text JSON.stringify gives for { files, summary }: a 20 MB
 * input has some 50,000 diagnostics, and one string of them all (plus its copy on the way to stdout)
 * was the CLI's peak memory.
 */
export function* jsonPieces(reports: FileReport[]): Generator<string> {
  yield '{"files":[';
  for (const [i, r] of reports.entries()) {
    yield `${i ? ',' : ''}{"path":${JSON.stringify(r.path)},"diagnostics":[`;
    for (let start = 0; start < r.diagnostics.length; start += JSON_PIECE) {
      const piece = r.diagnostics.slice(start, start + JSON_PIECE).map((d) => JSON.stringify(toJsonDiagnostic(d)));
      yield `${start ? ',' : ''}${piece.join(',')}`;
    }
    yield ']}';
  }
  yield `],"summary":${JSON.stringify(summarize(reports))}}`;
}

// One key per English form: a translation need not pluralize the way English does.
const count = {
  errors: (n: number) => (n === 1 ? t('{0} error', n) : t('{0} errors', n)),
  warnings: (n: number) => (n === 1 ? t('{0} warning', n) : t('{0} warnings', n)),
  files: (n: number) => (n === 1 ? t('{0} file', n) : t('{0} files', n)),
  documents: (n: number) => (n === 1 ? t('{0} document', n) : t('{0} documents', n)),
};

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const j = toJsonDiagnostic(d);
      // JSON and SARIF escape what they quote; the terminal gets no raw control characters either.
      lines.push(printable(`${r.path}:${j.line}:${j.column}: ${j.severity} [${j.code}] ${j.message}`));
    }
  }
  const s = summarize(reports);
  lines.push(t`${count.errors(s.errors)}, ${count.warnings(s.warnings)} in ${count.files(s.files)} (${count.documents(s.documents)})`);
  return lines.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, for code-scanning upload. */
export function formatSarif(reports: FileReport[], version: string): string {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => String(d.code ?? ''))))].sort();
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'k8sense',
              version,
              informationUri: 'https://github.com/k8sense/k8sense',
              rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })),
            },
          },
          results: reports.flatMap((r) =>
            r.diagnostics.map((d) => {
              const j = toJsonDiagnostic(d);
              return {
                ruleId: j.code,
                ruleIndex: ruleIds.indexOf(j.code),
                level: SARIF_LEVEL[j.severity],
                message: { text: j.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: r.path === '-' ? 'stdin' : r.path.split('\\').join('/') },
                      region: { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn },
                    },
                  },
                ],
              };
            }),
          ),
        },
      ],
    },
    null,
    2,
  );
}
