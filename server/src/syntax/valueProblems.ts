import { isAlias, visit, type Alias, type Scalar } from 'yaml';
import type { ManifestDocument } from '../yaml/parse';
import type { Problem } from '../problem';
import { t } from '../l10n';

const CODE = 'yaml/syntax';

/**
 * An alias whose anchor is not above it in its document. go-yaml (kubectl) refuses the file with
 * "unknown anchor referenced"; anchors never cross `---`, each document has its own.
 */
export function unresolvedAliasProblems(md: ManifestDocument): Problem[] {
  const anchors = new Set<string>();
  const unresolved: Alias[] = [];
  visit(md.doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) unresolved.push(node);
      } else if (node.anchor) anchors.add(node.anchor);
    },
  });
  return unresolved.map((alias): Problem => {
    const [start, end] = alias.range ?? [0, 0];
    const name = alias.source;
    // By now `anchors` holds every anchor of the document: one set below the alias was defined too late.
    const message = anchors.has(name)
      ? t`alias *${name} comes before its anchor &${name}: an alias can only refer to an anchor above it in the same document — move the anchored value up, or write the value here`
      : t`alias *${name} refers to no anchor &${name} in this document: anchors do not cross "---", each document has its own — define &${name} in this document before its first use, or write the value here`;
    return { start, end, severity: 'error', code: CODE, message };
  });
}

/** `.inf` and `.nan` are YAML floats JSON cannot hold: kubectl refuses the whole file when converting it to JSON. */
export function nonFiniteProblems(md: ManifestDocument, text: string): Problem[] {
  if (!/\.(?:inf|nan)\b/i.test(text)) return [];
  const out: Problem[] = [];
  visit(md.doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value !== 'number' || Number.isFinite(node.value) || !node.range) return;
      const [start, end] = node.range;
      const source = text.slice(start, end);
      out.push({
        start,
        end,
        severity: 'error',
        code: 'yaml/not-json',
        message: t`${source} is the YAML float ${Number.isNaN(node.value) ? 'NaN' : node.value > 0 ? '+Inf' : '-Inf'}, which JSON cannot hold: kubectl refuses the file ("json: unsupported value") — quote it if you mean the text: "${source}"`,
        fixes: [{ title: t`Quote ${source}`, edits: [{ start, end, newText: `"${source}"` }], preferred: true }],
      });
    },
  });
  return out;
}
