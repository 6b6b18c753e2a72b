import {
  get,
  isBuiltin,
  itemsOf,
  keyNode,
  mapItems,
  missingAt,
  replaceScalar,
  scalarValue,
  stringValue,
  walkMaps,
  scalarString,
} from './nodes';
import { hasMisspelledKey, missingByTypo } from './misspelled';
import { closest, didYouMean } from './text';
import type { DocumentRule } from './types';
import { t } from '../l10n';

const LABEL_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const NODE_OPERATORS = [...LABEL_OPERATORS, 'Gt', 'Lt'];

export const rule: DocumentRule = {
  id: 'k8s/selector-operators',
  title: 'Selector expressions use a valid operator with the right values',
  severity: 'error',
  scope: 'document',
  doc:
    'Each entry of `matchExpressions` has a `key`, an `operator` and `values`. In a label selector the operator is `In`, `NotIn`, `Exists` or `DoesNotExist`; ' +
    '`In` and `NotIn` need at least one value, `Exists` and `DoesNotExist` take none (ValidateLabelSelectorRequirement). ' +
    'Node selector terms of node affinity also accept `Gt` and `Lt`, with exactly one integer value (ValidateNodeSelectorRequirement). Operators are case-sensitive; a quick fix offers the closest one.',
  check(doc, report) {
    if (!isBuiltin(doc, doc.kind ?? '', ['', 'apps', 'batch', 'extensions', 'policy', 'networking.k8s.io'])) return;
    walkMaps(doc.root, (map, path) => {
      const expressions = get(map, 'matchExpressions') ?? get(map, 'matchFields');
      if (!expressions) return;
      const node = path.includes('nodeSelectorTerms') || path.includes('preference');
      const operators = node ? NODE_OPERATORS : LABEL_OPERATORS;
      for (const { map: req } of mapItems(expressions)) {
        // A ResourceQuota scopeSelector names a scope ("scopeName") instead of a label key.
        if (!get(req, 'key') && !get(req, 'scopeName') && !hasMisspelledKey(req, 'key', 'scopeName'))
          report(missingAt(req), t('this selector expression has no "key": name the label it tests'));
        const opNode = get(req, 'operator');
        const op = stringValue(opNode);
        const valuesNode = get(req, 'values');
        const values = itemsOf(valuesNode);
        if (!opNode) {
          if (!hasMisspelledKey(req, 'operator'))
            report(missingAt(req), t`this selector expression has no "operator": use one of ${operators.join(', ')}`);
          continue;
        }
        if (op === undefined || !operators.includes(op)) {
          const sameLetters = operators.find((o) => o.toLowerCase() === op?.toLowerCase());
          const nodeOnly = op === 'Gt' || op === 'Lt';
          const guess = sameLetters ?? (op !== undefined && !nodeOnly ? closest(op, operators) : undefined);
          const why = nodeOnly ? t` (${op} exists only in node affinity terms)` : '';
          report(
            opNode,
            t`operator "${scalarString(opNode)}" is not supported here${why}: use one of ${operators.join(', ')}${didYouMean(guess)}`,
            {
              fixes: guess ? [{ title: t`Change to "${guess}"`, edits: [replaceScalar(opNode, guess)], preferred: true }] : undefined,
            },
          );
          continue;
        }
        if ((op === 'In' || op === 'NotIn') && values.length === 0) {
          if (!missingByTypo(req, 'values'))
            report(
              keyNode(req, 'values') ?? opNode,
              t`operator ${op} needs at least one value under "values" (the label values to ${op === 'In' ? 'accept' : 'exclude'})`,
            );
        } else if ((op === 'Exists' || op === 'DoesNotExist') && values.length > 0) {
          report(keyNode(req, 'values'), t`operator ${op} tests only whether the key is present: remove "values"`);
        } else if (op === 'Gt' || op === 'Lt') {
          const value = values.length === 1 ? scalarValue(values[0]) : undefined;
          if (values.length !== 1 || !/^-?\d+$/.test(String(value))) {
            report(keyNode(req, 'values') ?? opNode, t`operator ${op} needs exactly one value, an integer (e.g. values: ["3"])`);
          }
        }
      }
    });
  },
};
