import type { ManifestDocument, ParsedFile } from './yaml/parse';
import type { Problem } from './problem';
import type { Settings } from './settings';
import type { Model } from './model';

export interface CheckContext {
  settings: Settings;
  file: ParsedFile;
  /** The objects of the scope (the workspace, the CLI's files, or this file alone), holding this file under `uri`. */
  model: Model;
  uri: string;
}

/**
 * A check over one document. Its results are cached on the document (keyed by the settings), so
 * it must depend only on that document and the settings; checks that look across documents are
 * FileChecks.
 */
export interface DocumentCheck {
  id: string;
  check(doc: ManifestDocument, ctx: CheckContext): Problem[];
}

/** A check that reads several documents of the file (references, selectors, duplicates). */
export interface FileCheck {
  id: string;
  check(file: ParsedFile, ctx: CheckContext): { doc: ManifestDocument; problem: Problem }[];
}
