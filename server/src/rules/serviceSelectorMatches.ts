import { entries, get, getIn, isPlaceholder, podSpecs, replaceScalar, scalarText } from './nodes';
import { documentFacts, namespaceOf, usableDocuments } from './fileDocs';
import { serviceSpec } from './serviceFields';
import { labelMatches, labelSet } from './workloadSelector';
import { closest, didYouMean, quoteList } from './text';
import type { FileRule } from './types';

export const rule: FileRule = {
  id: 'k8s/service-selector-matches',
  title: "A Service's selector matches pods of the file",
  severity: 'warning',
  scope: 'file',
  doc:
    "A Service sends traffic to the pods whose labels include all of its `selector`. When a file defines pods or pod templates (Pods, Deployments, StatefulSets, ...) " +
    'and a Service whose selector matches none of them (in the same namespace), the Service most likely has a typo and would have no endpoints. ' +
    'The problem is reported at the selector entry that the closest pod does not have, with a quick fix when a pod has a close value for that key. ' +
    'Files without pods are not checked: their pods may come from elsewhere.',
  check(file, report) {
    const docs = usableDocuments(file);
    const pods = docs.flatMap((doc) =>
      documentFacts(doc, 'pods', () =>
        podSpecs(doc).map((pod) => ({
          namespace: namespaceOf(doc),
          labels: labelSet(pod.template ? getIn(pod.template, 'metadata', 'labels') : getIn(doc.root, 'metadata', 'labels')),
        })),
      ),
    );
    if (!pods.length) return;
    // Pods by label (`key=value`), so a Service finds its pods without comparing it with every pod.
    const byLabel = new Map<string, Pod[]>();
    const loose: Pod[] = []; // pods with a placeholder label value may match anything
    for (const pod of pods) {
      for (const [key, value] of pod.labels) {
        if (isPlaceholder(value)) loose.push(pod);
        else {
          const list = byLabel.get(`${key}=${value}`);
          if (list) list.push(pod);
          else byLabel.set(`${key}=${value}`, [pod]);
        }
      }
    }
    for (const doc of docs) {
      const svc = documentFacts(doc, 'service', () => {
        const spec = serviceSpec(doc);
        const selector = entries(get(spec?.spec, 'selector'));
        return spec && selector.length
          ? { namespace: namespaceOf(doc), wanted: selector.map((entry) => ({ ...entry, value: scalarText(entry.pair.value) })) }
          : undefined;
      });
      if (!svc) continue;
      const { namespace, wanted } = svc;
      const visible = (p: Pod) => p.namespace === undefined || namespace === undefined || p.namespace === namespace;
      // A placeholder on either side (`app: ${APP}`) may match once filled in.
      const unmet = (labels: Map<string, string>) => wanted.filter(({ key, value }) => !labelMatches(labels.get(key), value));
      const fixed = wanted.find((w) => w.value !== undefined && !isPlaceholder(w.value));
      const likely = fixed ? [...(byLabel.get(`${fixed.key}=${fixed.value}`) ?? []), ...loose] : pods;
      if (likely.some((p) => visible(p) && unmet(p.labels).length === 0)) continue;
      const candidates = pods.filter(visible);
      if (!candidates.length) continue;
      // Point at what the closest pod lacks.
      const best = candidates.reduce((a, b) => (unmet(b.labels).length < unmet(a.labels).length ? b : a));
      const miss = unmet(best.labels)[0];
      const want = scalarText(miss.pair.value) ?? '';
      const values = [...new Set(candidates.map((p) => p.labels.get(miss.key)).filter((v): v is string => v !== undefined))];
      const guess = closest(want, values);
      const podLabels = values.length ? `the pods here have ${miss.key}: ${quoteList(values, 'or')}` : `no pod here has the label "${miss.key}"`;
      report(doc, miss.pair.value ?? miss.pair.key, `this Service selects ${miss.key}: ${want}, but no pod in this file has that label (${podLabels}), so the Service would have no endpoints${didYouMean(guess)}`, {
        fixes: guess && miss.pair.value ? [{ title: `Change to "${guess}"`, edits: [replaceScalar(miss.pair.value, guess)], preferred: true }] : undefined,
      });
    }
  },
};

interface Pod {
  namespace: string | undefined;
  labels: Map<string, string>;
}
