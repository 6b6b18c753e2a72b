import type { ParsedFile } from '../yaml/parse';
import { Model } from './model';

/** The uri of a file read on its own, outside any workspace. */
export const OWN_URI = 'file:///untitled.yaml';

/** A file's own one-file model, kept per parse: validating, hovering or drawing it again reuses it. */
const ownModels = new WeakMap<ParsedFile, Model>();

/**
 * The scope a file is read in, for validation, hover and the graph: the workspace's model brought
 * up to this parse of the file, or, without one, a model of the file alone.
 */
export function fileScope(file: ParsedFile, scope?: { model?: Model; uri?: string }): { model: Model; uri: string } {
  if (scope?.model && scope.uri) {
    if (!scope.model.isCurrent(scope.uri, file)) scope.model.setFile(scope.uri, file);
    return { model: scope.model, uri: scope.uri };
  }
  let model = ownModels.get(file);
  if (!model) {
    model = new Model('this file');
    model.setFile(OWN_URI, file);
    ownModels.set(file, model);
  }
  return { model, uri: OWN_URI };
}
