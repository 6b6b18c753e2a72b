import { isPlaceholder } from './nodes';
import { namespacesMeet, selectorMatches, type ModelPod } from '../model';
import { fileLabel } from '../model/paths';
import { closest, didYouMean, quoteList } from './text';
import type { FileRule } from './types';
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
      const resolution = model.resolve(reference);
      if (resolution.status === 'resolved') continue;
      const doc = file.documents[from.fact.docIndex];
      if (!doc) continue;
      const namespace = from.identity.namespace;
      if (resolution.status === 'otherNamespace') {
        const other = resolution.elsewhere![0];
        report(
          doc,
          fact.span,
          t`this Service selects pods of namespace "${namespace}", but the pods its selector matches are in namespace "${other.identity.namespace}" (${other.identity.kind} "${other.identity.name}", ${fileLabel(uri, other.uri)}), so the Service would have no endpoints`,
        );
        continue;
      }
      const candidates = model.pods().filter((p) => namespacesMeet(p.object.identity.namespace, namespace));
      if (!candidates.length) continue;
      const wanted = fact.selector.entries;
      const unmet = (pod: ModelPod) =>
        wanted.filter((w) => !selectorMatches({ ...fact.selector!, labels: { [w.key]: w.value }, entries: [w] }, pod.pod.labels));
      // Point at what the closest pod lacks.
      const best = candidates.reduce((a, b) => (unmet(b).length < unmet(a).length ? b : a));
      const miss = unmet(best)[0];
      if (!miss) continue;
      const values = [...new Set(candidates.map((p) => p.pod.labels[miss.key]).filter((v): v is string => v !== undefined))];
      const guess = isPlaceholder(miss.value) ? undefined : closest(miss.value, values);
      const here = model.scopeName === t('this file') ? ' here' : '';
      const podLabels = values.length
        ? t`the pods${here} have ${miss.key}: ${quoteList(values, 'or')}`
        : t`no pod${here} has the label "${miss.key}"`;
      const owner = guess !== undefined ? candidates.find((p) => p.pod.labels[miss.key] === guess) : undefined;
      const where = owner && owner.object.uri !== uri ? ` (${fileLabel(uri, owner.object.uri)})` : '';
      const raw = doc.chunk.text.slice(miss.valueSpan.start, miss.valueSpan.end);
      const quote = (v: string) => (raw.startsWith('"') ? JSON.stringify(v) : raw.startsWith("'") ? `'${v.replace(/'/g, "''")}'` : v);
      report(
        doc,
        miss.valueSpan,
        t`this Service selects ${miss.key}: ${miss.value}, but no pod in ${model.scopeName} has that label (${podLabels}), so the Service would have no endpoints${didYouMean(guess).replace(/\?$/, `${where}?`)}`,
        {
          fixes:
            guess !== undefined
              ? [{ title: t`Change to "${guess}"`, edits: [{ ...miss.valueSpan, newText: quote(guess) }], preferred: true }]
              : undefined,
        },
      );
    }
  },
};
