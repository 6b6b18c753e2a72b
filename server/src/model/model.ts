import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import type { LineIndex } from '../yaml/lineIndex';
import type { Range } from 'vscode-languageserver-types';
import { isPlaceholder } from '../yaml/nodes';
import { bindingVolume, volumeSatisfies, type ClaimSpec, type VolumeSpec } from '../k8s/binding';
import { labelSelectorMatches, mapSelectorMatches, type Labels } from '../k8s/selectors';
import { closest } from '../validate/suggest';
import { documentFacts } from './extract';
import { namespacesMeet } from './identity';
import { sameToOthers } from './visible';
import { handOut, reindex } from './ordered';
import type {
  Location,
  ModelObject,
  ModelPart,
  ModelPod,
  ModelReference,
  ObjectFact,
  PartFact,
  ReferenceFact,
  Resolution,
  SelectorFact,
} from './types';
import { t } from '../l10n';

interface FileEntry {
  uri: string;
  /**
   * The file's CustomResourceDefinition documents by document index, in file order: their schemas
   * validate the custom resources of other files. No other syntax tree is kept (facts are), so a
   * model over a 20 MB input holds one slice's trees at most while the CLI checks it.
   */
  crds: Map<number, ManifestDocument>;
  lines: LineIndex;
  objects: ModelObject[];
  references: ModelReference[];
  pods: ModelPod[];
  /** Each object's selector reference (a Service's targetPort resolves through its selector). */
  selectorOf: Map<ModelObject, ModelReference>;
}

type IndexedVolume = VolumeSpec & { object: ModelObject };

/**
 * A place in a file whose line range is computed when asked: a file of thousands of documents is
 * re-indexed on every edit. A class (not an object literal with its own getter, which costs a
 * closure and a property dictionary each): a model holds one per object, pod and reference.
 */
class FileLocation implements Location {
  readonly uri: string;
  readonly #entry: { lines: LineIndex };
  readonly #owner: { base: number };
  readonly #span: { start: number; end: number };
  #range: { lines: LineIndex; start: number; range: Range } | undefined;

  constructor(entry: { uri: string; lines: LineIndex }, owner: { base: number }, span: { start: number; end: number }) {
    this.uri = entry.uri;
    this.#entry = entry;
    this.#owner = owner;
    this.#span = span;
  }

  get start(): number {
    return this.#owner.base + this.#span.start;
  }

  get end(): number {
    return this.#owner.base + this.#span.end;
  }

  get range(): Range {
    const { lines } = this.#entry;
    const start = this.start;
    if (this.#range?.lines !== lines || this.#range.start !== start) this.#range = { lines, start, range: lines.range(start, this.end) };
    return this.#range.range;
  }

  /** As sent to the client (a code lens's locations): the places, not the line index. */
  toJSON(): { uri: string; start: number; end: number; range: Range } {
    return { uri: this.uri, start: this.start, end: this.end, range: this.range };
  }
}

/** Work done by the model's lookups, in total (tests check it follows the work needed, not documents²). */
export const modelWork = { volumesCompared: 0, podsScanned: 0, objectsIndexed: 0, selectorsMatched: 0, portsResolved: 0 };

/** Kinds whose references name the built-in kind only (a CRD may reuse the name `Service`). */
const BUILTIN_TARGETS = new Set([
  'PersistentVolumeClaim',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Service',
  'StorageClass',
  'PersistentVolume',
  'CustomResourceDefinition',
]);

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};
/**
 * The Kubernetes objects of a set of files and the references between them. Files are added,
 * replaced and removed one at a time; each file's facts come from its documents' cached facts, so
 * replacing a file costs that file, and the result equals a fresh build over the same files.
 */
const SCOPE_NAMES: Record<string, () => string> = {
  'the files checked': () => t('the files checked'),
  'the workspace': () => t('the workspace'),
  'this file': () => t('this file'),
};

export class Model {
  private readonly files = new Map<string, FileEntry>();
  private readonly byName = new Map<string, ModelObject[]>();
  private readonly byKind = new Map<string, ModelObject[]>();
  private readonly byDefines = new Map<string, ModelObject[]>();
  private readonly podsByLabel = new Map<string, ModelPod[]>();

  private readonly refsByTarget = new Map<string, ModelReference[]>();
  private readonly refsByKind = new Map<string, ModelReference[]>();
  /** Each file's place in scope order (the order files were first added). */
  private readonly ranks = new Map<string, number>();
  private nextRank = 0;
  /** Each object's pods and references; each reference's place among its object's. */
  private readonly own = new WeakMap<ModelObject, { pods: ModelPod[]; references: ModelReference[] }>();
  private readonly order = new WeakMap<ModelReference, number>();
  /** Built on first use after a change: the selector references, in scope order. */
  private selectorList: ModelReference[] | undefined;
  /** Pods whose label `key` holds a placeholder (`${APP}`), which any selector value may match. */
  private readonly placeholderPods = new Map<string, ModelPod[]>();
  /** Built on first use after a change: `pods()` and the PersistentVolumes by class and by name. */
  private podList: ModelPod[] | undefined;
  private volumes:
    | {
        byClass: Map<string, IndexedVolume[]>;
        byName: Map<string, IndexedVolume[]>;
        bindings: Map<string, { volume: ModelObject; how: 'volumeName' | 'claimRef' | 'match' } | undefined>;
        /** Per candidate list: its volumes reserved for a claim (claimRef) and the others. */
        split: Map<IndexedVolume[], { reserved: IndexedVolume[]; free: IndexedVolume[] }>;
      }
    | undefined;
  /** Built on first use after a change: the pods each selector matches, by what it selects. */
  private matching = new Map<string, ModelPod[]>();
  /** Built on first use after a change: a Service targetPort's answer, by selector, namespace and port. */
  private portAnswers = new Map<string, Omit<Resolution, 'reference'>>();
  /** Per kind (and '#pods', '#defines', '#label:k=v'): the tick of the last change to an object of it. */
  private readonly changedAtTick = new Map<string, number>();
  private tick = 0;
  /** Bumped on every change: callers may cache answers per generation. */
  generation = 0;

  /** How messages name the scope: "the workspace", "the files checked", "this file". */
  constructor(private readonly scopeKey = t('the files checked')) {}

  /** The scope's name in the current language (the constructor takes its English text). */
  get scopeName(): string {
    return SCOPE_NAMES[this.scopeKey]?.() ?? this.scopeKey;
  }

  /**
   * Index (or re-index) a file from its parse. A file without Kubernetes objects is kept, empty.
   * Documents whose facts are unchanged (the parse reused them) keep their objects, pods and
   * references; only the changed documents' entries leave and enter the indexes.
   */
  setFile(uri: string, file: ParsedFile): void {
    this.setDocuments(uri, file.lines, file.documents);
  }

  /**
   * The same from a file's documents in file order, which may come a slice at a time (`parseSlices`):
   * each document is read for its facts and let go, but for CustomResourceDefinitions.
   */
  setDocuments(uri: string, lines: LineIndex, documents: Iterable<ManifestDocument>): void {
    this.tick++;
    const old = this.files.get(uri);
    if (!this.ranks.has(uri)) this.ranks.set(uri, this.nextRank++);
    const entry: FileEntry = old ?? { uri, crds: new Map(), lines, objects: [], references: [], pods: [], selectorOf: new Map() };
    entry.crds = new Map();
    entry.lines = lines;
    const before = old?.objects ?? [];
    // Old objects are matched to the documents by fact, walking both in order; a map of the old
    // facts is built only when a document is not the next one expected.
    let byFact: Map<ObjectFact, number> | undefined;
    const taken = new Uint8Array(before.length);
    let next = 0;
    let inOrder = true;
    const objects: ModelObject[] = [];
    const added: ModelObject[] = [];
    let i = 0;
    for (const doc of documents) {
      if (doc.kind === 'CustomResourceDefinition') entry.crds.set(i, doc);
      const fact = documentFacts(doc, i++);
      if (!fact) continue;
      let at = before[next]?.fact === fact ? next : undefined;
      if (at === undefined) {
        byFact ??= new Map(before.map((o, k) => [o.fact, k]));
        at = byFact.get(fact);
        if (at !== undefined && taken[at]) at = undefined;
      }
      let object: ModelObject;
      if (at !== undefined) {
        // Unchanged documents in a new order (swapped, or a copy pasted before the original, whose
        // parse the copy took): every entry moves.
        if (at < next) inOrder = false;
        taken[at] = 1;
        next = at + 1;
        object = before[at];
        object.base = doc.chunk.offset; // its locations follow
      } else added.push((object = this.newObject(entry, fact, doc.chunk.offset)));
      objects.push(object);
    }
    const removed = before.filter((_, k) => !taken[k]);
    const out = inOrder ? removed : before;
    const into = inOrder ? added : objects;
    for (const o of removed) entry.selectorOf.delete(o);
    entry.objects = objects;
    entry.pods = objects.flatMap((o) => this.own.get(o)!.pods);
    entry.references = objects.flatMap((o) => this.own.get(o)!.references);
    this.files.set(uri, entry);
    this.reindexAll(out, into);
    // Only what changed makes answers stale: unchanged documents keep their (cached) fact objects.
    // Documents in a new order change answers that take the first of several (a did-you-mean).
    if (inOrder)
      this.touchChanged(
        removed.map((o) => o.fact),
        added.map((o) => o.fact),
      );
    else for (const o of [...removed, ...objects]) this.touch(o.fact);
    this.changed();
  }

  /** An object of a document, with its pods and references (their locations follow `base`). */
  private newObject(entry: FileEntry, fact: ObjectFact, base: number): ModelObject {
    const uri = entry.uri;
    const object: ModelObject = { uri, fact, identity: fact.identity, base, location: undefined! };
    object.location = this.location(entry, object, fact.nameSpan);
    const pods = fact.pods.map((pod, index) => ({ object, index, pod, location: this.location(entry, object, pod.span) }));
    const references = fact.references.map((r, index) => {
      const reference: ModelReference = { uri, from: object, fact: r, type: r.type, location: this.location(entry, object, r.span) };
      this.order.set(reference, index);
      if (r.type === 'selector' && !entry.selectorOf.has(object)) entry.selectorOf.set(object, reference);
      return reference;
    });
    this.own.set(object, { pods, references });
    return object;
  }

  /** Objects leave and enter every index, their pods and references with them, in scope order. */
  private reindexAll(removed: readonly ModelObject[], added: readonly ModelObject[]): void {
    modelWork.objectsIndexed += added.length;
    const podsOf = (list: readonly ModelObject[]) => list.flatMap((o) => this.own.get(o)!.pods);
    const refsOf = (list: readonly ModelObject[]) => list.flatMap((o) => this.own.get(o)!.references);
    const objectBefore = (a: ModelObject, b: ModelObject) => this.compare(a, b, 0, 0) < 0;
    reindex(this.byName, removed, added, (o) => [`${o.identity.kind}\0${o.identity.name}`], objectBefore);
    reindex(this.byKind, removed, added, (o) => [o.identity.kind], objectBefore);
    reindex(this.byDefines, removed, added, (o) => (o.fact.defines ?? []).map((d) => `${d.apiVersion}/${d.kind}`), objectBefore);
    const [podsOut, podsIn] = [podsOf(removed), podsOf(added)];
    const podBefore = (a: ModelPod, b: ModelPod) => this.compare(a.object, b.object, a.index, b.index) < 0;
    reindex(this.podsByLabel, podsOut, podsIn, (p) => Object.entries(p.pod.labels).map(([k, v]) => `${k}=${v}`), podBefore);
    reindex(
      this.placeholderPods,
      podsOut,
      podsIn,
      (p) => Object.entries(p.pod.labels).flatMap(([k, v]) => (isPlaceholder(v) ? [k] : [])),
      podBefore,
    );
    const [refsOut, refsIn] = [refsOf(removed), refsOf(added)];
    const refBefore = (a: ModelReference, b: ModelReference) => this.compare(a.from, b.from, this.order.get(a)!, this.order.get(b)!) < 0;
    reindex(
      this.refsByTarget,
      refsOut,
      refsIn,
      (r) => (r.fact.name !== undefined ? [`${r.fact.targetKind}\0${r.fact.name}`] : []),
      refBefore,
    );
    reindex(this.refsByKind, refsOut, refsIn, (r) => [r.fact.targetKind], refBefore);
  }

  /** Scope order: the file's place (the order files were first added), the document, then the entry within it. */
  private compare(a: ModelObject, b: ModelObject, subA: number, subB: number): number {
    return this.ranks.get(a.uri)! - this.ranks.get(b.uri)! || a.fact.docIndex - b.fact.docIndex || subA - subB;
  }

  removeFile(uri: string): void {
    const entry = this.files.get(uri);
    if (!entry) return;
    this.tick++;
    this.reindexAll(entry.objects, []);
    this.files.delete(uri);
    this.ranks.delete(uri); // added again later, it comes last, as in a fresh build
    for (const o of entry.objects) this.touch(o.fact);
    this.changed();
  }

  private changed(): void {
    this.podList = undefined;
    this.selectorList = undefined;
    this.volumes = undefined;
    this.matching = new Map();
    this.portAnswers = new Map();
    this.generation++;
  }

  private touch(fact: ObjectFact): void {
    for (const key of stampKeys(fact)) this.changedAtTick.set(key, this.tick);
  }

  /**
   * Documents replaced by an edit: a kind's answers go stale only when what others resolve against
   * changed (names, namespaces, keys, ports, labels, binding specs), not on every keystroke in it.
   */
  private touchChanged(removed: ObjectFact[], added: ObjectFact[]): void {
    if (removed.length + added.length > 64 || !removed.length || !added.length) {
      for (const f of [...removed, ...added]) this.touch(f);
      return;
    }
    const signatures = (facts: ObjectFact[]) => {
      const out = new Map<string, string[]>();
      for (const f of facts) {
        const sig = signature(f);
        for (const key of stampKeys(f)) push(out, key, sig);
      }
      return out;
    };
    const gone = signatures(removed);
    const come = signatures(added);
    for (const key of new Set([...gone.keys(), ...come.keys()])) {
      const a = (gone.get(key) ?? []).sort().join('\n');
      const b = (come.get(key) ?? []).sort().join('\n');
      if (a !== b) this.changedAtTick.set(key, this.tick);
    }
  }

  /** Counts changes (setFile, removeFile); answers computed at tick T hold while nothing they read changed after T. */
  get now(): number {
    return this.tick;
  }

  /**
   * The tick at which what `reference` resolves against last changed: the target kind's objects,
   * the pods carrying a selector's first entry (and so every pod it can select) for selectors and
   * Service target ports, the CRDs for custom resources. The reference's own document is the
   * caller's to key on. An answer computed at or after this tick is still right.
   */
  changedAt(
    reference:
      | ModelReference
      | {
          fact: {
            type: ReferenceFact['type'] | 'claimBinding';
            targetKind: string;
            pod?: number;
            container?: number;
            selector?: SelectorFact;
          };
        },
  ): number {
    const { fact } = reference;
    const at = (key: string) => this.changedAtTick.get(key) ?? 0;
    // The pods a selector selects are among those carrying its first entry (or a placeholder for its key).
    const selectorAt = (selector: SelectorFact | undefined) => {
      const first = selector?.entries.find((e) => !isPlaceholder(e.value));
      return first ? Math.max(at(`#label:${first.key}=${first.value}`), at(`#placeholder:${first.key}`)) : at('#pods');
    };
    switch (fact.type) {
      case 'selector':
        return selectorAt(fact.selector);
      case 'containerPort': {
        if (fact.pod !== undefined && fact.container !== undefined) return 0;
        const from = (reference as ModelReference).from;
        return selectorAt(from && this.files.get(from.uri)?.selectorOf.get(from)?.fact.selector);
      }
      case 'serviceSelector':
        return at('Service');
      case 'crd':
        return at('#defines');
      case 'volume':
        return 0;
      default:
        return at(fact.targetKind);
    }
  }

  /** The tick at which any pod or pod template of the scope last changed: for answers comparing with all of them. */
  podsChangedAt(): number {
    return this.changedAtTick.get('#pods') ?? 0;
  }

  /**
   * Where a span of an object's document is, read when asked: an unchanged document keeps its
   * entries while the text before it moves (its `base`), and the file's lines are the newest parse's.
   */
  private location(entry: FileEntry, owner: { base: number }, span: { start: number; end: number }): Location {
    return new FileLocation(entry, owner, span);
  }

  // ---- Questions ---------------------------------------------------------------------------

  /** The files of the scope. */
  uris(): string[] {
    return [...this.files.keys()];
  }

  hasFile(uri: string): boolean {
    return this.files.has(uri);
  }

  /** Whether the model holds exactly this parse of the file (so its ranges are this text's). */
  isCurrent(uri: string, file: ParsedFile): boolean {
    return this.files.get(uri)?.lines === file.lines;
  }

  /** Every object of the scope, file by file in the order the files were added. */
  objects(): ModelObject[] {
    return [...this.files.values()].flatMap((f) => f.objects);
  }

  objectsIn(uri: string): ModelObject[] {
    return this.files.get(uri)?.objects ?? [];
  }

  /** The object whose document holds this file offset. */
  objectAt(uri: string, offset: number): ModelObject | undefined {
    return this.objectsIn(uri).find((o) => o.base + o.fact.span.start <= offset && offset <= o.base + o.fact.span.end);
  }

  /** Objects of a kind (built-in and custom alike). */
  ofKind(kind: string): ModelObject[] {
    return handOut(this.byKind.get(kind));
  }

  /** Objects of this kind and name that an object of `namespace` can see (every namespace when omitted). */
  find(kind: string, name: string, namespace?: string | null): ModelObject[] {
    const all = (this.byName.get(`${kind}\0${name}`) ?? []).filter((o) => !BUILTIN_TARGETS.has(kind) || !o.fact.custom);
    return namespace === null ? all : all.filter((o) => o.identity.clusterScoped || namespacesMeet(o.identity.namespace, namespace));
  }

  /** The parsed CustomResourceDefinition document an object was read from (the model keeps no other tree). */
  crdDocumentOf(object: ModelObject): ManifestDocument | undefined {
    return this.files.get(object.uri)?.crds.get(object.fact.docIndex);
  }

  /** The CustomResourceDefinition documents of a file, in file order. */
  crdDocumentsIn(uri: string): ManifestDocument[] {
    return [...(this.files.get(uri)?.crds.values() ?? [])];
  }

  /** The CustomResourceDefinitions that define this apiVersion and kind. */
  crdsFor(apiVersion: string, kind: string): ModelObject[] {
    return handOut(this.byDefines.get(`${apiVersion}/${kind}`));
  }

  referencesIn(uri: string): ModelReference[] {
    return this.files.get(uri)?.references ?? [];
  }

  /** Every reference of the scope. */
  references(): ModelReference[] {
    return [...this.files.values()].flatMap((f) => f.references);
  }

  /** The reference whose text holds this file offset (the innermost, when they nest). */
  referenceAt(uri: string, offset: number): ModelReference | undefined {
    let best: ModelReference | undefined;
    for (const r of this.referencesIn(uri)) {
      if (
        r.location.start <= offset &&
        offset <= r.location.end &&
        (!best || r.location.end - r.location.start < best.location.end - best.location.start)
      )
        best = r;
    }
    return best;
  }

  private selectorRefs(): ModelReference[] {
    this.selectorList ??= [...this.files.values()].flatMap((f) => f.references.filter((r) => r.type === 'selector'));
    return this.selectorList;
  }

  /** Pods and pod templates of the scope. */
  pods(): readonly ModelPod[] {
    this.podList ??= [...this.files.values()].flatMap((f) => f.pods);
    return this.podList;
  }

  podsOf(object: ModelObject): ModelPod[] {
    return (this.files.get(object.uri)?.pods ?? []).filter((p) => p.object === object);
  }

  /** Pods and templates carrying this label (any value when `value` is omitted). */
  podsWithLabel(key: string, value?: string): ModelPod[] {
    if (value !== undefined) return handOut(this.podsByLabel.get(`${key}=${value}`));
    return this.pods().filter((p) => key in p.pod.labels);
  }

  /** The location of a part (a key, a port, a volume) of an object. */
  partLocation(object: ModelObject, part: PartFact): Location {
    return this.spanLocation(object, part.span);
  }

  /** The location of any span of an object's facts (a label entry, a selector entry, the whole document). */
  spanLocation(object: ModelObject, span: { start: number; end: number }): Location {
    const entry = this.files.get(object.uri);
    return entry ? this.location(entry, object, span) : object.location;
  }

  parts(object: ModelObject, type?: PartFact['type']): ModelPart[] {
    return object.fact.parts
      .filter((p) => !type || p.type === type)
      .map((part) => ({ object, part, location: this.partLocation(object, part) }));
  }

  /** The pods and pod templates a selector reference selects, in its namespace. */
  podsSelectedBy(reference: ModelReference): ModelPod[] {
    const selector = reference.fact.selector;
    if (!selector) return [];
    const namespace = reference.from.identity.namespace;
    return this.podsMatching(selector).filter((p) => namespacesMeet(p.object.identity.namespace, namespace));
  }

  /** Pods a selector's labels match, in any namespace. */
  podsMatching(selector: SelectorFact): ModelPod[] {
    // Selectors alike select alike (every Service of a generated file selecting `app: web-7`): one
    // answer per selector until the scope changes. Callers read the list; they do not change it.
    const key = selectorKey(selector);
    let pods = this.matching.get(key);
    if (!pods) {
      modelWork.selectorsMatched++;
      const entries = selector.entries.filter((e) => !isPlaceholder(e.value));
      const candidates = entries.length
        ? [...(this.podsByLabel.get(`${entries[0].key}=${entries[0].value}`) ?? []), ...this.podsWithPlaceholder(entries[0].key)]
        : this.pods();
      pods = [...new Set(candidates)].filter((p) => selectorMatches(selector, p.pod.labels));
      this.matching.set(key, pods);
    }
    return pods;
  }

  private podsWithPlaceholder(key: string): ModelPod[] {
    return this.placeholderPods.get(key) ?? [];
  }

  /** The selector references (Services, workloads, NetworkPolicies, PodDisruptionBudgets) that select this pod. */
  selectorsOf(pod: ModelPod): ModelReference[] {
    return [...this.selectorRefs()].filter(
      (r) => namespacesMeet(r.from.identity.namespace, pod.object.identity.namespace) && selectorMatches(r.fact.selector!, pod.pod.labels),
    );
  }

  /** Who refers to this object (or to one part of it): the references that resolve to it. */
  referencesTo(object: ModelObject, part?: PartFact): ModelReference[] {
    const candidates =
      object.fact.pods.length && (!part || part.type === 'containerPort' || part.type === 'volume')
        ? [
            ...(this.refsByTarget.get(`${object.identity.kind}\0${object.identity.name}`) ?? []),
            ...this.selectorRefs(),
            ...(this.refsByKind.get('Pod') ?? []),
          ]
        : [
            ...(this.refsByTarget.get(`${object.identity.kind}\0${object.identity.name}`) ?? []),
            ...(object.fact.defines ? (this.refsByKind.get('CustomResourceDefinition') ?? []) : []),
          ];
    return [...new Set(candidates)].filter((r) =>
      this.resolve(r).targets.some((t) => t.object === object && (part ? t.part === part : !t.part || r.type === 'selector')),
    );
  }

  /** The PersistentVolume a claim would bind to among the scope's volumes (the binder's order). */
  bindingOf(claim: ModelObject): { volume: ModelObject; how: 'volumeName' | 'claimRef' | 'match' } | undefined {
    return claim.fact.claim ? this.bindingFor(claim.fact.claim) : undefined;
  }

  /** The same for any claim spec (a StatefulSet's claim template). */
  bindingFor(claim: ClaimSpec): { volume: ModelObject; how: 'volumeName' | 'claimRef' | 'match' } | undefined {
    const candidates = this.volumesFor(claim);
    if (claim.volumeName) {
      // The volume it names: a list of one, as a rule.
      modelWork.volumesCompared += candidates.length;
      return found(bindingVolume(claim, candidates));
    }
    // The binder's order (k8s/binding): a volume reserved for this claim (claimRef), else the smallest
    // one that fits. Only the first depends on the claim's name; the second is one answer per claim
    // spec until the scope changes, as claims alike (a generated file's thousands) bind alike.
    let split = this.volumes!.split.get(candidates);
    if (!split) {
      split = { reserved: candidates.filter((v) => v.claimRef), free: candidates.filter((v) => !v.claimRef) };
      this.volumes!.split.set(candidates, split);
    }
    modelWork.volumesCompared += split.reserved.length;
    const reserved = split.reserved.find((v) => volumeSatisfies(v, claim));
    if (reserved) return { volume: reserved.object, how: 'claimRef' };
    const { storageClassName, accessModes, request, volumeMode, selector } = claim;
    const key = JSON.stringify([storageClassName, accessModes, request, volumeMode, selector]);
    const bindings = this.volumes!.bindings;
    if (!bindings.has(key)) {
      modelWork.volumesCompared += split.free.length;
      bindings.set(key, found(bindingVolume(claim, split.free)));
    }
    return bindings.get(key);
  }

  /**
   * The PersistentVolumes a claim could bind to at all: the one it names in `volumeName`, or those
   * of its storage class (the binder never crosses classes), in scope order.
   */
  volumesFor(claim: ClaimSpec): IndexedVolume[] {
    if (!this.volumes) {
      const byClass = new Map<string, IndexedVolume[]>();
      const byName = new Map<string, IndexedVolume[]>();
      for (const object of this.ofKind('PersistentVolume')) {
        if (!object.fact.volume || object.fact.custom) continue;
        const v = { ...object.fact.volume, object };
        push(byClass, v.storageClassName, v);
        push(byName, v.name, v);
      }
      this.volumes = { byClass, byName, bindings: new Map(), split: new Map() };
    }
    return (claim.volumeName ? this.volumes.byName.get(claim.volumeName) : this.volumes.byClass.get(claim.storageClassName ?? '')) ?? [];
  }

  /**
   * Files whose references may resolve differently after `uri` changed. Pass the objects the file
   * had before the change (from `objectsIn` before `setFile`). Only objects whose visible facts
   * changed count (a re-read of the same text changes none); for each, the files naming it, and
   * those naming an object of its kind that exists nowhere (their did-you-mean and "the ConfigMaps
   * there" list its kind's names); any pod change: every selector and target port; a CRD: every
   * custom resource; a PersistentVolume: every claim (the binder).
   */
  dependents(uri: string, before: ModelObject[] = []): Set<string> {
    const out = new Set<string>();
    const now = this.objectsIn(uri);
    if (sameToOthers(before, now)) return out;
    const changed = changedObjects(before, now);
    const kinds = new Set(changed.map((o) => o.identity.kind));
    for (const o of changed) for (const r of this.refsByTarget.get(`${o.identity.kind}\0${o.identity.name}`) ?? []) out.add(r.uri);
    for (const kind of kinds) {
      for (const r of this.refsByKind.get(kind) ?? []) {
        if (out.has(r.uri)) continue;
        if (r.fact.name === undefined || r.type === 'serviceSelector' || !this.find(kind, r.fact.name, null).length) out.add(r.uri);
      }
    }
    if (changed.some((o) => o.fact.defines)) for (const r of this.refsByKind.get('CustomResourceDefinition') ?? []) out.add(r.uri);
    if (kinds.has('PersistentVolume')) for (const c of this.ofKind('PersistentVolumeClaim')) out.add(c.uri);
    if (changed.some((o) => o.fact.pods.length)) {
      for (const r of this.selectorRefs()) out.add(r.uri);
      for (const r of this.refsByKind.get('Pod') ?? []) out.add(r.uri);
    }
    out.delete(uri);
    return out;
  }

  // ---- Resolution --------------------------------------------------------------------------

  /** What a reference refers to, and when nothing is found, how near the scope comes. */
  resolve(reference: ModelReference): Resolution {
    const { fact, from } = reference;
    const namespace = fact.namespace ?? from.identity.namespace;
    switch (fact.type) {
      case 'selector': {
        const pods = this.podsSelectedBy(reference);
        if (pods.length)
          return { reference, status: 'resolved', targets: pods.map((p) => ({ object: p.object, location: p.location, pod: p.index })) };
        const elsewhere = fact.selector ? this.podsMatching(fact.selector).map((p) => p.object) : [];
        return elsewhere.length
          ? { reference, status: 'otherNamespace', targets: [], elsewhere }
          : { reference, status: 'missing', targets: [] };
      }
      case 'serviceSelector': {
        const matching = this.ofKind('Service').filter(
          (o) => o.identity.group === '' && !!fact.selector && selectorMatches(fact.selector, o.fact.labels),
        );
        const services = matching.filter((o) => namespacesMeet(o.identity.namespace, namespace));
        if (services.length) return { reference, status: 'resolved', targets: services.map((o) => ({ object: o, location: o.location })) };
        return matching.length
          ? { reference, status: 'otherNamespace', targets: [], elsewhere: matching }
          : { reference, status: 'missing', targets: [] };
      }
      case 'crd': {
        const [apiVersion, kind] = splitPart(fact.part ?? '');
        const crds = this.crdsFor(apiVersion, kind);
        return crds.length
          ? { reference, status: 'resolved', targets: crds.map((o) => ({ object: o, location: o.location })) }
          : { reference, status: 'missing', targets: [] };
      }
      case 'volume': {
        const pod = fact.pod;
        const volumes = from.fact.parts.filter((p) => p.type === 'volume' && p.pod === pod);
        const hit = volumes.filter((p) => p.name === fact.part);
        if (hit.length)
          return {
            reference,
            status: 'resolved',
            targets: hit.map((part) => ({ object: from, part, location: this.partLocation(from, part) })),
          };
        return { reference, status: 'missingPart', targets: [], existing: names(volumes) };
      }
      case 'containerPort':
        return this.resolveContainerPort(reference);
      default:
        break;
    }
    // A named object, and perhaps a part of it.
    const name = fact.name ?? '';
    const all = this.find(fact.targetKind, name, null);
    const visible = all.filter((o) => o.identity.clusterScoped || namespacesMeet(o.identity.namespace, namespace));
    const isPart = fact.type === 'configMapKey' || fact.type === 'secretKey' || fact.type === 'servicePort';
    if (visible.length) {
      if (!isPart) return { reference, status: 'resolved', targets: visible.map((o) => ({ object: o, location: o.location })) };
      const partType = fact.type === 'servicePort' ? 'servicePort' : 'key';
      const targets = visible.flatMap((o) =>
        o.fact.parts
          .filter((p) => p.type === partType && partMatches(p, fact))
          .map((part) => ({ object: o, part, location: this.partLocation(o, part) })),
      );
      if (targets.length) return { reference, status: 'resolved', targets };
      const existing = [...new Set(visible.flatMap((o) => o.fact.parts.filter((p) => p.type === partType).map(partText)))];
      // A Secret or ConfigMap without data at all may be filled in by a tool: nothing to compare with.
      return { reference, status: 'missingPart', targets: [], existing };
    }
    if (all.length) return { reference, status: 'otherNamespace', targets: [], elsewhere: all };
    if (isPart) return { reference, status: 'missing', targets: [] };
    const kindObjects = this.ofKind(fact.targetKind).filter(
      (o) =>
        (!BUILTIN_TARGETS.has(fact.targetKind) || !o.fact.custom) &&
        (o.identity.clusterScoped || namespacesMeet(o.identity.namespace, namespace)),
    );
    const existing = [...new Set(kindObjects.map((o) => o.identity.name).filter((n) => n !== ''))];
    const guess = isPlaceholder(name) ? undefined : closest(name, existing);
    if (guess !== undefined) {
      const object = kindObjects.find((o) => o.identity.name === guess)!;
      return { reference, status: 'nearMiss', targets: [], suggestion: { name: guess, object, location: object.location }, existing };
    }
    return { reference, status: 'missing', targets: [], existing };
  }

  private resolveContainerPort(reference: ModelReference): Resolution {
    const { fact, from } = reference;
    // A probe or handler: its own container's ports.
    if (fact.pod !== undefined && fact.container !== undefined) {
      const container = from.fact.pods[fact.pod]?.containers[fact.container];
      const ports = (container?.ports ?? []).map((i) => from.fact.parts[i]);
      const hit = ports.filter((p) => p.name === fact.part);
      if (hit.length)
        return {
          reference,
          status: 'resolved',
          targets: hit.map((part) => ({ object: from, part, location: this.partLocation(from, part), pod: fact.pod })),
        };
      return { reference, status: 'missingPart', targets: [], existing: names(ports) };
    }
    // A Service targetPort: the ports of the pods its selector selects, the same for Services alike.
    const selector = this.files.get(reference.uri)?.selectorOf.get(from);
    const key = selector?.fact.selector && `${selectorKey(selector.fact.selector)}\0${from.identity.namespace}\0${fact.part}`;
    let answer = key === undefined ? undefined : this.portAnswers.get(key);
    if (!answer) {
      modelWork.portsResolved++;
      answer = this.containerPortAnswer(fact, selector ? this.podsSelectedBy(selector) : []);
      if (key !== undefined) this.portAnswers.set(key, answer);
    }
    return { ...answer, reference } as Resolution;
  }

  private containerPortAnswer(fact: ReferenceFact, pods: ModelPod[]): Omit<Resolution, 'reference'> {
    if (!pods.length) return { status: 'missing', targets: [] };
    const targets = pods.flatMap((p) =>
      p.object.fact.parts
        .filter((part) => part.type === 'containerPort' && part.pod === p.index && part.name === fact.part)
        .map((part) => ({ object: p.object, part, location: this.partLocation(p.object, part), pod: p.index })),
    );
    if (targets.length) return { status: 'resolved', targets };
    const existing = [
      ...new Set(
        pods.flatMap((p) =>
          p.object.fact.parts
            .filter((part) => part.type === 'containerPort' && part.pod === p.index && part.name)
            .map((part) => part.name!),
        ),
      ),
    ];
    return { status: 'missingPart', targets: [], existing };
  }
}

function found(bound: { volume: IndexedVolume; how: 'volumeName' | 'claimRef' | 'match' } | undefined) {
  return bound ? { volume: bound.volume.object, how: bound.how } : undefined;
}

/** What a selector selects by, without where it is written: selectors alike get one key. */
function selectorKey(selector: SelectorFact): string {
  const { form, labels, emptySelectsAll } = selector;
  return JSON.stringify([
    form,
    form === 'map' ? labels : selector.selector,
    emptySelectsAll,
    selector.entries.map((e) => [e.key, e.value]),
  ]);
}

/** The objects on either side whose visible facts have no equal on the other (same fact object first, then by signature). */
function changedObjects(before: ModelObject[], after: ModelObject[]): ModelObject[] {
  const afterFacts = new Set(after.map((o) => o.fact));
  const beforeFacts = new Set(before.map((o) => o.fact));
  const gone = before.filter((o) => !afterFacts.has(o.fact));
  const come = after.filter((o) => !beforeFacts.has(o.fact));
  if (!gone.length || !come.length) return [...gone, ...come];
  // A CRD's schema is not among the facts: one whose text changed counts as changed.
  if (gone.some((o) => o.fact.defines) || come.some((o) => o.fact.defines)) return [...gone, ...come];
  const count = new Map<string, number>();
  for (const o of gone) count.set(signature(o.fact), (count.get(signature(o.fact)) ?? 0) + 1);
  const out: ModelObject[] = [];
  for (const o of come) {
    const sig = signature(o.fact);
    const n = count.get(sig) ?? 0;
    if (n > 0) count.set(sig, n - 1);
    else out.push(o);
  }
  const left = new Map(count);
  for (const o of gone) {
    const sig = signature(o.fact);
    const n = left.get(sig) ?? 0;
    if (n > 0) {
      left.set(sig, n - 1);
      out.push(o);
    }
  }
  return out;
}

/** The generations a fact takes part in: its kind, the pods, the CRDs. */
function stampKeys(fact: ObjectFact): string[] {
  const keys = [fact.identity.kind];
  if (fact.defines) keys.push('#defines');
  if (fact.pods.length) keys.push('#pods');
  for (const pod of fact.pods)
    for (const [k, v] of Object.entries(pod.labels)) keys.push(isPlaceholder(v) ? `#placeholder:${k}` : `#label:${k}=${v}`);
  return keys;
}

/** What other documents' references see of a fact: everything but places and its own references. */
const UNSEEN = new Set(['span', 'nameSpan', 'keySpan', 'valueSpan', 'labelEntries', 'references', 'docIndex', 'detail']);
function signature(fact: ObjectFact): string {
  // An object's own labels are looked at only on Services (a ServiceMonitor's selector); pods' labels are in `pods`.
  const labels = fact.identity.kind === 'Service';
  return JSON.stringify(fact, function (key, value) {
    return UNSEEN.has(key) || (key === 'labels' && this === fact && !labels) ? undefined : value;
  });
}

function splitPart(part: string): [string, string] {
  const i = part.lastIndexOf('/');
  return [part.slice(0, i), part.slice(i + 1)];
}

function names(parts: PartFact[]): string[] {
  return [...new Set(parts.flatMap((p) => (p.name ? [p.name] : [])))];
}

function partText(p: PartFact): string {
  return p.name ?? String(p.number ?? '');
}

function partMatches(p: PartFact, ref: ReferenceFact): boolean {
  if (ref.part === undefined) return false;
  if (p.name === ref.part) return true;
  return /^\d+$/.test(ref.part) && p.number === Number(ref.part);
}

/**
 * Whether a selector selects these labels, by the one evaluator in k8s/selectors. A placeholder on
 * either side (`app: ${APP}`) may match once filled in: it is read as equal.
 */
export function selectorMatches(selector: SelectorFact, labels: Labels): boolean {
  const filled: Labels = { ...labels };
  for (const e of selector.entries) {
    if (isPlaceholder(e.value) || (labels[e.key] !== undefined && isPlaceholder(labels[e.key]))) filled[e.key] = e.value;
  }
  if (selector.form === 'map') return mapSelectorMatches(selector.labels ?? {}, filled);
  const s = selector.selector ?? {};
  const empty = !Object.keys(s.matchLabels ?? {}).length && !(s.matchExpressions ?? []).length;
  if (empty) return selector.emptySelectsAll;
  return labelSelectorMatches(s, filled);
}

export type { ObjectFact };
