import type { CodeLens, Location as LspLocation } from 'vscode-languageserver-types';
import type { Location, Model, ModelObject } from '../model';
import { nameReferences } from './occurrences';
import { t } from '../l10n';

/** The client command a lens runs: VS Code's client opens a references peek at `position` with `locations`. */
export const SHOW_REFERENCES_COMMAND = 'k8sense.showReferences';

type LensKind = 'selects' | 'usedBy' | 'binding' | 'selectedBy';

interface LensData {
  uri: string;
  /** File offset of the object's name when the lens was made: the object it belongs to. */
  start: number;
  lens: LensKind;
}

const USED_BY_KINDS = new Set(['ConfigMap', 'Secret', 'PersistentVolumeClaim', 'ServiceAccount', 'StorageClass']);
const SELECTING_KINDS = new Set(['Service', 'NetworkPolicy', 'PodDisruptionBudget']);
const SELECTED_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

/** Which lenses each object of the file gets; their titles are computed on resolve. */
export function codeLenses(model: Model, uri: string): CodeLens[] {
  const out: CodeLens[] = [];
  for (const object of model.objectsIn(uri)) {
    if (object.identity.name === '' || object.fact.custom) continue;
    const kind = object.identity.kind;
    const lenses: LensKind[] = [];
    if (SELECTING_KINDS.has(kind) && model.referencesIn(uri).some((r) => r.from === object && r.type === 'selector'))
      lenses.push('selects');
    if (USED_BY_KINDS.has(kind)) lenses.push('usedBy');
    if (kind === 'PersistentVolumeClaim' || kind === 'PersistentVolume') lenses.push('binding');
    if (SELECTED_KINDS.has(kind) && object.fact.pods.length) lenses.push('selectedBy');
    for (const lens of lenses)
      out.push({ range: object.location.range, data: { uri, start: object.location.start, lens } satisfies LensData });
  }
  return out;
}

/** The lens's title and the peek it opens. A lens whose object is gone (the file changed) keeps no command. */
export function resolveCodeLens(model: Model, lens: CodeLens): CodeLens {
  const data = lens.data as LensData | undefined;
  const object = data ? model.objectsIn(data.uri).find((o) => o.location.start === data.start) : undefined;
  if (!data || !object) return { ...lens, command: { title: '', command: '' } };
  const { title, locations } = describe(model, object, data.lens);
  const lsp: LspLocation[] = [...locations]
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start))
    .map((l) => ({ uri: l.uri, range: l.range }));
  return {
    ...lens,
    command: lsp.length
      ? { title, command: SHOW_REFERENCES_COMMAND, arguments: [data.uri, object.location.range.start, lsp] }
      : { title, command: '' },
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;
const named = (o: ModelObject) => `${o.identity.kind} ${o.identity.name}`;

/** The objects by name when there are one or two, else counted by kind: "3 Deployments, 1 Ingress". */
function objectsText(objects: ModelObject[]): string {
  if (objects.length <= 2) return objects.map(named).join(', ');
  const byKind = new Map<string, number>();
  for (const o of objects) byKind.set(o.identity.kind, (byKind.get(o.identity.kind) ?? 0) + 1);
  return [...byKind].map(([kind, n]) => plural(n, kind)).join(', ');
}

function describe(model: Model, object: ModelObject, lens: LensKind): { title: string; locations: Location[] } {
  switch (lens) {
    case 'selects': {
      const selector = model.referencesIn(object.uri).find((r) => r.from === object && r.type === 'selector');
      const pods = selector ? model.resolve(selector).targets : [];
      const objects = [...new Set(pods.map((t) => t.object))];
      if (!objects.length) return { title: t('no pod matches'), locations: [] };
      const pod = objects.length === 1 && objects[0].identity.kind === 'Pod';
      return {
        title: pod ? `selects ${named(objects[0])}` : t`selects the pods of ${objectsText(objects)}`,
        locations: pods.map((t) => t.location),
      };
    }
    case 'usedBy': {
      const refs = nameReferences(model, object).filter((r) => r.fact.label !== 'claimRef'); // a PV's claimRef is its binding lens
      const users = [...new Set(refs.map((r) => r.from))];
      if (!users.length) return { title: t('not used by any object in the workspace'), locations: [] };
      const verb = object.identity.kind === 'PersistentVolumeClaim' ? t('mounted by') : t('used by');
      return { title: `${verb} ${objectsText(users)}`, locations: refs.map((r) => r.location) };
    }
    case 'binding': {
      if (object.identity.kind === 'PersistentVolumeClaim') {
        const bound = model.bindingOf(object);
        return bound
          ? { title: t`bound to PV ${bound.volume.identity.name}`, locations: [bound.volume.location] }
          : { title: t('no PersistentVolume in the workspace binds it'), locations: [] };
      }
      const claims = model.ofKind('PersistentVolumeClaim').filter((c) => model.bindingOf(c)?.volume === object);
      if (!claims.length) return { title: t('no claim in the workspace binds it'), locations: [] };
      return {
        title: claims.length === 1 ? t`bound by claim ${claims[0].identity.name}` : t`bound by ${plural(claims.length, 'claim')}`,
        locations: claims.map((c) => c.location),
      };
    }
    case 'selectedBy': {
      const selectors = model
        .podsOf(object)
        .flatMap((pod) => model.selectorsOf(pod))
        .filter((r) => r.from !== object);
      const by = [...new Set(selectors.map((r) => r.from))];
      if (!by.length) return { title: t('no Service or policy selects its pods'), locations: [] };
      return { title: t`selected by ${objectsText(by)}`, locations: [...new Set(selectors)].map((r) => r.location) };
    }
  }
}
