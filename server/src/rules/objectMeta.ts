import { dns1123Subdomain, qualifiedName } from '../k8s/names';
import { entries, get, itemsOf, keyNode, mapIn, mapItems, scalarValue, stringValue, scalarString } from './nodes';
import type { DocumentRule } from './types';
import { t } from '../l10n';

// ValidateObjectMeta and its helpers (staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go):
// generateName, namespace, annotation size, owner references, finalizers, managed fields.

const TOTAL_ANNOTATIONS = 256 * 1024;
const STANDARD_FINALIZERS = ['kubernetes', 'orphan', 'foregroundDeletion'];

export const rule: DocumentRule = {
  id: 'k8s/object-meta',
  title: 'metadata fields other than the name are valid',
  severity: 'error',
  scope: 'document',
  doc:
    'The metadata checks of ValidateObjectMeta (apimachinery): `generateName` is a valid name prefix, `namespace` a valid namespace name, the annotations hold at most 256 KiB in all, ' +
    'owner references have apiVersion, kind, name and uid and at most one is the controller, finalizers are qualified names (or a standard one) and not both orphan and foregroundDeletion, ' +
    "a Namespace's spec.finalizers are standard or qualified, managedFields entries use operation Apply or Update, fieldsType FieldsV1 and a manager of at most 128 characters.",
  check(doc, report) {
    const meta = mapIn(doc.root, 'metadata');
    if (!meta) return;
    const gen = get(meta, 'generateName');
    const g = stringValue(gen);
    if (g) {
      const problems = dns1123Subdomain(g.replace(/-+$/, '') || 'a');
      if (problems.length) report(gen, t`generateName "${g}" is not a valid name prefix: ${problems.join('; ')}`);
    }
    const ns = get(meta, 'namespace');
    const n = stringValue(ns);
    if (n && (n.length > 63 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n)))
      report(ns, t`namespace "${n}" is not a valid namespace name: lowercase letters, digits and "-", at most 63 characters`);
    const annotations = mapIn(meta, 'annotations');
    const size = entries(annotations).reduce((sum, e) => sum + e.key.length + (scalarString(e.pair.value) ?? '').length, 0);
    if (size > TOTAL_ANNOTATIONS)
      report(
        keyNode(meta, 'annotations'),
        t`the annotations of this object are ${size} bytes in all: the limit is 256 KiB (262144); keep large data in a ConfigMap`,
      );
    let controllers = 0;
    for (const { map, index } of mapItems(get(meta, 'ownerReferences'))) {
      for (const f of ['apiVersion', 'kind', 'name', 'uid']) {
        const v = get(map, f);
        if (v !== undefined && (scalarString(v) ?? '') === '') report(v, t`ownerReferences[${index}].${f} must not be empty`);
      }
      if (scalarValue(get(map, 'controller')) === true && ++controllers === 2)
        report(keyNode(map, 'controller'), t('only one owner reference can have controller: true'));
    }
    const finalizers = itemsOf(get(meta, 'finalizers')).map((f) => ({ node: f, v: stringValue(f) }));
    for (const { node, v } of finalizers) {
      if (!v || STANDARD_FINALIZERS.includes(v)) continue;
      const problems = qualifiedName(v);
      if (problems.length) report(node, t`finalizer "${v}" is not a valid name: ${problems.join('; ')}`);
    }
    const names = finalizers.map((f) => f.v);
    if (names.includes('orphan') && names.includes('foregroundDeletion'))
      report(
        keyNode(meta, 'finalizers'),
        t('finalizers orphan and foregroundDeletion cannot both be set: they ask for opposite deletions'),
      );
    if (doc.kind === 'Namespace') {
      for (const f of itemsOf(get(mapIn(doc.root, 'spec'), 'finalizers'))) {
        const v = stringValue(f);
        if (v && v !== 'kubernetes' && (!v.includes('/') || qualifiedName(v).length))
          report(f, t`Namespace finalizer "${v}" is neither the standard "kubernetes" nor a qualified name (example.com/name)`);
      }
    }
    for (const { map, index } of mapItems(get(meta, 'managedFields'))) {
      const op = get(map, 'operation');
      if (op !== undefined && !['Apply', 'Update'].includes(stringValue(op) ?? ''))
        report(op, t`managedFields[${index}].operation must be Apply or Update`);
      const ft = get(map, 'fieldsType');
      if (ft !== undefined && stringValue(ft) !== 'FieldsV1') report(ft, t`managedFields[${index}].fieldsType must be FieldsV1`);
      const manager = stringValue(get(map, 'manager'));
      if (manager && manager.length > 128)
        report(get(map, 'manager'), t`managedFields[${index}].manager is ${manager.length} characters long: the limit is 128`);
      else if (manager && /[\u0000-\u001f\u007f]/.test(manager))
        report(get(map, 'manager'), t`managedFields[${index}].manager has a control character: use printable characters only`);
      const sub = stringValue(get(map, 'subresource'));
      if (sub && sub.length > 256)
        report(get(map, 'subresource'), t`managedFields[${index}].subresource is ${sub.length} characters long: the limit is 256`);
    }
  },
};
