import { dns1123Subdomain } from '../k8s/names';

/** Kinds a "Create …" fix can write a valid skeleton of. */
const CREATABLE = new Set(['ConfigMap', 'Secret', 'PersistentVolumeClaim']);

/** YAML 1.1 words a plain key would be read as (a bool, a null): written quoted. */
const SPECIAL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9._-]*$/.test(key) && !SPECIAL.test(key) ? key : JSON.stringify(key);
}

/**
 * A skeleton document for a referenced object that exists nowhere: what its references need and
 * nothing more (the keys `configMapKeyRef` / `secretKeyRef` read, empty; a claim of 1Gi, ReadWriteOnce).
 * Undefined for other kinds, and for a name Kubernetes would refuse (the skeleton must validate).
 */
export function skeleton(kind: string, name: string, namespace: string | undefined, keys: string[]): string | undefined {
  if (!CREATABLE.has(kind) || dns1123Subdomain(name).length || (namespace !== undefined && dns1123Subdomain(namespace).length))
    return undefined;
  const meta = `metadata:\n  name: ${name}\n${namespace !== undefined ? `  namespace: ${namespace}\n` : ''}`;
  const entries = [...new Set(keys)].map((k) => `  ${yamlKey(k)}: ""\n`).join('');
  switch (kind) {
    case 'ConfigMap':
      return `apiVersion: v1\nkind: ConfigMap\n${meta}${entries ? `data:\n${entries}` : ''}`;
    case 'Secret':
      return `apiVersion: v1\nkind: Secret\n${meta}type: Opaque\n${entries ? `stringData:\n${entries}` : ''}`;
    default:
      return `apiVersion: v1\nkind: PersistentVolumeClaim\n${meta}spec:\n  accessModes:\n    - ReadWriteOnce\n  resources:\n    requests:\n      storage: 1Gi\n`;
  }
}

/** The text appended at the end of a file to add `document` as a new document after `---`. */
export function appendedDocument(fileText: string, document: string): string {
  const sep = fileText === '' || fileText.endsWith('\n') ? '' : '\n';
  return `${sep}---\n${document}`;
}
