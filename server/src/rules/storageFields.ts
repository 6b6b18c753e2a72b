import type { Node, YAMLMap } from 'yaml';
import { parseQuantity } from '../k8s/quantity';
import { dns1123Subdomain } from '../k8s/names';
import { entries, get, isBuiltin, itemsOf, keyNode, mapIn, scalarString, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// The PersistentVolume and PersistentVolumeClaim checks of ValidatePersistentVolumeSpec and
// ValidatePersistentVolumeClaimSpec (pkg/apis/core/validation/validation.go) beyond "has modes, size, source".

function checkModes(spec: YAMLMap, what: string, report: Report) {
  const modes = itemsOf(get(spec, 'accessModes')).map((m) => stringValue(m));
  if (modes.includes('ReadWriteOncePod') && modes.some((m) => m && m !== 'ReadWriteOncePod'))
    report(keyNode(spec, 'accessModes'), t`${what} uses ReadWriteOncePod with other access modes: ReadWriteOncePod must be the only one`);
}

function checkClassName(node: Node | undefined, field: string, report: Report) {
  const v = stringValue(node);
  if (v === undefined) return;
  if (v === '') {
    if (field === 'volumeAttributesClassName')
      report(node, t('volumeAttributesClassName must not be empty: leave it out, or name a VolumeAttributesClass'));
    return;
  }
  const problems = dns1123Subdomain(v);
  if (problems.length) report(node, t`${field} "${v}" is not a valid class name: ${problems.join('; ')}`);
}

function checkPositive(node: Node | undefined, what: string, report: Report) {
  const q = parseQuantity(scalarString(node) ?? '');
  if (q && q.value <= 0) report(node, t`${what} must be greater than zero, not ${q.text}`);
}

function checkDataSource(ref: YAMLMap | undefined, field: string, report: Report) {
  if (!ref) return;
  for (const f of ['name', 'kind']) {
    const n = get(ref, f);
    if (n === undefined || stringValue(n) === '') report(n ?? ref, t`${field}.${f} is required`);
  }
  const group = stringValue(get(ref, 'apiGroup')) ?? '';
  const kind = stringValue(get(ref, 'kind'));
  if (!group && kind && kind !== 'PersistentVolumeClaim')
    report(
      get(ref, 'kind'),
      t`${field}.kind "${kind}" needs an apiGroup (e.g. snapshot.storage.k8s.io for a VolumeSnapshot); without one it can only be PersistentVolumeClaim`,
    );
  if (group) {
    const problems = dns1123Subdomain(group);
    if (problems.length) report(get(ref, 'apiGroup'), t`${field}.apiGroup "${group}" is not a valid API group: ${problems.join('; ')}`);
  }
  const ns = get(ref, 'namespace');
  const v = stringValue(ns);
  if (v && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(v))
    report(ns, t`${field}.namespace "${v}" is not a valid namespace name (lowercase letters, digits and "-")`);
}

export const rule: DocumentRule = {
  id: 'k8s/storage-fields',
  title: 'PersistentVolume and claim fields are consistent',
  severity: 'error',
  scope: 'document',
  doc:
    'The checks of ValidatePersistentVolumeSpec and ValidatePersistentVolumeClaimSpec (pkg/apis/core/validation) beyond modes, size and source: ReadWriteOncePod stands alone, ' +
    "a PersistentVolume's capacity is only `storage` and above zero, as is a claim's storage request; class names are DNS subdomains and volumeAttributesClassName is not empty (and needs a CSI volume); " +
    'a hostPath volume of "/" cannot be recycled; nodeAffinity has a `required` term; a claim\'s dataSource and dataSourceRef name a kind and a name (an apiGroup unless the kind is PersistentVolumeClaim), ' +
    'agree with each other, and dataSource is not set with a cross-namespace dataSourceRef.',
  check(doc, report) {
    const spec = mapIn(doc.root, 'spec');
    if (!spec) return;
    if (isBuiltin(doc, 'PersistentVolume')) {
      checkModes(spec, t('this PersistentVolume'), report);
      const capacity = mapIn(spec, 'capacity');
      for (const { key, pair } of entries(capacity)) {
        if (key !== 'storage') report(pair.key, t`a PersistentVolume's capacity has only "storage", not "${key}"`);
        else checkPositive(pair.value as Node, 'capacity.storage', report);
      }
      checkClassName(get(spec, 'storageClassName'), 'storageClassName', report);
      const vac = get(spec, 'volumeAttributesClassName');
      checkClassName(vac, 'volumeAttributesClassName', report);
      if (stringValue(vac) && !get(spec, 'csi'))
        report(
          keyNode(spec, 'volumeAttributesClassName'),
          t('volumeAttributesClassName needs a CSI volume: only CSI drivers can change volume attributes'),
        );
      const hostPath = stringValue(get(mapIn(spec, 'hostPath'), 'path'));
      if (hostPath && hostPath.replace(/\/+$/, '') === '' && stringValue(get(spec, 'persistentVolumeReclaimPolicy')) === 'Recycle')
        report(
          get(spec, 'persistentVolumeReclaimPolicy'),
          t('a hostPath PersistentVolume of "/" cannot use Recycle: recycling would delete the node\'s root filesystem'),
        );
      const affinity = mapIn(spec, 'nodeAffinity');
      if (affinity && !get(affinity, 'required'))
        report(
          keyNode(spec, 'nodeAffinity'),
          t('nodeAffinity needs "required" (nodeSelectorTerms of the nodes that can reach this volume)'),
        );
    }
    if (isBuiltin(doc, 'PersistentVolumeClaim')) {
      checkModes(spec, t('this claim'), report);
      checkPositive(get(mapIn(mapIn(spec, 'resources'), 'requests'), 'storage'), 'resources.requests.storage', report);
      checkClassName(get(spec, 'storageClassName'), 'storageClassName', report);
      checkClassName(get(spec, 'volumeAttributesClassName'), 'volumeAttributesClassName', report);
      const ds = mapIn(spec, 'dataSource');
      const dsr = mapIn(spec, 'dataSourceRef');
      checkDataSource(ds, 'dataSource', report);
      checkDataSource(dsr, 'dataSourceRef', report);
      if (ds && dsr) {
        if (stringValue(get(dsr, 'namespace')))
          report(
            keyNode(spec, 'dataSource'),
            t('dataSource cannot be set when dataSourceRef names another namespace: keep only dataSourceRef'),
          );
        else if (['apiGroup', 'kind', 'name'].some((f) => (stringValue(get(ds, f)) ?? '') !== (stringValue(get(dsr, f)) ?? '')))
          report(
            keyNode(spec, 'dataSource'),
            t('dataSource and dataSourceRef name different objects: they must match (or keep only dataSourceRef)'),
          );
      }
    }
  },
};
