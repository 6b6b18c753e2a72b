import type { ErrorObject } from 'ajv';

/** One thing wrong with a document, after ajv's raw errors are reduced to the most specific ones. */
export interface Issue {
  /** Document path of the offending value (array indices are numbers). */
  path: (string | number)[];
  keyword: string;
  params: Record<string, any>;
  /** The schema node holding the failing keyword (ajv's `parentSchema`). */
  schema: Record<string, any>;
  data: unknown;
}

function decodePointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Segments as numbers where the value they index is a list. */
function typedPath(value: unknown, segments: string[]): (string | number)[] {
  const out: (string | number)[] = [];
  let cur: any = value;
  for (const s of segments) {
    if (Array.isArray(cur)) {
      out.push(Number(s));
      cur = cur[Number(s)];
    } else {
      out.push(s);
      cur = cur && typeof cur === 'object' ? cur[s] : undefined;
    }
  }
  return out;
}

const BRANCHING = new Set(['anyOf', 'oneOf']);

/**
 * Reduce ajv's errors to what a user should read:
 * - the `if`/`else` wrapper of optional fields (null or the definition) adds nothing: dropped;
 * - for `anyOf`/`oneOf` ("matches none/several schemas") only the most specific branch is kept:
 *   branches that all fail on the value's type merge into one "expected X or Y" type issue,
 *   otherwise the branch whose errors reach deepest into the value wins;
 * - a type error hides the enum/format errors of the same value;
 * - exact duplicates go.
 */
export function toIssues(errors: readonly ErrorObject[], value: unknown): Issue[] {
  let list = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'then' && e.keyword !== 'else');
  const branching = list.filter((e) => BRANCHING.has(e.keyword));
  const dropped = new Set<ErrorObject>();
  // Innermost branching first so that nested anyOf are settled before the outer ones.
  branching.sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const br of branching) {
    if (dropped.has(br)) continue;
    dropped.add(br);
    const prefix = br.schemaPath + '/';
    const inner = list.filter((e) => !dropped.has(e) && e.schemaPath.startsWith(prefix) && e.instancePath.startsWith(br.instancePath));
    if (!inner.length) continue;
    for (const e of inner) dropped.add(e);
    const sameValue = inner.every((e) => e.instancePath === br.instancePath);
    if (sameValue && inner.every((e) => e.keyword === 'type')) {
      const types = [...new Set(inner.flatMap((e) => String(e.params.type).split(',')))];
      list.push({ ...inner[0], params: { type: types.join(',') }, parentSchema: { ...(inner[0].parentSchema as object), type: types } });
      continue;
    }
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of inner) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    // The branch that got furthest: errors deepest in the value, then one whose type matched the
    // value (its errors say more than "wrong type"), then the fewest errors.
    const depth = (es: ErrorObject[]) => Math.max(...es.map((e) => e.instancePath.split('/').length));
    const typeMiss = (es: ErrorObject[]) => Number(es.some((e) => e.keyword === 'type' && e.instancePath === br.instancePath));
    const best = [...byBranch.values()].sort((a, b) => depth(b) - depth(a) || typeMiss(a) - typeMiss(b) || a.length - b.length)[0];
    for (const e of best) dropped.delete(e);
  }
  list = list.filter((e) => !dropped.has(e));

  const typed = new Set(list.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of list) {
    if (e.keyword !== 'type' && typed.has(e.instancePath) && e.keyword !== 'required' && e.keyword !== 'additionalProperties') continue;
    const sig = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    issues.push({
      path: typedPath(value, decodePointer(e.instancePath)),
      keyword: e.keyword,
      params: e.params as Record<string, any>,
      schema: (e.parentSchema ?? {}) as Record<string, any>,
      data: e.data,
    });
  }
  return issues;
}
