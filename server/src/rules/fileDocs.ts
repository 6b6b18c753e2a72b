import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import { getIn, stringValue } from './nodes';

/** Documents that cross-document rules may read: parsed without YAML errors, not empty. */
export function usableDocuments(file: ParsedFile): ManifestDocument[] {
  return file.documents.filter((d) => !d.isEmpty && !d.doc.errors.length && d.root);
}

export function namespaceOf(doc: ManifestDocument): string | undefined {
  return stringValue(getIn(doc.root, 'metadata', 'namespace'));
}

/** Two objects can see each other unless both name different namespaces (unset = wherever it is applied). */
export function sameNamespace(a: ManifestDocument, b: ManifestDocument): boolean {
  const na = namespaceOf(a);
  const nb = namespaceOf(b);
  return na === undefined || nb === undefined || na === nb;
}

export function nameOf(doc: ManifestDocument): string | undefined {
  return stringValue(getIn(doc.root, 'metadata', 'name'));
}

/**
 * Facts a cross-document rule reads from one document, computed once and kept on the document: an
 * edit re-parses only the document it touched, so the other documents' facts survive it.
 */
export function documentFacts<T>(doc: ManifestDocument, name: string, compute: () => T): T {
  const key = `rules:facts:${name}`;
  if (doc.cache.has(key)) return doc.cache.get(key) as T;
  const value = compute();
  doc.cache.set(key, value);
  return value;
}
