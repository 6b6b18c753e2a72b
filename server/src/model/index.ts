/**
 * The object model: the Kubernetes objects of a set of files (the workspace, or the CLI's inputs),
 * their identities and the typed references between them. Rules, the graph, completion, hover and
 * navigation ask it; none keeps its own copy of "which PV binds", "which pods match".
 *
 * Building and updating
 * - `new Model()`, then `model.setFile(uri, parsedFile)` per file; call it again when the file
 *   changes (documents whose text did not change keep their cached facts) and `removeFile(uri)`
 *   when it goes. The result equals a fresh build over the same files.
 * - `buildModel([{ uri, file }])` does that for a list.
 * - `model.dependents(uri, before)`: the other files whose references may resolve differently
 *   after `uri` changed (pass `objectsIn(uri)` taken before the change).
 *
 * Objects (`ModelObject`: `uri`, `identity` {apiVersion, group, kind, name, namespace?,
 * clusterScoped}, `location` = the range of metadata.name, `fact` = everything read from it)
 * - `objects()`, `objectsIn(uri)`, `objectAt(uri, offset)`, `ofKind(kind)`,
 *   `find(kind, name, namespace?)` (the objects a `namespace` can see), `crdsFor(apiVersion, kind)`.
 * - `parts(object, type?)`: its ConfigMap/Secret keys, Service ports, container ports, volumes, each
 *   with its `location`.
 * - `pods()`, `podsOf(object)`: Pods and the pod templates of controllers (`ModelPod`: labels,
 *   containers, location of the `template:` key).
 *
 * References (`ModelReference`: `type` (see ReferenceType), `from` object, `location` of the
 * referring text, `fact` with targetKind / name / part / selector / label)
 * - `references()`, `referencesIn(uri)`, `referenceAt(uri, offset)`.
 * - `resolve(reference)` → `Resolution`: `status` resolved | otherNamespace | nearMiss |
 *   missingPart | missing, `targets` (object, location (uri + range), part?), `elsewhere`,
 *   `suggestion` (the near miss and where it is), `existing` (what does exist).
 * - Reverse: `referencesTo(object, part?)` (who refers to this object / key / port / volume),
 *   `selectorsOf(pod)` (who selects this pod), `podsWithLabel(key, value?)`,
 *   `podsSelectedBy(selectorReference)`, `podsMatching(selectorFact)` (any namespace).
 * - `bindingOf(claim)`: the PersistentVolume a claim binds to, by the binder in k8s/binding.
 *
 * Namespaces are read as `kubectl apply -n X` reads them: an object naming no namespace meets an
 * object of any namespace; only two different explicit namespaces are apart; cluster-scoped kinds
 * (from the schema bundle) have none.
 */
import type { ParsedFile } from '../yaml/parse';
import { Model } from './model';

export { Model, selectorMatches } from './model';
export { documentFacts } from './extract';
export { fileScope, OWN_URI } from './fileScope';
export { groupOf, identityKey, isClusterScoped, namespacesMeet } from './identity';
export type * from './types';

export function buildModel(files: { uri: string; file: ParsedFile }[]): Model {
  const model = new Model();
  for (const { uri, file } of files) model.setFile(uri, file);
  return model;
}
