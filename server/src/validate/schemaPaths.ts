import { getSchemaStore, type JSONSchema, type ResolvedSchema } from '../schema';

export type Path = (string | number)[];

/** Any ANY-typed node: the walk stops describing the schema past it. */
const OPEN: JSONSchema = {};

/** The schema at a document path below `root` (a built-in definition ref or a CRD's schema). */
export function schemaAtPath(root: JSONSchema, path: readonly (string | number)[]): ResolvedSchema | undefined {
  const store = getSchemaStore();
  let current = store.resolve(root);
  for (const seg of path) {
    let next: JSONSchema | undefined;
    if (typeof seg === 'number' || /^\d+$/.test(seg)) {
      if (current.items) next = current.items;
      else if (typeof current.additionalProperties === 'object') next = current.additionalProperties;
    } else if (current.properties && Object.prototype.hasOwnProperty.call(current.properties, seg)) next = current.properties[seg];
    else if (typeof current.additionalProperties === 'object') next = current.additionalProperties;
    if (next === undefined) {
      if (!current.preserveUnknownFields) return undefined;
      next = OPEN;
    }
    current = store.resolve(next);
  }
  return current;
}

/** The fields an object schema declares (none for maps and open objects). */
export function declaredFields(schema: ResolvedSchema | undefined): string[] {
  return schema?.properties ? Object.keys(schema.properties) : [];
}

export interface Placement {
  /** Path of the object where the field belongs; array items are `[]` in `label`. */
  label: string;
  /** Levels to move the field: negative = out (towards the top), positive = in. */
  levels: number;
}

/**
 * Where an unknown field would be valid nearby: in an enclosing object (written one level too deep,
 * e.g. `volumes` inside a container) or in a nested one (written too shallow, e.g. `containers`
 * directly under a Deployment's spec).
 */
export function findPlacement(root: JSONSchema, objectPath: Path, field: string, kindLabel: string): Placement | undefined {
  let up: Placement | undefined;
  for (let i = objectPath.length - 1; i >= Math.max(0, objectPath.length - 5); i--) {
    const ancestor = schemaAtPath(root, objectPath.slice(0, i));
    if (ancestor?.properties && Object.prototype.hasOwnProperty.call(ancestor.properties, field)) {
      up = { label: pathLabel(kindLabel, objectPath.slice(0, i)), levels: i - objectPath.length };
      break;
    }
  }
  const start = schemaAtPath(root, objectPath);
  let down: Placement | undefined;
  if (start?.properties) {
    const store = getSchemaStore();
    type Item = { schema: ResolvedSchema; rel: string[]; levels: number };
    let frontier: Item[] = [{ schema: start, rel: [], levels: 0 }];
    let visited = 0;
    for (let depth = 0; depth < 3 && !down && frontier.length; depth++) {
      const next: Item[] = [];
      for (const item of frontier) {
        for (const [name, sub] of Object.entries(item.schema.properties ?? {})) {
          if (name === 'status') continue; // written by Kubernetes, never where a user's field belongs
          let resolved = store.resolve(sub);
          let rel = [...item.rel, name];
          let levels = item.levels + 1;
          if (resolved.items) {
            resolved = store.resolve(resolved.items);
            rel = [...item.rel, `${name}[]`];
            levels++;
          }
          if (!resolved.properties || ++visited > 400) continue;
          if (Object.prototype.hasOwnProperty.call(resolved.properties, field)) {
            down = { label: [pathLabel(kindLabel, objectPath), ...rel].join('.'), levels };
            break;
          }
          next.push({ schema: resolved, rel, levels });
        }
        if (down) break;
      }
      frontier = next;
    }
  }
  if (up && down) return -up.levels <= down.levels ? up : down;
  return up ?? down;
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;

/** `Pod.spec.containers[0].ports[1]`; keys that are not identifiers are quoted: `Secret.data["tls.crt"]`. */
export function pathLabel(kindLabel: string, path: readonly (string | number)[]): string {
  let out = kindLabel;
  for (const seg of path) {
    if (typeof seg === 'number' || /^\d+$/.test(seg)) out += `[${seg}]`;
    else if (IDENT.test(seg)) out += `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
