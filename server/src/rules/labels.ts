import type { YAMLMap } from 'yaml';
import { labelValue, qualifiedName } from '../k8s/names';
import { entries, get, getIn, isBuiltin, isPlaceholder, mapIn, mapItems, podSpecs, stringValue, walkMaps } from './nodes';
import { reasons } from './text';
import type { ManifestDocument } from '../yaml/parse';
import type { DocumentRule } from './types';
import { t } from '../l10n';

type MapKind = 'label' | 'annotation' | 'selector';

function metadataMaps(metadata: unknown, out: { map: YAMLMap | undefined; kind: MapKind }[]): void {
  out.push({ map: mapIn(metadata, 'labels'), kind: 'label' }, { map: mapIn(metadata, 'annotations'), kind: 'annotation' });
}

/** The label, annotation and label-selector maps of a document. */
function labelMaps(doc: ManifestDocument): { map: YAMLMap; kind: MapKind }[] {
  const out: { map: YAMLMap | undefined; kind: MapKind }[] = [];
  const root = doc.root;
  metadataMaps(get(root, 'metadata'), out);
  // Built-in kinds only; a CustomResourceDefinition's schema names "matchLabels" as a property.
  const builtin = (!doc.apiVersion?.includes('.') || doc.apiVersion.includes('.k8s.io/')) && doc.kind !== 'CustomResourceDefinition';
  if (builtin) {
    for (const pod of podSpecs(doc)) {
      if (pod.template) metadataMaps(get(pod.template, 'metadata'), out);
      out.push({ map: mapIn(pod.spec, 'nodeSelector'), kind: 'label' });
    }
    if (isBuiltin(doc, 'CronJob', ['batch'])) metadataMaps(getIn(root, 'spec', 'jobTemplate', 'metadata'), out);
    for (const { map } of mapItems(getIn(root, 'spec', 'volumeClaimTemplates'))) metadataMaps(get(map, 'metadata'), out);
    if (isBuiltin(doc, 'Service')) out.push({ map: mapIn(root, 'spec', 'selector'), kind: 'selector' });
    walkMaps(get(root, 'spec'), (map, path) => {
      if (path[path.length - 1] === 'matchLabels') out.push({ map, kind: 'selector' });
    });
  }
  return out.filter((m): m is { map: YAMLMap; kind: MapKind } => m.map !== undefined);
}

export const rule: DocumentRule = {
  id: 'k8s/labels',
  title: 'Label and annotation keys and label values are well-formed',
  severity: 'error',
  scope: 'document',
  doc:
    'Label and annotation keys (in `metadata`, pod templates, `nodeSelector`, `matchLabels` and Service selectors) are an optional prefix and a name, `prefix/name`: ' +
    'the prefix a DNS subdomain of at most 253 characters, the name at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit. ' +
    'Label values (and selector values) are empty or follow the same rule as the name, at most 63 characters. Annotation values are free text. ' +
    '(ValidateLabels, ValidateAnnotations, ValidateLabelSelector.)',
  check(doc, report) {
    for (const { map, kind } of labelMaps(doc)) {
      for (const { key, pair } of entries(map)) {
        if (isPlaceholder(key)) continue;
        const keyProblems = qualifiedName(key);
        const noun = kind === 'annotation' ? 'annotation' : kind === 'selector' ? t('selector label') : 'label';
        if (keyProblems.length) {
          report(
            pair.key,
            t`${noun} key "${key}" is not valid: ${reasons(keyProblems)}; a key is "name" or "prefix/name", e.g. app or app.kubernetes.io/name`,
          );
        }
        if (kind === 'annotation') continue;
        const value = stringValue(pair.value);
        if (value === undefined || isPlaceholder(value)) continue;
        const valueProblems = labelValue(value);
        if (valueProblems.length) {
          report(
            pair.value,
            t`${noun} value "${value}" (of ${key}) is not valid: ${reasons(valueProblems)} — labels are short identifiers; put longer text in an annotation`,
          );
        }
      }
    }
  },
};
