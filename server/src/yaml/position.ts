import type { Chunk, ManifestDocument, ParsedFile } from './parse';

/** A step of a path into a YAML tree: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** The chunk holding a file offset: a `---` line belongs to the chunk it opens. */
export function chunkAt(file: ParsedFile, offset: number): Chunk {
  let found = file.chunks[0];
  for (const chunk of file.chunks) {
    if (chunk.offset <= offset) found = chunk;
    else break;
  }
  return found;
}

/** The document of a chunk holding a chunk-relative offset (the last one past its end). */
export function documentAt(chunk: Chunk, relOffset: number): ManifestDocument | undefined {
  const docs = chunk.documents;
  for (const d of docs) {
    const range = d.doc.range;
    if (relOffset <= range[2]) return d;
  }
  return docs[docs.length - 1];
}
