import picomatch from 'picomatch';

/**
 * Whether a document is excluded by the `k8sense.exclude` globs. A glob without a leading `**\/`
 * also matches anywhere below the root, as users expect from `.gitignore`-style patterns.
 */
export function isExcluded(uri: string, globs: string[]): boolean {
  if (!globs.length) return false;
  let path = uri;
  if (uri.startsWith('file://')) {
    try {
      path = decodeURIComponent(new URL(uri).pathname);
    } catch {
      path = uri.slice('file://'.length);
    }
  }
  const patterns = globs.flatMap((g) => (g.startsWith('**/') || g.startsWith('/') ? [g] : [g, `**/${g}`]));
  return picomatch.isMatch(path, patterns, { dot: true });
}
