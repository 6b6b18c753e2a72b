import type { ModelObject, ObjectFact } from './types';

/**
 * What other files' diagnostics can see of an object's facts: everything but where it is written
 * (spans, the document's index) and the graph's one-line details (images, sizes). A CustomResourceDefinition's
 * schema is not among the facts, so one changes whenever its document's text changes.
 */
function visible(fact: ObjectFact): string {
  return JSON.stringify(fact, (key, value) => (key === 'docIndex' || key === 'detail' || /span$/i.test(key) ? undefined : value));
}

/** Whether a file's objects look the same to other files before and after a change (same order, same facts). */
export function sameToOthers(before: readonly ModelObject[], after: readonly ModelObject[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((b, i) => {
    const a = after[i].fact;
    if (a === b.fact) return true; // the document's text did not change: its cached facts are reused
    if (a.defines || b.fact.defines) return false;
    return visible(a) === visible(b.fact);
  });
}
