/**
 * Label selectors as the API server evaluates them (k8s.io/apimachinery/pkg/labels): a map
 * selector (`Service.spec.selector`) and a LabelSelector (`matchLabels` + `matchExpressions`).
 */

export type Labels = Record<string, string>;

export interface LabelSelector {
  matchLabels?: Record<string, unknown>;
  matchExpressions?: { key?: unknown; operator?: unknown; values?: unknown }[];
}

/** Label values as strings, the way Kubernetes reads them (a YAML `true` label value is rejected there; here it reads as "true"). */
export function labelsOf(value: unknown): Labels {
  const out: Labels = {};
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined && typeof v !== 'object') out[k] = String(v);
  }
  return out;
}

/** A Service-style selector: every entry must be among the labels. An empty selector selects nothing here. */
export function mapSelectorMatches(selector: Labels, labels: Labels): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

/** A LabelSelector: matchLabels and every matchExpression. An empty selector matches everything (as in a PVC selector). */
export function labelSelectorMatches(selector: LabelSelector | undefined, labels: Labels): boolean {
  if (!selector) return true;
  const matchLabels = labelsOf(selector.matchLabels);
  if (!Object.keys(matchLabels).every((k) => labels[k] === matchLabels[k])) return false;
  return expressionsMatch(Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [], labels);
}

/** Every `matchExpressions` entry holds for these labels (an unknown operator never does). */
export function expressionsMatch(expressions: readonly unknown[], labels: Labels): boolean {
  for (const item of expressions) {
    const expr = (item && typeof item === 'object' ? item : {}) as { key?: unknown; operator?: unknown; values?: unknown };
    const key = String(expr.key ?? '');
    const values = Array.isArray(expr.values) ? expr.values.map(String) : [];
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (expr.operator) {
      case 'In':
        if (!has || !values.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** `app=web, tier=front`: how a selector reads on an edge of the graph. */
export function selectorText(selector: Labels): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
