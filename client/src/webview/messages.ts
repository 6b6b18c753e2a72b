import type { Graph } from '../../../server/src/graph/types';

/** Extension → webview. */
export type ToWebview =
  { type: 'graph'; file: string; graph: Graph } | { type: 'empty'; reason: 'no-editor' } | { type: 'error'; file: string; message: string };

/** Webview → extension. */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number };
