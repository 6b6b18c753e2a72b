import type { Node } from 'yaml';
import { qualifiedName } from '../k8s/names';
import { entries, get, isBuiltin, itemsOf, keyNode, mapItems, stringValue } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

// ValidateStorageClass (pkg/apis/storage/validation) and ValidateTopologySelectorTerm (pkg/apis/core/validation).
// The schema requires `provisioner` and limits volumeBindingMode to its enum; reclaimPolicy's enum also has
// Recycle, which a StorageClass does not take.

const MAX_PARAMETERS = 512;
const MAX_PARAMETERS_SIZE = 256 * 1024;

export const rule: DocumentRule = {
  id: 'k8s/storage-class',
  title: 'StorageClasses name a provisioner and have valid parameters and topologies',
  severity: 'error',
  scope: 'document',
  doc:
    "A StorageClass's `provisioner` is a qualified name such as `ebs.csi.aws.com` or `kubernetes.io/no-provisioner`; `parameters` has at most 512 entries, " +
    '256 KiB in all, and no empty key; `reclaimPolicy` is `Delete` (the default) or `Retain` — `Recycle` is only for PersistentVolumes, and deprecated there; ' +
    'each `allowedTopologies` term lists a key once, with at least one value and no value twice, and no term is listed twice (ValidateStorageClass, ValidateTopologySelectorTerm).',
  check(doc, report) {
    if (!isBuiltin(doc, 'StorageClass', ['storage.k8s.io'])) return;
    const root = doc.root;
    const provisioner = get(root, 'provisioner');
    const p = stringValue(provisioner);
    if (p === '') report(provisioner, t('provisioner must not be empty: name the volume plugin or CSI driver, e.g. ebs.csi.aws.com'));
    else if (p && qualifiedName(p.toLowerCase()).length)
      report(provisioner, t`provisioner "${p}" is not a valid name: ${qualifiedName(p.toLowerCase()).join('; ')} (e.g. ebs.csi.aws.com)`);
    const params = entries(get(root, 'parameters'));
    if (params.length > MAX_PARAMETERS)
      report(keyNode(root, 'parameters'), t`parameters has ${params.length} entries: the limit is ${MAX_PARAMETERS}`);
    else {
      let size = 0;
      for (const { key, pair } of params) {
        if (key === '') report(pair.key as Node, t('a parameters key must not be empty'));
        size += key.length + (stringValue(pair.value) ?? '').length;
      }
      if (size > MAX_PARAMETERS_SIZE)
        report(keyNode(root, 'parameters'), t`parameters hold ${size} bytes of keys and values: the limit is 262144 (256 KiB)`);
    }
    const reclaim = get(root, 'reclaimPolicy');
    if (stringValue(reclaim) === 'Recycle')
      report(reclaim, t('reclaimPolicy Recycle is not supported for a StorageClass: use Delete (the default) or Retain'));
    const seenTerms: string[] = [];
    for (const { map: term, index } of mapItems(get(root, 'allowedTopologies'))) {
      const keys = new Set<string>();
      const shape: string[] = [];
      for (const { map: expr, index: j } of mapItems(get(term, 'matchLabelExpressions'))) {
        const where = `allowedTopologies[${index}].matchLabelExpressions[${j}]`;
        const keyValue = stringValue(get(expr, 'key'));
        if (keyValue !== undefined && keys.has(keyValue))
          report(get(expr, 'key'), t`${where}: key "${keyValue}" is already in this term: list its values in one expression`);
        if (keyValue !== undefined) keys.add(keyValue);
        const valuesNode = get(expr, 'values');
        const values = itemsOf(valuesNode);
        if (valuesNode !== undefined && values.length === 0)
          report(valuesNode, t`${where}.values is empty: list the topology values the volumes may use`);
        const seen = new Set<string>();
        for (const v of values) {
          const s = stringValue(v);
          if (s === undefined) continue;
          if (seen.has(s)) report(v, t`${where}.values lists "${s}" twice`);
          seen.add(s);
        }
        shape.push(`${keyValue}=${[...seen].sort().join(',')}`);
      }
      const id = shape.sort().join(';');
      if (shape.length && seenTerms.includes(id))
        report(
          keyNode(term, 'matchLabelExpressions') ?? term,
          t`allowedTopologies[${index}] repeats an earlier term: list each topology once`,
        );
      seenTerms.push(id);
    }
  },
};
