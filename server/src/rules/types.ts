import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { Fix, Severity } from '../problem';
import type { At } from './nodes';
import type { Model } from '../model';

/** Where a file rule's references resolve: the model of the scope, holding the file under `uri`. */
export interface RuleScope {
  model: Model;
  uri: string;
}

export interface ReportOptions {
  fixes?: Fix[];
  /** Only for rules whose doc says so (e.g. an error on a Pod, a warning on a template). */
  severity?: Severity;
}

export type Report = (at: At, message: string, options?: ReportOptions) => void;
export type FileReport = (doc: ManifestDocument, at: At, message: string, options?: ReportOptions) => void;

interface RuleBase {
  /** `k8s/<name>`: the diagnostic code, and the key of `k8sense.rules` / `--rule`. */
  id: string;
  /** Default severity: error = the API server rejects it; warning = accepted but almost certainly a mistake; info = advice. */
  severity: Severity;
  /** Off unless `k8sense.rules` names the rule with a severity. */
  defaultOff?: boolean;
  /** Short title for docs/rules.md. */
  title: string;
  /** One paragraph (Markdown): what the rule enforces, and where Kubernetes enforces it. */
  doc: string;
}

/** A rule over one document: may read only that document. */
export interface DocumentRule extends RuleBase {
  scope: 'document';
  check(doc: ManifestDocument, report: Report): void;
}

/** A rule across the documents of a file (selectors, references). */
export interface FileRule extends RuleBase {
  scope: 'file';
  check(file: ParsedFile, report: FileReport, scope: RuleScope): void;
}

export type Rule = DocumentRule | FileRule;
