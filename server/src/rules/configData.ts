import type { Node } from 'yaml';
import { entries, get, isBuiltin, keyNode, mapIn, stringValue } from './nodes';
import type { DocumentRule, Report } from './types';
import { t } from '../l10n';

// ValidateSecret and ValidateConfigMap (pkg/apis/core/validation/validation.go): keys, total size, and
// the keys each Secret type needs. A Secret's stringData is merged into data before validation.

const MAX_SIZE = 1024 * 1024;
const KEY = /^[-._a-zA-Z0-9]+$/;

function keyProblem(k: string): string | undefined {
  if (k.length > 253) return t`it is ${k.length} characters long, the limit is 253`;
  if (!KEY.test(k)) return t('a key has only letters, digits, "-", "_" and "."');
  if (k === '.' || k === '..' || k.startsWith('..')) return t('it may not be "." or start with ".."');
  return undefined;
}

/** The bytes a value stands for: data and binaryData are base64, stringData and ConfigMap data are text. */
function bytesOf(node: Node | null | undefined, base64: boolean): Buffer | undefined {
  const v = stringValue(node);
  if (v === undefined) return undefined;
  return base64 ? Buffer.from(v.replace(/\s+/g, ''), 'base64') : Buffer.from(v, 'utf8');
}

type Entries = ReturnType<typeof entries>;

function checkKeys(list: Entries, field: string, kind: string, report: Report) {
  for (const { key, pair } of list) {
    const p = keyProblem(key);
    if (p) report(pair.key, t`${kind} ${field} key "${key}" is not valid: ${p}`);
  }
}

const SECRET_KEYS: Record<string, string[]> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export const rule: DocumentRule = {
  id: 'k8s/config-data',
  title: 'ConfigMap and Secret keys, sizes and the keys a Secret type needs',
  severity: 'error',
  scope: 'document',
  doc:
    'ConfigMap and Secret keys have only letters, digits, `-`, `_` and `.` (at most 253, not `.`/`..`), a ConfigMap key is in data or binaryData but not both, and the whole object holds at most 1 MiB. ' +
    'Each Secret type needs its keys: `kubernetes.io/tls` tls.crt and tls.key, `kubernetes.io/dockerconfigjson` a JSON .dockerconfigjson, `kubernetes.io/dockercfg` a JSON .dockercfg, `kubernetes.io/ssh-auth` ssh-privatekey, ' +
    '`kubernetes.io/basic-auth` username or password, `kubernetes.io/service-account-token` the annotation kubernetes.io/service-account.name. (ValidateSecret, ValidateConfigMap.)',
  check(doc, report) {
    const root = doc.root;
    if (isBuiltin(doc, 'ConfigMap')) {
      // Each map's entries read once: a ConfigMap may hold 100,000 keys.
      const data = entries(mapIn(root, 'data'));
      const binary = entries(mapIn(root, 'binaryData'));
      checkKeys(data, 'data', 'ConfigMap', report);
      checkKeys(binary, 'binaryData', 'ConfigMap', report);
      const inData = new Set(data.map((e) => e.key));
      for (const { key, pair } of binary)
        if (inData.has(key)) report(pair.key, t`ConfigMap key "${key}" is in both data and binaryData: keep it in one of them`);
      const size =
        data.reduce((n, e) => n + e.key.length + (bytesOf(e.pair.value, false)?.length ?? 0), 0) +
        binary.reduce((n, e) => n + e.key.length + (bytesOf(e.pair.value, true)?.length ?? 0), 0);
      if (size > MAX_SIZE)
        report(
          keyNode(root, 'data') ?? keyNode(root, 'binaryData'),
          t`this ConfigMap holds ${size} bytes: the limit is 1 MiB (1048576); put large files in a volume or an image`,
        );
      return;
    }
    if (!isBuiltin(doc, 'Secret')) return;
    const data = entries(mapIn(root, 'data'));
    const stringData = entries(mapIn(root, 'stringData'));
    checkKeys(data, 'data', 'Secret', report);
    checkKeys(stringData, 'stringData', 'Secret', report);
    const values = new Map<string, { node: Node; bytes: Buffer | undefined }>();
    for (const { key, pair } of data) values.set(key, { node: pair.key as Node, bytes: bytesOf(pair.value, true) });
    for (const { key, pair } of stringData) values.set(key, { node: pair.key as Node, bytes: bytesOf(pair.value, false) });
    const size = [...values].reduce((n, [k, v]) => n + k.length + (v.bytes?.length ?? 0), 0);
    if (size > MAX_SIZE)
      report(keyNode(root, 'data') ?? keyNode(root, 'stringData'), t`this Secret holds ${size} bytes: the limit is 1 MiB (1048576)`);
    const typeNode = get(root, 'type');
    const type = stringValue(typeNode) ?? 'Opaque';
    const at = typeNode ?? keyNode(root, 'kind');
    for (const key of SECRET_KEYS[type] ?? []) {
      const v = values.get(key);
      if (!v) report(at, t`a ${type} Secret needs the key "${key}" under data or stringData`);
      else if (type === 'kubernetes.io/ssh-auth' && !v.bytes?.length)
        report(v.node, t('the ssh-privatekey of a kubernetes.io/ssh-auth Secret must not be empty'));
      else if (key.startsWith('.docker')) {
        try {
          JSON.parse(v.bytes?.toString('utf8') ?? '');
        } catch {
          report(v.node, t`"${key}" of a ${type} Secret must hold JSON (the registry credentials, as docker writes them)`);
        }
      }
    }
    if (type === 'kubernetes.io/basic-auth' && !values.has('username') && !values.has('password'))
      report(at, t('a kubernetes.io/basic-auth Secret needs "username" or "password" (or both) under data or stringData'));
    if (type === 'kubernetes.io/service-account-token') {
      const name = stringValue(get(mapIn(mapIn(root, 'metadata'), 'annotations'), 'kubernetes.io/service-account.name'));
      if (!name)
        report(
          at,
          t(
            'a kubernetes.io/service-account-token Secret needs the annotation kubernetes.io/service-account.name: the ServiceAccount whose token it holds',
          ),
        );
    }
  },
};
