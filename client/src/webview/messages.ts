import type { Graph, GraphRange } from '../../../server/src/graph/types';

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'graph';
      /** The active file's name (the header) and uri (its objects need no file line). */
      file: string;
      uri: string;
      graph: Graph;
      /** The workspace-relative path of every other file the graph draws objects of, by uri. */
      paths: Record<string, string>;
    }
  | { type: 'empty'; reason: 'no-editor' }
  | { type: 'error'; file: string; message: string };

/**
 * Webview → extension: `reveal` a line of the active file, or `open` another file of the graph at
 * an object's name.
 */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; line: number } | { type: 'open'; uri: string; range: GraphRange };
