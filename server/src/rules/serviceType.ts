import { get, replaceScalar, stringValue } from './nodes';
import { dns1123Subdomain } from '../k8s/names';
import { serviceSpec } from './serviceFields';
import { missingByTypo } from './misspelled';
import { closest, didYouMean, reasons } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

export const rule: DocumentRule = {
  id: 'k8s/service-type',
  title: 'Service type and its companion fields agree',
  severity: 'error',
  scope: 'document',
  doc:
    "A Service's `type` is `ClusterIP` (the default), `NodePort`, `LoadBalancer` or `ExternalName`. An ExternalName Service needs `externalName`, a DNS name " +
    '(e.g. `db.example.com`), and has no cluster IP; `clusterIP: None` (a headless Service) is only possible with type ClusterIP (ValidateService).',
  check(doc, report) {
    const svc = serviceSpec(doc);
    if (!svc?.typeKnown) return;
    const typeNode = get(svc.spec, 'type');
    if (typeNode && !TYPES.includes(svc.type)) {
      const guess = closest(svc.type, TYPES);
      report(
        typeNode,
        t`Service type "${svc.type}" is not supported: use ClusterIP, NodePort, LoadBalancer or ExternalName${didYouMean(guess)}`,
        {
          fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(typeNode, guess)], preferred: true }] : undefined,
        },
      );
      return;
    }
    const externalNode = get(svc.spec, 'externalName');
    const externalName = stringValue(externalNode);
    if (svc.type === 'ExternalName') {
      if (!externalName) {
        if (!missingByTypo(svc.spec, 'externalName'))
          report(typeNode, t('an ExternalName Service needs "externalName": the DNS name it points to, e.g. db.example.com'));
      } else {
        const problems = dns1123Subdomain(externalName.replace(/\.$/, ''));
        if (problems.length) report(externalNode, t`externalName "${externalName}" is not a valid DNS name: ${reasons(problems)}`);
      }
      const clusterIP = get(svc.spec, 'clusterIP');
      const ip = stringValue(clusterIP);
      if (clusterIP && ip !== undefined && ip !== '') report(clusterIP, t('an ExternalName Service has no cluster IP: remove "clusterIP"'));
    }
    const clusterIPNode = get(svc.spec, 'clusterIP');
    if (svc.headless && svc.type !== 'ClusterIP' && svc.type !== 'ExternalName') {
      report(
        clusterIPNode,
        t`clusterIP: None (a headless Service) is only possible for type ClusterIP, and this Service is ${svc.type}: remove clusterIP, or use type ClusterIP`,
      );
    }
  },
};
