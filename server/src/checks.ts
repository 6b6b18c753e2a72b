import type { ManifestDocument, ParsedFile } from './yaml/parse';
import type { Problem } from './problem';
import type { Settings } from './settings';

export interface CheckContext {
  settings: Settings;
  file: ParsedFile;
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
