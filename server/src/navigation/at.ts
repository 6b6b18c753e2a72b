import type { LabelEntry, Location, Model, ModelObject, ModelPod, ModelReference, PartFact } from '../model';

/**
 * What the cursor is on, as the model knows it: an object's name, a part (a key, a port, a volume),
 * a reference, a label of a selector or of a pod template. Everything navigation does starts here.
 */
export type Target =
  | { type: 'object'; object: ModelObject; location: Location }
  | { type: 'part'; object: ModelObject; part: PartFact; location: Location }
  | { type: 'reference'; reference: ModelReference; location: Location }
  | { type: 'selectorLabel'; reference: ModelReference; entry: LabelEntry; on: 'key' | 'value'; location: Location }
  | { type: 'podLabel'; pod: ModelPod; entry: LabelEntry; on: 'key' | 'value'; location: Location };

const within = (l: Location, offset: number) => l.start <= offset && offset <= l.end;

export function targetAt(model: Model, uri: string, offset: number): Target | undefined {
  const object = model.objectAt(uri, offset);
  if (object && object.identity.name !== '' && within(object.location, offset))
    return { type: 'object', object, location: object.location };
  if (object) {
    for (const part of object.fact.parts) {
      const location = model.partLocation(object, part);
      if (within(location, offset)) return { type: 'part', object, part, location };
    }
    for (const pod of model.podsOf(object)) {
      const hit = labelEntryAt(model, object, pod.pod.labelEntries, offset);
      if (hit) return { type: 'podLabel', pod, ...hit };
    }
  }
  const reference = model.referenceAt(uri, offset);
  if (reference) return { type: 'reference', reference, location: reference.location };
  for (const r of model.referencesIn(uri)) {
    if (r.type !== 'selector' || !r.fact.selector || (object && r.from !== object)) continue;
    const hit = labelEntryAt(model, r.from, r.fact.selector.entries, offset);
    if (hit) return { type: 'selectorLabel', reference: r, ...hit };
  }
  return undefined;
}

function labelEntryAt(model: Model, object: ModelObject, entries: LabelEntry[], offset: number) {
  for (const entry of entries) {
    const key = model.spanLocation(object, entry.keySpan);
    if (within(key, offset)) return { entry, on: 'key' as const, location: key };
    const value = model.spanLocation(object, entry.valueSpan);
    if (within(value, offset)) return { entry, on: 'value' as const, location: value };
  }
  return undefined;
}

/** A label `key=value` and everything that keeps it matching: the pod templates that carry it and the selectors that select them by it. */
export interface LabelGroup {
  key: string;
  value: string;
  pods: { pod: ModelPod; entry: LabelEntry; location: Location }[];
  selectors: { reference: ModelReference; entry: LabelEntry; location: Location }[];
}

/**
 * Grown to a fixed point: a selector that selects one of the pods by this label joins, and so does
 * every other pod it selects that carries the label — renaming the value in all of them keeps
 * every match as it was.
 */
export function labelGroup(
  model: Model,
  key: string,
  value: string,
  seed: { pods?: ModelPod[]; selectors?: ModelReference[] },
): LabelGroup {
  const pods = new Set<ModelPod>(seed.pods ?? []);
  const selectors = new Set<ModelReference>(seed.selectors ?? []);
  const hasEntry = (r: ModelReference) => r.fact.selector?.entries.some((e) => e.key === key && e.value === value) ?? false;
  for (let changed = true; changed;) {
    changed = false;
    for (const pod of pods) {
      for (const s of model.selectorsOf(pod)) {
        if (!selectors.has(s) && hasEntry(s)) {
          selectors.add(s);
          changed = true;
        }
      }
    }
    for (const s of selectors) {
      for (const pod of model.podsSelectedBy(s)) {
        if (!pods.has(pod) && pod.pod.labels[key] === value) {
          pods.add(pod);
          changed = true;
        }
      }
    }
  }
  const byPlace = <T extends { location: Location }>(a: T, b: T) =>
    a.location.uri.localeCompare(b.location.uri) || a.location.start - b.location.start;
  return {
    key,
    value,
    pods: [...pods]
      .flatMap((pod) =>
        pod.pod.labelEntries
          .filter((e) => e.key === key && e.value === value)
          .map((entry) => ({ pod, entry, location: model.spanLocation(pod.object, entry.valueSpan) })),
      )
      .sort(byPlace),
    selectors: [...selectors]
      .flatMap((reference) =>
        (reference.fact.selector?.entries ?? [])
          .filter((e) => e.key === key && e.value === value)
          .map((entry) => ({ reference, entry, location: model.spanLocation(reference.from, entry.valueSpan) })),
      )
      .sort(byPlace),
  };
}

/** The label group a label target belongs to. */
export function groupOf(model: Model, target: Target): LabelGroup | undefined {
  if (target.type === 'podLabel') return labelGroup(model, target.entry.key, target.entry.value, { pods: [target.pod] });
  if (target.type === 'selectorLabel') return labelGroup(model, target.entry.key, target.entry.value, { selectors: [target.reference] });
  return undefined;
}
