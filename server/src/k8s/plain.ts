/** Reading plain values (a document's `toJS()`) without trusting their shape: the file is being typed. */

export type Obj = Record<string, unknown>;

export function obj(value: unknown): Obj {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function at(value: unknown, ...path: (string | number)[]): unknown {
  let v = value;
  for (const p of path) v = typeof p === 'number' ? list(v)[p] : obj(v)[p];
  return v;
}
