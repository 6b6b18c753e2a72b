// The node helpers belong to the YAML layer (the model and the rules both read trees with them).
export * from '../yaml/nodes';
import { scalarValue } from '../yaml/nodes';

/**
 * A scalar's value as text, whatever YAML made of it (`80`, `true`, `0400`): what a message quotes and what
 * a quantity or name is parsed from. Undefined for no node, a mapping or a sequence, and for null.
 */
export function scalarString(node: unknown): string | undefined {
  const v = scalarValue(node);
  return v === undefined || v === null ? undefined : String(v);
}
