import { isDeepStrictEqual } from 'node:util';
import type { ParsedFile } from '../yaml/parse';

/**
 * The formatter reads YAML 1.2, Kubernetes reads YAML 1.1: a reformatted file is only offered when
 * our own YAML 1.1 reader decodes it to the same documents, with the same values, as the original.
 */
export function sameMeaning(before: ParsedFile, after: ParsedFile): boolean {
  if (before.documents.length !== after.documents.length) return false;
  return before.documents.every((doc, i) => {
    const other = after.documents[i];
    if (other.doc.errors.length > 0) return false;
    const a = doc.toJS();
    const b = other.toJS();
    return !a.error && !b.error && isDeepStrictEqual(a.value, b.value);
  });
}
