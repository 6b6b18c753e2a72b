/** Kubernetes release and API version ordering. No dependencies. */

/**
 * Parses "1.24", "v1.24", "1.24.3" into numeric parts; undefined when not a version.
 */
export function parseKubernetesVersion(v: string): number[] | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(v.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
}

/**
 * Compares Kubernetes release versions numerically: "1.9" < "1.24" < "1.24.1".
 * Returns <0, 0, >0. Unparseable versions sort before every valid one (and compare equal to each other).
 */
export function compareKubernetesVersions(a: string, b: string): number {
  const pa = parseKubernetesVersion(a);
  const pb = parseKubernetesVersion(b);
  if (!pa || !pb) return (pa ? 1 : 0) - (pb ? 1 : 0);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** Splits "apps/v1" into { group: "apps", version: "v1" } and "v1" into { group: "", version: "v1" }. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.lastIndexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

/**
 * Kubernetes' API version priority (as kubectl sorts them): GA before beta before alpha,
 * higher major first, then higher beta/alpha number first; non-Kubernetes-looking
 * versions last, alphabetically. Returns <0 when `a` is preferred.
 */
export function compareApiVersionPriority(a: string, b: string): number {
  const rank = (v: string): [number, number, number] | undefined => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return undefined;
    const stability = m[2] === undefined ? 3 : m[2] === 'beta' ? 2 : 1;
    return [stability, Number(m[1]), m[3] === undefined ? 0 : Number(m[3])];
  };
  const ra = rank(a);
  const rb = rank(b);
  if (!ra || !rb) {
    if (ra) return -1;
    if (rb) return 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return rb[i] - ra[i];
  return 0;
}
