import { getSchemaStore, type PathSegment, type ResolvedSchema, type SchemaStore } from './store';

// How the schema of a field is shown to people (hover, completion): types as `kubectl explain`
// writes them, allowed values, descriptions.

/** The store, or undefined when the bundle cannot be loaded (completion then offers what it can without it). */
export function schemaStore(): SchemaStore | undefined {
  try {
    return getSchemaStore();
  } catch {
    return undefined;
  }
}

function shortName(definition: string): string {
  return definition.slice(definition.lastIndexOf('.') + 1);
}

/** A type in the notation `kubectl explain` uses: `string`, `[]Container`, `map[string]string`, `Quantity`. */
export function typeName(store: SchemaStore, s: ResolvedSchema, depth = 0): string {
  if (s.quantity) return 'Quantity';
  if (s.intOrString) return 'IntOrString';
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('array') && s.items && depth < 3) return `[]${typeName(store, store.resolve(s.items), depth + 1)}`;
  if (s.definitionName && (types.includes('object') || s.properties)) return shortName(s.definitionName);
  if (types.includes('object') || (!types.length && typeof s.additionalProperties === 'object')) {
    if (typeof s.additionalProperties === 'object' && depth < 3)
      return `map[string]${typeName(store, store.resolve(s.additionalProperties), depth + 1)}`;
    return 'Object';
  }
  if (types.length) return types.join(' | ');
  if (s.definitionName) return shortName(s.definitionName);
  return 'any';
}

export type Shape = 'object' | 'map' | 'array-object' | 'array-scalar' | 'scalar';

/** How a field is written in YAML: a mapping of known fields, a free map, a list of mappings or scalars, or a scalar. */
export function shapeOf(store: SchemaStore, s: ResolvedSchema): Shape {
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (s.quantity || s.intOrString) return 'scalar';
  if (types.includes('array')) {
    const items = s.items ? store.resolve(s.items) : undefined;
    return items && (items.properties || typeof items.additionalProperties === 'object') ? 'array-object' : 'array-scalar';
  }
  if (s.properties && Object.keys(s.properties).length) return 'object';
  if (types.includes('object') || typeof s.additionalProperties === 'object') return 'map';
  return 'scalar';
}

/** The values a field (or each item of a list field) may take, per the schema. */
export function allowedValues(store: SchemaStore, s: ResolvedSchema): { values: string[]; description?: string } {
  const own = s.enum?.filter((v): v is string => typeof v === 'string' && v !== '');
  if (own?.length) return { values: own, description: s.description };
  if (s.items) {
    const items = store.resolve(s.items);
    const values = items.enum?.filter((v): v is string => typeof v === 'string' && v !== '') ?? [];
    return { values, description: items.description };
  }
  return { values: [] };
}

/** The per-value explanations in a Kubernetes description ("Possible enum values: - `"X"` means ..."). */
export function enumDocs(description: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!description) return out;
  const i = description.indexOf('Possible enum values:');
  if (i === -1) return out;
  for (const m of description.slice(i).matchAll(/^ - `"([^"]*)"` (.+)$/gm)) out.set(m[1], m[2]);
  return out;
}

/** The description without its "Possible enum values" list (shown separately). */
export function mainDescription(description: string | undefined): string {
  if (!description) return '';
  const i = description.indexOf('Possible enum values:');
  return (i === -1 ? description : description.slice(0, i)).trim();
}

/** Field path for people: `PersistentVolumeClaim.spec.accessModes` (list indices dropped, as `kubectl explain` writes it). */
export function fieldPath(kind: string, path: readonly PathSegment[]): string {
  return [kind, ...path.filter((p): p is string => typeof p === 'string')].join('.');
}
