export { buildGraph } from './build';
export type { Graph, GraphNode, GraphEdge, EdgeKind } from './types';
export { GRAPH_REQUEST, type GraphParams } from './protocol';
