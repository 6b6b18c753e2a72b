import type { Location, Model, ModelObject, ModelReference, PartFact } from '../model';
import { groupOf, type Target } from './at';

/** Where a thing is defined and where it is referred to, across the workspace. */
export interface Occurrences {
  declarations: Location[];
  references: Location[];
}

const key = (l: Location) => `${l.uri}\0${l.start}`;

function unique(list: Location[]): Location[] {
  const seen = new Set<string>();
  return list.filter((l) => !seen.has(key(l)) && !!seen.add(key(l)));
}

function ofObject(model: Model, object: ModelObject): Occurrences {
  return { declarations: [object.location], references: nameReferences(model, object).map((r) => r.location) };
}

/** The references that name this object (a selector selects its pods, it does not name it). */
export function nameReferences(model: Model, object: ModelObject): ModelReference[] {
  return model.referencesTo(object).filter((r) => r.type !== 'selector' && r.fact.name === object.identity.name);
}

function ofPart(model: Model, object: ModelObject, part: PartFact): Occurrences {
  return { declarations: [model.partLocation(object, part)], references: model.referencesTo(object, part).map((r) => r.location) };
}

const byPlace = (a: Location, b: Location) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start);

/** The occurrences of what the cursor is on, in file and text order; a reference stands for what it resolves to. */
export function occurrencesOf(model: Model, target: Target): Occurrences | undefined {
  const found = unsorted(model, target);
  return found && { declarations: unique(found.declarations).sort(byPlace), references: unique(found.references).sort(byPlace) };
}

function unsorted(model: Model, target: Target): Occurrences | undefined {
  switch (target.type) {
    case 'object':
      return ofObject(model, target.object);
    case 'part':
      return ofPart(model, target.object, target.part);
    case 'podLabel':
    case 'selectorLabel': {
      const group = groupOf(model, target)!;
      return { declarations: group.pods.map((p) => p.location), references: group.selectors.map((s) => s.location) };
    }
    case 'reference': {
      const resolution = model.resolve(target.reference);
      if (!resolution.targets.length) return { declarations: [], references: [target.reference.location] };
      if (target.reference.type === 'selector') {
        // The selector itself: the pod templates it selects.
        return { declarations: resolution.targets.map((t) => t.location), references: [target.reference.location] };
      }
      const all = resolution.targets.map((t) => (t.part ? ofPart(model, t.object, t.part) : ofObject(model, t.object)));
      return { declarations: unique(all.flatMap((o) => o.declarations)), references: unique(all.flatMap((o) => o.references)) };
    }
  }
}
