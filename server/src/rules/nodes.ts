// The node helpers belong to the YAML layer (the model, the rules and the outline all read trees with them).
export * from '../yaml/nodes';
