import { documentByIndex } from '../yaml/parse';
import type { ModelReference, Resolution } from '../model';
import { appendedDocument, skeleton } from './createTarget';
import { fileLabel } from '../model/paths';
import { isPlaceholder } from './nodes';
import { memoized } from './memo';
import { closest, didYouMean, quoteList, unambiguous } from './text';
import type { FileReport, FileRule, ReportOptions } from './types';
import type { Fix } from '../problem';
import { currentLocale, t } from '../l10n';

/** What a missing target means, by reference type. */
const CONSEQUENCE: Record<string, () => string> = {
  claim: () => t('the pod will not start until it exists'),
  configMap: () => t('the pod will not start until it exists'),
  secret: () => t('the pod will not start until it exists'),
  serviceAccount: () => t('the pod is not created until it exists'),
  service: () => t('nothing is routed until it exists'),
  persistentVolume: () => t('the claim stays Pending until it exists'),
  scaleTarget: () => t('the autoscaler has nothing to scale until it exists'),
  gateway: () => t('the route is attached to nothing until it exists'),
  gatewayClass: () => t('no controller programs the Gateway until it exists'),
  issuer: () => t('the certificate is not issued until it exists'),
};

/** References whose target often lives outside the files (a cluster's StorageClasses): only a near miss is worth saying. */
const NEAR_MISS_ONLY = new Set(['storageClass']);

export const rule: FileRule = {
  id: 'k8s/reference',
  title: 'References name objects that exist, in the right namespace',
  severity: 'warning',
  scope: 'file',
  doc:
    'Names that refer to another object are resolved across every file in scope (the workspace in the editor, all the files given to `k8sense check`): ' +
    "volumes, `env` and `envFrom` → ConfigMaps, Secrets and claims; `imagePullSecrets`, `serviceAccountName`, a StatefulSet's `serviceName`, Ingress backends and their ports, " +
    "a Service's named `targetPort` and probe ports → the containers' ports, `configMapKeyRef` / `secretKeyRef` keys, a claim's `volumeName` and `storageClassName`, an HPA's `scaleTargetRef`; Gateway API routes' `parentRefs` and `backendRefs` (and their ports), a Gateway's `gatewayClassName` and TLS `certificateRefs`, a cert-manager Certificate's `issuerRef`. " +
    'A name one or two edits from an existing one is a warning with the did-you-mean and the file where the target is (and a quick fix); ' +
    'the fix is preferred (so fix-all and `check --fix` apply it) only when it is unambiguous: the one name of that kind close enough, one edit away (or differing only in case), in the same namespace — otherwise it is offered and left to you; ' +
    'an object of that name in another namespace is a warning naming both (objects that name no namespace may be applied to any); ' +
    'an object that lacks the key or port named is a warning listing what it has; ' +
    'a name that exists nowhere in scope is an info, since the object may be created elsewhere; for a ConfigMap, Secret or claim it offers "Create …", which appends a skeleton document to the file (the keys `configMapKeyRef` / `secretKeyRef` read from it, the referrer\'s explicit namespace; never preferred). References marked `optional: true` are not checked.',
  check(file, report, { model, uri }) {
    // Built once per run, when a "Create …" needs it: a messy file has hundreds of missing targets.
    let keysRead: Map<string, string[]> | undefined;
    for (const reference of model.referencesIn(uri)) {
      const { fact, from } = reference;
      if (
        fact.optional ||
        fact.type === 'selector' ||
        fact.type === 'serviceSelector' ||
        fact.type === 'volume' ||
        fact.type === 'crd' ||
        fact.type === 'certificateSecret'
      )
        continue;
      const text = fact.part ?? fact.name ?? '';
      if (isPlaceholder(text) || (fact.name !== undefined && isPlaceholder(fact.name))) continue;
      if (fact.type === 'serviceAccount' && fact.name === 'default') continue;
      const doc = documentByIndex(file, from.fact.docIndex);
      if (!doc) continue;
      // "Create …" is added at each report, not memoized: it appends at the file's end and lists the keys
      // every reference in the file reads, which change without this reference's answer changing.
      const reportOrCreate: FileReport = (d, at, text, options) => {
        const create =
          options && OFFERS_CREATE.has(options)
            ? createFix(reference, (keysRead ??= keysReadIn(model.referencesIn(uri))), file.text, d.chunk.offset)
            : undefined;
        report(d, at, text, create ? { ...options, fixes: [create] } : options);
      };
      memoized(rule.id, fact, { model, uri }, model.changedAt(reference), doc, reportOrCreate, (reportHere) => {
        const resolution = model.resolve(reference);
        // A key or port of an object that is not found: the object's own reference says so.
        if (fact.part !== undefined && fact.name !== undefined && resolution.status !== 'missingPart') return;
        // A fix keeps the quote style of the name it replaces.
        const raw = doc.chunk.text.slice(fact.span.start, fact.span.end);
        const quote = (v: string) => (raw.startsWith('"') ? JSON.stringify(v) : raw.startsWith("'") ? `'${v.replace(/'/g, "''")}'` : v);
        const message = messageFor(resolution, uri, model.scopeName, quote);
        if (message) reportHere(fact.span, message.text, message.options);
      });
    }
  },
};

/** The reference types whose missing target a "Create …" fix can write, and the part references that name its keys. */
const CREATE_KEYS: Record<string, string | undefined> = { configMap: 'configMapKey', secret: 'secretKey', claim: undefined };

/** The report options of "missing" answers that offer "Create …" (kept by the memo, so identity holds on replay). */
const OFFERS_CREATE = new WeakSet<ReportOptions>();

/**
 * "Create …": appends a skeleton of the missing object to this file, with the keys this file's
 * `configMapKeyRef` / `secretKeyRef` read from it, in the referrer's namespace when it names one.
 * Offered, never preferred: the object may well be meant to come from elsewhere.
 */
function createFix(reference: ModelReference, keysRead: Map<string, string[]>, fileText: string, chunkOffset: number): Fix | undefined {
  const { fact, from } = reference;
  if (!(fact.type in CREATE_KEYS) || fact.name === undefined) return undefined;
  const namespace = fact.namespace ?? from.identity.namespace;
  const keyType = CREATE_KEYS[fact.type];
  const keys = keyType ? (keysRead.get(keyReadKey(keyType, fact.name, namespace)) ?? []) : [];
  const end = fileText.length - chunkOffset;
  // Kept per reference while what it is made of holds: a messy file offers hundreds, on every edit.
  const made = {
    end,
    keys: keys.join('\0'),
    separated: fileText === '' || fileText.endsWith('\n'),
    namespace,
    locale: currentLocale(),
  };
  const cached = createFixes.get(fact);
  if (cached && (Object.keys(made) as (keyof typeof made)[]).every((k) => cached.made[k] === made[k])) return cached.fix;
  const document = skeleton(fact.targetKind, fact.name, namespace, keys);
  const fix = document
    ? {
        title: t`Create ${fact.targetKind} "${fact.name}" in this file`,
        edits: [{ start: end, end, newText: appendedDocument(fileText, document) }],
      }
    : undefined;
  createFixes.set(fact, { made, fix });
  return fix;
}

const createFixes = new WeakMap<object, { made: Record<string, unknown>; fix: Fix | undefined }>();

const keyReadKey = (type: string, name: string, namespace: string | undefined) =>
  `${type}\0${name}\0${namespace === undefined ? '' : `=${namespace}`}`;

/** The keys the file's key references read, by reference type, object name and namespace (in file order). */
function keysReadIn(inFile: ModelReference[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of inFile) {
    const key = r.fact.part ?? '';
    if (r.fact.name === undefined || key === '' || isPlaceholder(key)) continue;
    const id = keyReadKey(r.fact.type, r.fact.name, r.fact.namespace ?? r.from.identity.namespace);
    const list = out.get(id);
    if (list) list.push(key);
    else out.set(id, [key]);
  }
  return out;
}

function messageFor(
  resolution: Resolution,
  uri: string,
  scopeName: string,
  quote: (v: string) => string,
): { text: string; options?: ReportOptions } | undefined {
  const replaceWith = (value: string, preferred: boolean): Fix => ({
    title: t`Change to "${value}"`,
    edits: [{ start: fact.span.start, end: fact.span.end, newText: quote(value) }],
    preferred,
  });
  const { reference, status } = resolution;
  const { fact, from } = reference;
  const kind = fact.targetKind;
  const name = fact.name ?? '';
  switch (status) {
    case 'resolved':
      return undefined;
    case 'nearMiss': {
      const s = resolution.suggestion!;
      return {
        text: t`no ${kind} named "${name}" in ${scopeName}${didYouMean(s.name).replace(/\?$/, '')} (${fileLabel(uri, s.location.uri)})?`,
        options: {
          fixes: [
            replaceWith(
              s.name,
              unambiguous(name, s.name, resolution.existing ?? []) && s.object.identity.namespace === from.identity.namespace,
            ),
          ],
        },
      };
    }
    case 'otherNamespace': {
      const other = resolution.elsewhere![0];
      const where = fileLabel(uri, other.uri);
      return {
        text: t`${kind} "${name}" is in namespace "${other.identity.namespace}" (${where}), but this ${from.identity.kind} is in namespace "${from.identity.namespace}": a ${kind} is only visible to objects of its own namespace`,
      };
    }
    case 'missingPart': {
      const existing = resolution.existing ?? [];
      // A port number one digit from another is no typo worth guessing at.
      const guess = /^\d+$/.test(fact.part ?? '') ? undefined : closest(fact.part ?? '', existing);
      const fixes = guess ? { fixes: [replaceWith(guess, unambiguous(fact.part ?? '', guess, existing))] } : undefined;
      if (fact.type === 'configMapKey' || fact.type === 'secretKey') {
        const has = existing.length ? t`it has ${quoteList(existing)}` : t('it has no keys');
        return { text: t`${kind} "${name}" has no key "${fact.part}" (${has})${didYouMean(guess)}`, options: fixes };
      }
      if (fact.type === 'servicePort') {
        const has = existing.length ? t`it has ${quoteList(existing)}` : t('it has no ports');
        return {
          text: t`Service "${name}" has no port ${/^\d+$/.test(fact.part ?? '') ? fact.part : `"${fact.part}"`} (${has})${didYouMean(guess)}`,
          options: fixes,
        };
      }
      if (fact.type === 'containerPort') {
        const whose = fact.pod !== undefined ? t('this container declares') : t('the containers of the pods this Service selects declare');
        const has = existing.length ? `${whose} ${quoteList(existing)}` : t`${whose} no named port`;
        return { text: t`no port named "${fact.part}" (${has})${didYouMean(guess)}`, options: fixes };
      }
      return undefined;
    }
    case 'missing': {
      const consequence = CONSEQUENCE[fact.type]?.();
      if (!consequence || NEAR_MISS_ONLY.has(fact.type) || fact.part !== undefined) return undefined;
      const existing = resolution.existing ?? [];
      const defined = existing.length ? t` (the ${kind}s there: ${quoteList(existing)})` : '';
      const options: ReportOptions = { severity: 'info' };
      if (fact.type in CREATE_KEYS) OFFERS_CREATE.add(options);
      return { text: t`no ${kind} named "${name}" in ${scopeName}${defined}: ${consequence}, unless it is created elsewhere`, options };
    }
  }
}
