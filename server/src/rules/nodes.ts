// The node helpers belong to the YAML layer (the model and the rules both read trees with them).
export * from '../yaml/nodes';
