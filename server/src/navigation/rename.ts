import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Location, Model, ModelObject, ModelReference, PartFact } from '../model';
import { isPlaceholder } from '../yaml/nodes';
import { parseFile, type ParsedFile } from '../yaml/parse';
import {
  dns1123Label,
  dns1123Subdomain,
  ianaSvcName,
  labelValue,
  NAME_SYNTAX_WHAT,
  objectNameProblems,
  objectNameSyntax,
} from '../k8s/names';
import { groupOf, targetAt, type Target } from './at';
import { nodeAt } from '../yaml/position';
import { nameReferences } from './occurrences';
import { t } from '../l10n';

/** A rename that can go ahead: what is renamed, every place, and how a new name is checked. */
interface Plan {
  /** `ConfigMap "web"`, `container port "web"`, `label app=web`. */
  what: string;
  current: string;
  /** The name under the cursor. */
  at: Location;
  places: Location[];
  /** What is wrong with a new name (empty = fine), and what it must be. */
  check(name: string): string[];
  must: string;
  /** Said to the user before the rename (e.g. an immutable selector). */
  note?: string;
}

export type Refusal = { refused: string };
export type PrepareResult = { range: Range; placeholder: string; note?: string } | Refusal;

export function prepareRename(model: Model, uri: string, file: ParsedFile, offset: number): PrepareResult {
  const plan = planAt(model, uri, file, offset);
  if ('refused' in plan) return plan;
  return { range: innerRange(plan.at, plan.current), placeholder: plan.current, ...(plan.note ? { note: plan.note } : {}) };
}

export function rename(model: Model, uri: string, file: ParsedFile, offset: number, newName: string): { edit: WorkspaceEdit } | Refusal {
  const plan = planAt(model, uri, file, offset);
  if ('refused' in plan) return plan;
  const name = newName.trim();
  if (name === plan.current) return { edit: { changes: {} } };
  const problems = plan.check(name);
  if (problems.length)
    return { refused: t`"${name}" cannot be the new name of ${plan.what}: ${problems.join('; ')}; it must be ${plan.must}` };
  const changes: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const place of plan.places) {
    const id = `${place.uri}\0${place.start}`;
    if (seen.has(id)) continue;
    seen.add(id);
    (changes[place.uri] ??= []).push(editAt(place, plan.current, name));
  }
  for (const edits of Object.values(changes))
    edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  // Files in a stable order (the editor applies them as one edit either way).
  return { edit: { changes: Object.fromEntries(Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : 1))) } };
}

// ---- Plans ------------------------------------------------------------------------------------

const WORKLOAD_SELECTORS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

function planAt(model: Model, uri: string, file: ParsedFile, offset: number): Plan | Refusal {
  const target = targetAt(model, uri, offset);
  if (!target) return containerPlan(uri, file, offset) ?? { refused: whyNot(file, offset) };
  switch (target.type) {
    case 'object':
      return objectPlan(model, target.object, target.location);
    case 'part':
      return partPlan(model, [{ object: target.object, part: target.part }], target.location);
    case 'reference':
      return referencePlan(model, target.reference, target.location);
    case 'podLabel':
    case 'selectorLabel':
      return labelPlan(model, target);
  }
}

const describe = (o: ModelObject) => `${o.identity.kind} "${o.identity.name}"`;

function objectPlan(model: Model, object: ModelObject, at: Location): Plan | Refusal {
  const { kind, name, group } = object.identity;
  if (isPlaceholder(name)) return { refused: placeholder(name) };
  if (kind === 'Namespace')
    return {
      refused: t(
        'a Namespace is referred to by the metadata.namespace of every object in it, which k8sense does not rename: change those where you mean it',
      ),
    };
  if (kind === 'CustomResourceDefinition')
    return { refused: t('the name of a CustomResourceDefinition is fixed by its spec: <plural>.<group>') };
  const syntax = objectNameSyntax(group, kind);
  return {
    what: describe(object),
    current: name,
    at,
    places: [object.location, ...nameReferences(model, object).map((r) => r.location)],
    check: (n) => (syntax ? objectNameProblems(kind, syntax, n) : dns1123Subdomain(n)),
    must: NAME_SYNTAX_WHAT[syntax ?? 'subdomain'],
  };
}

const PART_RULES: Record<PartFact['type'], { what: string; check: (n: string) => string[]; must: string }> = {
  containerPort: {
    what: 'container port',
    check: ianaSvcName,
    must: 'an IANA service name (at most 15 lowercase letters, digits and "-", with at least one letter)',
  },
  servicePort: { what: 'Service port', check: dns1123Label, must: NAME_SYNTAX_WHAT.label },
  volume: { what: 'volume', check: dns1123Label, must: NAME_SYNTAX_WHAT.label },
  key: {
    what: 'key',
    check: (n) => [
      ...(n === '' ? [t('it is empty')] : []),
      ...(n.length > 253 ? [t`it is ${n.length} characters long, the limit is 253`] : []),
      ...(n && !CONFIG_KEY.test(n) ? [t('it may contain only letters, digits, "-", "_" and "."')] : []),
    ],
    must: 'a key of letters, digits, "-", "_" and "." (at most 253 characters)',
  },
};

/**
 * Parts are renamed together with every reference to them, and with the other parts those
 * references also reach (a Service targetPort names the port of every pod it selects).
 */
function partPlan(model: Model, seed: { object: ModelObject; part: PartFact }[], at: Location): Plan | Refusal {
  const { object, part: first } = seed[0];
  if (first.name === undefined) {
    return {
      refused:
        first.type === 'containerPort' || first.type === 'servicePort'
          ? t('this port has no name: references give its number; add a `name:` to refer to it by name')
          : t('this has no name to rename'),
    };
  }
  const name = first.name;
  if (isPlaceholder(name)) return { refused: placeholder(name) };
  const parts = new Map<PartFact, ModelObject>(seed.map((s) => [s.part, s.object]));
  const references = new Set<ModelReference>();
  for (let changed = true; changed;) {
    changed = false;
    for (const [part, owner] of [...parts]) {
      for (const r of model.referencesTo(owner, part)) {
        if (r.fact.part !== name || references.has(r)) continue;
        references.add(r);
        changed = true;
        for (const t of model.resolve(r).targets) if (t.part && t.part.name === name && !parts.has(t.part)) parts.set(t.part, t.object);
      }
    }
  }
  const rule = PART_RULES[first.type];
  const owners = [...new Set(parts.values())];
  const where = first.type === 'key' ? ` of ${describe(object)}` : '';
  let note: string | undefined;
  if (first.type === 'key') {
    const envFrom = nameReferences(model, object).filter((r) => r.fact.label === 'envFrom');
    if (envFrom.length)
      note = t`${describe(object)} is read whole by envFrom in ${[...new Set(envFrom.map((r) => describe(r.from)))].join(', ')}: the environment variable "${name}" is renamed with the key`;
  } else if (owners.length > 1) {
    note = t`the ${rule.what} "${name}" is renamed in ${owners.map(describe).join(', ')}, which one reference reaches together`;
  }
  return {
    what: `${rule.what} "${name}"${where}`,
    current: name,
    at,
    places: [...[...parts].map(([part, owner]) => model.partLocation(owner, part)), ...[...references].map((r) => r.location)],
    check: rule.check,
    must: rule.must,
    ...(note ? { note } : {}),
  };
}

function referencePlan(model: Model, reference: ModelReference, at: Location): Plan | Refusal {
  const text = reference.fact.part ?? reference.fact.name ?? '';
  if (reference.type === 'selector')
    return { refused: t('this is the selector itself: put the cursor on the value of one of its labels to rename that label') };
  if (reference.type === 'crd') return { refused: t('apiVersion gives the API group and version of a custom resource: it is not a name') };
  if (isPlaceholder(text)) return { refused: placeholder(text) };
  const resolution = model.resolve(reference);
  const kind =
    reference.fact.targetKind === 'Pod' ? (reference.type === 'volume' ? 'volume' : t('container port')) : reference.fact.targetKind;
  const namespace = reference.from.identity.namespace;
  switch (resolution.status) {
    case 'resolved':
      break;
    case 'otherNamespace':
      return {
        refused: t`${kind} "${reference.fact.name}" is defined only in namespace ${[...new Set((resolution.elsewhere ?? []).map((o) => `"${o.identity.namespace}"`))].join(', ')}, not in "${namespace}": rename it there`,
      };
    case 'missingPart':
    case 'missing':
    case 'nearMiss':
      return {
        refused:
          reference.type === 'volume' || reference.type === 'containerPort'
            ? t`no ${kind} "${text}" is defined for this pod: there is nothing to rename with it`
            : t`${reference.type.endsWith('Key') ? `key "${text}" of ` : ''}${reference.fact.targetKind} "${reference.fact.name}" is not defined in the workspace (it may be created elsewhere: a generator, a chart, the cluster), so renaming this reference alone would break it`,
      };
  }
  const parts = resolution.targets.filter((t) => t.part);
  if (parts.length) {
    return partPlan(
      model,
      parts.map((t) => ({ object: t.object, part: t.part! })),
      at,
    );
  }
  const objects = [...new Set(resolution.targets.map((t) => t.object))];
  if (objects.length > 1) {
    return {
      refused: t`"${text}" refers to ${objects.length} ${reference.fact.targetKind}s (namespaces ${objects.map((o) => `"${o.identity.namespace ?? '(none)'}"`).join(', ')}): rename the one you mean where it is defined`,
    };
  }
  return objectPlan(model, objects[0], at);
}

function labelPlan(model: Model, target: Extract<Target, { type: 'podLabel' | 'selectorLabel' }>): Plan | Refusal {
  const { key, value } = target.entry;
  if (target.on === 'key') {
    return {
      refused: t`"${key}" is a label key: k8sense renames label values (which selectors match); change a key by hand in the template and every selector`,
    };
  }
  if (isPlaceholder(value)) return { refused: placeholder(value) };
  const group = groupOf(model, target)!;
  const notes: string[] = [];
  const immutable = group.selectors.filter(
    (s) => WORKLOAD_SELECTORS.has(s.reference.from.identity.kind) && s.reference.fact.label === 'selector',
  );
  for (const s of immutable)
    notes.push(
      t`spec.selector of ${describe(s.reference.from)} is immutable: a ${s.reference.from.identity.kind} already in the cluster must be deleted and created again (kubectl apply refuses the change)`,
    );
  const expressions = [...new Set(group.selectors.map((s) => s.reference))].filter((r) =>
    r.fact.selector?.selector?.matchExpressions?.some((e) => e.key === key),
  );
  for (const r of expressions) notes.push(t`the matchExpressions of ${describe(r.from)} also test "${key}" and are not changed`);
  return {
    what: `label ${key}=${value}`,
    current: value,
    at: target.location,
    places: [...group.pods.map((p) => p.location), ...group.selectors.map((s) => s.location)],
    check: labelValue,
    must: t('a label value (at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit)'),
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

/** A container's name: nothing in the manifests refers to it (kubectl -c does), so it is renamed where it stands. */
function containerPlan(uri: string, file: ParsedFile, offset: number): Plan | undefined {
  const doc = file.documents.find((d) => d.offset <= offset && offset <= d.offset + d.chunk.text.length);
  const at = doc ? nodeAt(doc.doc.contents, offset - doc.offset) : undefined;
  const path = at?.path ?? [];
  if (
    !doc ||
    !at ||
    at.on === 'key' ||
    path.length < 3 ||
    path[path.length - 1] !== 'name' ||
    typeof path[path.length - 2] !== 'number' ||
    !CONTAINER_LISTS.has(String(path[path.length - 3]))
  )
    return undefined;
  const name = typeof at.scalar.value === 'string' ? at.scalar.value : undefined;
  if (name === undefined || isPlaceholder(name) || !at.scalar.range) return undefined;
  const start = doc.offset + at.scalar.range[0];
  const end = doc.offset + at.scalar.range[1];
  return {
    what: t`container "${name}"`,
    current: name,
    at: { uri, start, end, range: file.lines.range(start, end) },
    places: [{ uri, start, end, range: file.lines.range(start, end) }],
    check: dns1123Label,
    must: NAME_SYNTAX_WHAT.label,
  };
}

// ---- Refusals ----------------------------------------------------------------------------------

function placeholder(text: string): string {
  return t`"${text}" is a template placeholder: its value is filled in elsewhere (Helm, envsubst, kustomize …), so k8sense does not rename it`;
}

/** Why there is nothing to rename under the cursor, in the user's terms. */
function whyNot(file: ParsedFile, offset: number): string {
  const doc = file.documents.find((d) => d.offset <= offset && offset <= d.offset + d.chunk.text.length);
  const at = doc ? nodeAt(doc.doc.contents, offset - doc.offset) : undefined;
  if (!at)
    return t(
      'nothing to rename here: put the cursor on a name (an object, a container port, a volume, a ConfigMap or Secret key) or a label value',
    );
  const text = String(at.scalar.value ?? '');
  if (at.on === 'key') return t`"${text}" is a field name, fixed by the Kubernetes schema: only names and label values can be renamed`;
  if (at.key === 'generateName')
    return t('this object gets its name from the API server (generateName + a random suffix): nothing can refer to it by name');
  if (isPlaceholder(text)) return placeholder(text);
  return t`"${text}" is not a name that other objects refer to: k8sense renames object names, container ports, volumes, ConfigMap and Secret keys, and label values`;
}

// ---- Edits -------------------------------------------------------------------------------------

/** Quoted names keep their quotes (the range inside them); a bare name that YAML 1.1 would not read as text is quoted. */
function editAt(place: Location, current: string, name: string): TextEdit {
  const quoted = place.end - place.start === current.length + 2 && place.range.start.line === place.range.end.line;
  if (quoted) return { range: innerRange(place, current), newText: name };
  const plain = place.end - place.start === current.length;
  return { range: place.range, newText: plain && readsAsText(name) ? name : JSON.stringify(name) };
}

function innerRange(place: Location, current: string): Range {
  const quoted = place.end - place.start === current.length + 2 && place.range.start.line === place.range.end.line;
  if (!quoted) return place.range;
  return {
    start: { line: place.range.start.line, character: place.range.start.character + 1 },
    end: { line: place.range.end.line, character: place.range.end.character - 1 },
  };
}

/** `123`, `true`, `yes`, `0400`, `null` are not strings to Kubernetes' YAML 1.1 reader. */
function readsAsText(value: string): boolean {
  const [doc] = parseFile(`k: ${value}\n`).documents;
  if (!doc || doc.doc.errors.length) return false;
  const v = (doc.toJS().value as Record<string, unknown> | undefined)?.k;
  return v === value;
}
