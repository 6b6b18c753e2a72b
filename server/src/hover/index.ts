import type { Hover, Position } from 'vscode-languageserver-types';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { Settings } from '../settings';
import { t } from '../l10n';
import { chunkAt, documentAt, nodeAt, type PathSegment } from '../yaml/position';
import { get, isLabelSelector, objectOf, type IndexedObject } from '../model/objectIndex';
import { fileScope, type Model } from '../model';
import { fileLabel } from '../model/paths';
import {
  allowedValues,
  bundledSchema,
  enumDocs,
  fieldPath,
  mainDescription,
  preferredAt,
  preferredVersion,
  schemaStore,
  splitApiVersion,
  targetRelease,
  typeName,
  type SchemaStore,
} from '../schema';
import { crdPlace, customSchema, documentSchema, schemaAt, type Identity, type SchemaPlace } from '../validate/documentSchema';
import { apiReferenceUrl, kindDoc } from '../k8s/kindDocs';
import { imageHover, quantityHover, scheduleHover } from './values';

/**
 * Hover: on a key, the field's documentation from the schema; on a value, what it means
 * (a kind, a quantity in bytes, a schedule in words, an image's parts, what a selector selects).
 */
export function hover(
  file: ParsedFile,
  position: Position,
  settings?: Partial<Settings>,
  now?: Date,
  scope?: { model: Model; uri: string },
): Hover | null {
  if (!file.chunks.length) return null;
  const offset = file.lines.offsetAt(position);
  const chunk = chunkAt(file, offset);
  const doc = documentAt(chunk, offset - chunk.offset);
  if (!doc || doc.isEmpty) return null;
  const at = nodeAt(doc.doc.contents, offset - chunk.offset);
  if (!at) return null;
  const store = schemaStore();
  const current = objectOf(doc);
  const id = { apiVersion: doc.apiVersion, kind: doc.kind };
  const parts: string[] = [];
  const value = at.on === 'value' && at.scalar ? at.scalar.value : undefined;
  const text = typeof value === 'string' || typeof value === 'number' ? String(at.scalar?.source ?? value) : undefined;
  const last = at.path[at.path.length - 1];

  const place: SchemaPlace = { file, doc, customResources: settings?.customResources, scope };
  if (at.on === 'value' && text !== undefined) {
    if (at.path.length === 1 && last === 'kind') parts.push(kindHover(store, text, id.apiVersion, file, settings, scope));
    else if (at.path.length === 1 && last === 'apiVersion') parts.push(apiVersionHover(store, text, id.kind, settings));
    else {
      const v = valueHover(store, id, at.path, text, current, place, now);
      if (v) parts.push(v);
    }
  }
  if (at.on === 'key' && store) {
    const k = keyHover(store, id, at.path, place);
    if (k) parts.push(k);
  }
  const { model, uri } = fileScope(file, scope);
  const selected = selectorHover(at.path, current, doc, model, uri, offset);
  if (selected) parts.push(selected);
  else if (at.on === 'value') {
    const target = referenceHover(model, uri, offset);
    if (target) parts.push(target);
  }
  if (!parts.length) return null;
  return {
    contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') },
    range: file.lines.range(chunk.offset + at.start, chunk.offset + at.end),
  };
}

function keyHover(store: SchemaStore, id: Identity, docPath: PathSegment[], place: SchemaPlace): string | undefined {
  const found = schemaAt(store, id, docPath, place);
  if (!found) return undefined;
  const { schema, target, path } = found;
  const parent = schemaAt(store, id, docPath.slice(0, -1), place);
  const key = path[path.length - 1];
  const required = typeof key === 'string' && !!parent?.schema.required.includes(key);
  const lines: string[] = [];
  lines.push(`**${fieldPath(target.kind, path)}** \`${typeName(store, schema)}\` — ${required ? t('required') : t('optional')}`);
  const description = mainDescription(schema.description);
  if (description) lines.push(description);
  const { values, description: valuesDescription } = allowedValues(store, schema);
  if (values.length) {
    const docs = enumDocs(valuesDescription);
    lines.push(`${t('Allowed values:')}\n${values.map((v) => `- \`${v}\`${docs.get(v) ? ` ${docs.get(v)}` : ''}`).join('\n')}`);
  }
  const def = defaultOf(schema.schema.default, schema.description);
  if (def !== undefined) lines.push(t('Default: {0}', `\`${def}\``));
  const explain = `kubectl explain ${[target.kind.toLowerCase(), ...path.filter((p) => typeof p === 'string')].join('.')}`;
  if (target.crd)
    lines.push(
      `${t('Defined by the CustomResourceDefinition `{0}` in {1}.', target.crd, target.crdPlace ?? t('this file'))} · \`${explain}\``,
    );
  else if (target.bundled) lines.push(`${t('Schema bundled with k8sense: {0}.', target.bundled)} · \`${explain}\``);
  else
    lines.push(
      `[${t('Kubernetes API reference')}](${apiReferenceUrl(target.apiVersion, target.kind, definitionFor(store, target, path))}) · \`${explain}\``,
    );
  return lines.join('\n\n');
}

/** The definition whose page section documents this field: the nearest enclosing named type. */
function definitionFor(store: SchemaStore, target: { apiVersion: string; kind: string }, path: PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const s = store.schemaAt(target.apiVersion, target.kind, path.slice(0, i));
    if (s?.definitionName) return s.definitionName;
  }
  return undefined;
}

/** The default from the schema, or the one the description states ("Defaults to ClusterIP."). */
function defaultOf(value: unknown, description: string | undefined): string | undefined {
  if (value !== undefined) return JSON.stringify(value);
  const m = /\bDefaults? (?:to|is) (?:"([^"]+)"|'([^']+)'|`([^`]+)`|([\w./-]+?))[.,;)\s]/.exec(description ?? '');
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : undefined;
}

function kindHover(
  store: SchemaStore | undefined,
  kind: string,
  apiVersion: string | undefined,
  file: ParsedFile,
  settings?: Partial<Settings>,
  scope?: { model: Model; uri: string },
): string {
  // What the kind is follows documentSchema's decision (validation's): a built-in kind, a custom
  // resource with a CRD or a bundled schema, or neither; its apiVersion is the target release's preferred one.
  const target = targetRelease(settings, store);
  const decided = documentSchema({ apiVersion, kind }, { targetVersion: target, file, scope, customResources: settings?.customResources });
  const preferred = store && !decided.custom ? preferredVersion(store, kind, target)?.info : undefined;
  const doc = decided.custom ? undefined : kindDoc(kind);
  const custom = apiVersion && decided.source?.type === 'crd' ? customSchema(file, apiVersion, kind, scope) : undefined;
  const bundled = decided.source?.type === 'bundled' ? decided.source.bundled : undefined;
  const lines = [`**${kind}**${preferred ? ` — \`apiVersion: ${preferred.apiVersion}\`` : ''}`];
  if (doc) lines.push(doc);
  else if (preferred) {
    const d = store?.definition(preferred.definition)?.description;
    if (d) lines.push(d);
  } else if (custom) {
    lines.push(t('A custom resource, defined by the CustomResourceDefinition `{0}` in {1}.', custom.crdName, crdPlace(custom, scope)));
    const d = custom.schema.description;
    if (typeof d === 'string' && d) lines.push(d);
  } else if (bundled && store) {
    lines.push(t('A custom resource of {0}; k8sense bundles its schema ({1}).', bundled.family.title, bundled.family.source));
    const d = store.resolve(bundledSchema(bundled)).description;
    if (d) lines.push(d);
  } else if (apiVersion && decided.custom && store?.kindsNamed(kind).length)
    lines.push(
      t(
        '{0} of `{1}` is a custom resource, not the built-in {0}; it needs a CustomResourceDefinition installed in the cluster.',
        kind,
        apiVersion,
      ),
    );
  else lines.push(t('{0} is not a built-in Kubernetes kind; it needs a CustomResourceDefinition installed in the cluster.', kind));
  if (preferred && apiVersion && (decided.none === 'not-served' || decided.none === 'group-typo'))
    lines.push(t('`{0}` does not serve {1}; use `{2}`.', apiVersion, kind, preferred.apiVersion));
  if (preferred) lines.push(`[${t('Kubernetes API reference')}](${apiReferenceUrl(preferred.apiVersion, kind)})`);
  return lines.join('\n\n');
}

function apiVersionHover(
  store: SchemaStore | undefined,
  apiVersion: string,
  kind: string | undefined,
  settings?: Partial<Settings>,
): string {
  const split = splitApiVersion(apiVersion);
  const group = split.group ? `\`${split.group}\`` : t('the core group');
  const lines = [t('**{0}**: version `{1}` of {2}.', apiVersion, split.version, group)];
  if (!kind || !store) return lines.join('\n\n');
  // The target release's word on this apiVersion (validation's deprecation), and the apiVersion to use instead.
  const target = targetRelease(settings, store);
  const decided = documentSchema({ apiVersion, kind }, { targetVersion: target });
  const { deprecation } = decided;
  const use = deprecation?.replacement ?? preferredAt(store, kind, target)?.info.apiVersion;
  if (deprecation?.status === 'removed')
    lines.push(
      use
        ? t('{0} was removed from `{1}` in Kubernetes {2}; use `{3}`.', kind, apiVersion, deprecation.removedIn ?? '?', use)
        : t('{0} was removed from `{1}` in Kubernetes {2}; there is no replacement API.', kind, apiVersion, deprecation.removedIn ?? '?'),
    );
  else if (deprecation?.status === 'deprecated')
    lines.push(t('{0} in `{1}` is deprecated since Kubernetes {2}.', kind, apiVersion, deprecation.deprecatedIn));
  else if (decided.none === 'not-served' || decided.none === 'group-typo')
    lines.push(t('`{0}` does not serve {1}; use `{2}`.', apiVersion, kind, preferredVersion(store, kind, target)?.info.apiVersion ?? '?'));
  return lines.join('\n\n');
}

const QUANTITY_PARENTS = new Set(['limits', 'requests', 'capacity', 'hard', 'allocatable', 'default', 'defaultRequest', 'max', 'min']);

function valueHover(
  store: SchemaStore | undefined,
  id: Identity,
  docPath: PathSegment[],
  text: string,
  current: IndexedObject | undefined,
  place: SchemaPlace,
  now?: Date,
): string | undefined {
  const found = store ? schemaAt(store, id, docPath, place) : undefined;
  const schema = found?.schema;
  // Within the object the value belongs to (a List item is an object of its own).
  const path = found?.path ?? docPath;
  const kind = found?.target.kind ?? id.kind;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (schema?.quantity || (typeof parent === 'string' && QUANTITY_PARENTS.has(parent)) || last === 'sizeLimit') {
    const q = quantityHover(text, typeof last === 'string' ? last : undefined);
    if (q) return q;
  }
  if (last === 'schedule' && kind === 'CronJob') {
    const zone = current && path.length === 2 ? get(current.value, [...docPath.slice(0, -2), 'spec', 'timeZone']) : undefined;
    return scheduleHover(text, typeof zone === 'string' ? zone : undefined, now);
  }
  if (last === 'image' && path.some((p) => p === 'containers' || p === 'initContainers' || p === 'ephemeralContainers'))
    return imageHover(text);
  if (schema?.enum?.length) {
    const doc = enumDocs(schema.description).get(text);
    if (doc) return `\`${text}\` ${doc}`;
  }
  return undefined;
}

/** On a selector (or inside one): the pods and pod templates of the scope it selects, with their files. */
function selectorHover(
  path: PathSegment[],
  current: IndexedObject | undefined,
  doc: ManifestDocument,
  model: Model,
  uri: string,
  offset: number,
): string | undefined {
  if (!current) return undefined;
  let selectorPath: PathSegment[] | undefined;
  for (let i = path.length; i >= 1 && !selectorPath; i--) if (isLabelSelector(path.slice(0, i), current)) selectorPath = path.slice(0, i);
  if (!selectorPath) return undefined;
  const object = model.objectAt(uri, offset);
  // The model's selector whose labels are in this mapping: a namespaceSelector or an affinity's
  // labelSelector selects no pods of the model, and the object's pod selector is not the one hovered.
  const range = (doc.doc.getIn(selectorPath, true) as { range?: [number, number, number] } | undefined)?.range;
  const inside = (span: { start: number }) => !!range && span.start >= range[0] && span.start < range[1];
  const reference =
    object &&
    model
      .referencesIn(uri)
      .find((r) => r.from === object && r.type === 'selector' && r.fact.selector?.entries.some((e) => inside(e.keySpan)));
  if (!object || !reference) return undefined;
  const matches: string[] = [];
  const own = model.podsOf(object);
  for (const pod of model.podsSelectedBy(reference)) {
    if (pod.object === object) continue;
    const where = pod.object.uri === uri ? '' : ` — ${fileLabel(uri, pod.object.uri)}`;
    matches.push(
      `- ${pod.object.identity.kind}/${pod.object.identity.name || '?'}${pod.object.identity.kind === 'Pod' ? '' : ` (${t('its Pod template')})`}${where}`,
    );
  }
  if (own.length && current.kind !== 'Pod' && current.kind !== 'Service') {
    const ok = own.some((p) => model.podsSelectedBy(reference).includes(p));
    matches.unshift(
      ok ? `- ${t("this object's own Pod template")}` : `- ⚠ ${t("not this object's own Pod template: its labels do not match")}`,
    );
  }
  if (!matches.length) return t('This selector matches no Pod or Pod template in {0}.', model.scopeName);
  return `${t('This selector matches:')}\n${matches.join('\n')}`;
}

/** On a name that refers to another object (a claimName, a ConfigMap, a Service): the target and its file. */
function referenceHover(model: Model, uri: string, offset: number): string | undefined {
  const reference = model.referenceAt(uri, offset);
  if (!reference || reference.type === 'selector') return undefined;
  const resolution = model.resolve(reference);
  const [first] = resolution.targets;
  if (first) {
    const what = first.part
      ? `${first.object.identity.kind}/${first.object.identity.name} \`${first.part.name ?? first.part.number ?? ''}\``
      : `${first.object.identity.kind}/${first.object.identity.name}`;
    return t(
      'Refers to {0}, defined in {1} (line {2}).',
      what,
      fileLabel(uri, first.location.uri),
      String(first.location.range.start.line + 1),
    );
  }
  if (resolution.status === 'nearMiss' && resolution.suggestion)
    return t(
      'No {0} named "{1}"; the closest is "{2}" in {3}.',
      reference.fact.targetKind,
      reference.fact.name ?? '',
      resolution.suggestion.name,
      fileLabel(uri, resolution.suggestion.location.uri),
    );
  return undefined;
}
