import type { LocationLink } from 'vscode-languageserver-types';
import type { Location, Model } from '../model';
import { groupOf, targetAt } from './at';

const link = (origin: Location, target: Location): LocationLink => ({
  originSelectionRange: origin.range,
  targetUri: target.uri,
  targetRange: target.range,
  targetSelectionRange: target.range,
});

/**
 * Go to Definition from a reference: to the name of the object it names (or the key, port or
 * volume entry), in whatever file defines it; from a selector or one of its labels: to every pod
 * template it selects (at the label). Nothing for a reference the workspace does not resolve.
 */
export function definition(model: Model, uri: string, offset: number): LocationLink[] {
  const target = targetAt(model, uri, offset);
  if (!target) return [];
  if (target.type === 'selectorLabel') {
    const group = groupOf(model, target)!;
    const selected = new Set(model.podsSelectedBy(target.reference));
    return group.pods
      .filter((p) => selected.has(p.pod))
      .map((p) => link(target.location, model.spanLocation(p.pod.object, target.on === 'key' ? p.entry.keySpan : p.entry.valueSpan)));
  }
  if (target.type !== 'reference') return [];
  const resolution = model.resolve(target.reference);
  if (resolution.status !== 'resolved') return [];
  return resolution.targets.map((t) => link(target.location, t.location));
}
