import { isPlaceholder } from './nodes';
import { namespacesMeet, selectorMatches, type ModelPod } from '../model';
import { fileLabel } from '../model/paths';
import { closest, didYouMean, quoteList, unambiguous } from './text';
import type { FileRule, Report } from './types';
import type { LabelEntry, Model, ModelReference, SelectorFact } from '../model';
import { documentByIndex, type ManifestDocument } from '../yaml/parse';
import { memoized } from './memo';
import { t } from '../l10n';

export const rule: FileRule = {
  id: 'k8s/service-selector-matches',
  title: "A Service's selector matches pods in scope",
  severity: 'warning',
  scope: 'file',
  doc:
    'A Service sends traffic to the pods whose labels include all of its `selector`. When the files in scope define pods or pod templates (Pods, Deployments, StatefulSets, ...) ' +
    'and a Service whose selector matches none of them in its namespace, the Service most likely has a typo and would have no endpoints. ' +
    'The problem is reported at the selector entry that the closest pod does not have, with a quick fix when a pod has a close value for that key (and the file of that pod). ' +
    'A selector that matches only pods of another explicit namespace is reported naming both. When no file in scope defines pods, nothing is checked: the pods may come from elsewhere.',
  check(file, report, { model, uri }) {
    for (const reference of model.referencesIn(uri)) {
      const { fact, from } = reference;
      if (fact.type !== 'selector' || from.identity.kind !== 'Service' || from.fact.custom || !fact.selector?.entries.length) continue;
      const doc = documentByIndex(file, from.fact.docIndex);
      if (!doc) continue;
      // Silence holds while the pods it selects stay; a report names values of every pod.
      memoized(
        rule.id,
        fact,
        { model, uri },
        model.changedAt(reference),
        doc,
        report,
        (reportHere) => check(reference, doc, reportHere),
        model.podsChangedAt(),
      );
    }
    function check(reference: ModelReference, doc: ManifestDocument, report: Report): void {
      const { fact, from } = reference;
      if (!fact.selector) return;
      const resolution = model.resolve(reference);
      if (resolution.status === 'resolved') return;
      const namespace = from.identity.namespace;
      if (resolution.status === 'otherNamespace') {
        const other = resolution.elsewhere![0];
        report(
          fact.span,
          t`this Service selects pods of namespace "${namespace}", but the pods its selector matches are in namespace "${other.identity.namespace}" (${other.identity.kind} "${other.identity.name}", ${fileLabel(uri, other.uri)}), so the Service would have no endpoints`,
        );
        return;
      }
      const pods = podsIn(model, namespace);
      const candidates = pods.list;
      if (!candidates.length) return;
      const miss = closestPodMiss(model, fact.selector, pods);
      if (!miss) return;
      const byValue = pods.valuesOf(miss.key);
      const values = pods.valueList(miss.key);
      const guess = isPlaceholder(miss.value) ? undefined : closest(miss.value, values);
      const here = model.scopeName === t('this file') ? ' here' : '';
      const podLabels = values.length
        ? t`the pods${here} have ${miss.key}: ${quoteList(values, 'or')}`
        : t`no pod${here} has the label "${miss.key}"`;
      const owner = guess !== undefined ? byValue.get(guess) : undefined;
      const where = owner && owner.object.uri !== uri ? ` (${fileLabel(uri, owner.object.uri)})` : '';
      const raw = doc.chunk.text.slice(miss.valueSpan.start, miss.valueSpan.end);
      const quote = (v: string) => (raw.startsWith('"') ? JSON.stringify(v) : raw.startsWith("'") ? `'${v.replace(/'/g, "''")}'` : v);
      report(
        miss.valueSpan,
        t`this Service selects ${miss.key}: ${miss.value}, but no pod in ${model.scopeName} has that label (${podLabels}), so the Service would have no endpoints${didYouMean(guess).replace(/\?$/, `${where}?`)}`,
        {
          fixes:
            guess !== undefined
              ? [
                  {
                    title: t`Change to "${guess}"`,
                    edits: [{ ...miss.valueSpan, newText: quote(guess) }],
                    // Fix-all applies it unattended only when no other label value is as likely.
                    preferred: unambiguous(miss.value, guess, values),
                  },
                ]
              : undefined,
        },
      );
    }
  },
};

interface PodsIn {
  list: readonly ModelPod[];
  order: Map<ModelPod, number>;
  /** The values of a label key among these pods, each with the first pod carrying it, in pod order. */
  valuesOf(key: string): Map<string, ModelPod>;
  /** The same values as a list, one array per key (did-you-mean keeps its lower-cased copy). */
  valueList(key: string): string[];
}

/** The pods a Service of `namespace` can select, kept per model generation (every unmatched Service asks). */
const podsCache = new WeakMap<Model, { generation: number; byNamespace: Map<string, PodsIn> }>();
function podsIn(model: Model, namespace: string | undefined): PodsIn {
  let cache = podsCache.get(model);
  if (!cache || cache.generation !== model.generation)
    podsCache.set(model, (cache = { generation: model.generation, byNamespace: new Map() }));
  const key = namespace ?? '\0';
  let found = cache.byNamespace.get(key);
  if (!found) {
    const list = model.pods().filter((p) => namespacesMeet(p.object.identity.namespace, namespace));
    const values = new Map<string, Map<string, ModelPod>>();
    const lists = new Map<string, string[]>();
    found = {
      valueList(labelKey) {
        let list = lists.get(labelKey);
        if (!list) lists.set(labelKey, (list = Object.freeze([...this.valuesOf(labelKey).keys()]) as string[]));
        return list;
      },
      list,
      order: new Map(list.map((p, i) => [p, i])),
      valuesOf(labelKey) {
        let map = values.get(labelKey);
        if (!map) {
          map = new Map();
          for (const p of list) {
            const v = p.pod.labels[labelKey];
            if (v !== undefined && !map.has(v)) map.set(v, p);
          }
          values.set(labelKey, map);
        }
        return map;
      },
    };
    cache.byNamespace.set(key, found);
  }
  return found;
}

/**
 * The first selector entry that the closest pod (the one meeting the most entries, the first such
 * in scope order) lacks. Pods meeting an entry come from the model's label index, not a scan.
 */
function closestPodMiss(model: Model, selector: SelectorFact, pods: PodsIn): LabelEntry | undefined {
  const single = (w: LabelEntry): SelectorFact => ({ ...selector, labels: { [w.key]: w.value }, entries: [w] });
  const unmet = (pod: ModelPod) => selector.entries.filter((w) => !selectorMatches(single(w), pod.pod.labels));
  let best = pods.list[0];
  if (selector.form === 'map') {
    const met = new Map<ModelPod, number>();
    for (const w of selector.entries) {
      if (isPlaceholder(w.value)) continue; // met by every pod alike
      for (const p of model.podsMatching(single(w))) if (pods.order.has(p)) met.set(p, (met.get(p) ?? 0) + 1);
    }
    let most = 0;
    for (const [p, n] of met) if (n > most || (n === most && pods.order.get(p)! < pods.order.get(best)!)) [best, most] = [p, n];
  } else {
    let fewest = unmet(best).length;
    for (const pod of pods.list) {
      if (!fewest) break;
      const n = unmet(pod).length;
      if (n < fewest) [best, fewest] = [pod, n];
    }
  }
  return unmet(best)[0];
}
