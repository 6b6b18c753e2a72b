/** The custom LSP request the graph preview sends: `{ uri }` → `Graph` (empty for files that are not open YAML). */
export const GRAPH_REQUEST = 'k8sense/graph';

export interface GraphParams {
  uri: string;
}
