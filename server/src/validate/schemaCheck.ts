import { isSeq, type Node } from 'yaml';
import type { DocumentCheck } from '../checks';
import type { Problem } from '../problem';
import { targetRelease, type JSONSchema } from '../schema';
import type { ManifestDocument } from '../yaml/parse';
import { definitionValidator } from './compile';
import { resolveIdentity } from './identity';
import { toIssues, type Issue } from './issues';
import { issueProblem } from './messages';
import { locate } from './yamlNodes';
import { linkAliases } from '../yaml/nodes';
import type { ValidateFunction } from 'ajv';
import { t } from '../l10n';

/**
 * Validate one object's value with a compiled schema and turn the errors into problems on its
 * YAML nodes. The AST is only walked when there are errors.
 */
export function validateObject(
  md: ManifestDocument,
  node: Node | undefined,
  value: unknown,
  validate: ValidateFunction,
  schema: JSONSchema,
  kindLabel: string,
  keep: (issue: Issue) => boolean = () => true,
): Problem[] {
  if (validate(value)) return [];
  const issues = toIssues(validate.errors ?? [], value).filter(keep);
  linkAliases(md); // locate reads `<<: *base` through yaml/nodes, which follows linked aliases
  const ctx = { doc: md.doc, text: md.chunk.text, root: node, schema, kindLabel };
  const problems = issues.map((issue): Problem => {
    const problem = issueProblem(issue, ctx);
    if (typeof issue.data === 'string' && PLACEHOLDER.test(issue.data)) {
      // envsubst/mustache templates are valid once filled in: point it out, do not fail the file.
      return {
        ...problem,
        severity: 'info',
        message: t`${problem.message} (it looks like a template placeholder: fine if a tool replaces it before kubectl apply)`,
      };
    }
    return problem;
  });
  // ajv reports in schema order; users read top to bottom.
  return problems.sort((a, b) => a.start - b.start);
}

const PLACEHOLDER = /\$\{[A-Za-z_][\w.]*\}|\{\{[^}]*\}\}/;

const isIdentityField = (i: Issue) => i.path.length === 1 && (i.path[0] === 'apiVersion' || i.path[0] === 'kind');

function objectProblems(md: ManifestDocument, node: Node | undefined, value: unknown, version: string): Problem[] {
  // The root (not a List item) can be migrated as a whole: its chunk text goes along.
  const identity = resolveIdentity(
    md.doc,
    node,
    version,
    node === md.doc.contents ? { text: md.chunk.text, index: md.indexInChunk } : undefined,
  );
  if (identity.type !== 'builtin') return identity.problems; // custom resources: see crdCheck
  const problems = [...identity.problems];
  const isList = identity.apiVersion === 'v1' && identity.kind === 'List';
  const schema: JSONSchema = { $ref: `#/definitions/${identity.definition}` };
  problems.push(
    ...validateObject(md, node, value, definitionValidator(identity.definition), schema, identity.kind, (issue) => {
      // A removed apiVersion validated with its successor's schema: its own apiVersion is fine.
      if (identity.viaSchemaFrom && isIdentityField(issue)) return false;
      // List items are objects of their own kinds, validated one by one below.
      return !(isList && issue.path[0] === 'items' && issue.path.length > 1);
    }),
  );
  if (isList) {
    const items = (value as { items?: unknown }).items;
    const itemsNode = locate(md.doc, node, ['items']).node;
    if (Array.isArray(items) && itemsNode && isSeq(itemsNode)) {
      items.forEach((item, i) => {
        problems.push(...objectProblems(md, itemsNode.items[i] as Node, item, version));
      });
    }
  }
  return problems;
}

/** Kubernetes' own API validation of each document against the built-in schemas. */
export const schemaCheck: DocumentCheck = {
  id: 'schema',
  check(md, ctx) {
    const { value, error } = md.toJS();
    if (error) return [];
    return objectProblems(md, md.doc.contents as Node | undefined, value, targetRelease(ctx.settings));
  },
};
