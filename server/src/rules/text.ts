/** Wording helpers shared by rule messages. */

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string, atLeast = Infinity): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      if (prev[j] < rowMin) rowMin = prev[j];
      diag = tmp;
    }
    // The distance never drops below a row's minimum: stop once it cannot beat `atLeast`.
    if (rowMin >= atLeast) return rowMin;
  }
  return prev[b.length];
}

/** The candidate closest to `word`, when it is close enough to be a likely typo or variant. */
export function closest(word: string, candidates: string[]): string | undefined {
  // A prefix/suffix relation (cache ↔ cache-volume) counts as close, whatever the distance.
  const related = candidates.filter((c) => c.includes(word) || word.includes(c));
  if (related.length) candidates = related;
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    // Only a strictly smaller distance replaces the best; the length difference bounds it from below.
    const other = c.toLowerCase();
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, other, bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return related.length > 0 || bestDistance <= Math.max(2, Math.floor(Math.max(word.length, best.length) / 3)) ? best : undefined;
}

/**
 * The house ending of a message that has a likely fix: ` — did you mean "X"?` (empty without one).
 * Messages read like the schema's: lower-case start, clauses joined by `:` `;` `—`, no final period.
 */
export function didYouMean(guess: string | undefined): string {
  return guess ? ` — did you mean "${guess}"?` : '';
}

/** `"a", "b" and "c"`; a long list names the first few and counts the rest, so a message stays readable. */
export function quoteList(values: string[], conjunction = 'and', max = 6): string {
  const q = values.map((v) => `"${v}"`);
  if (q.length > max) return `${q.slice(0, max - 1).join(', ')} ${conjunction} ${q.length - max + 1} more`;
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} ${conjunction} ${q[q.length - 1]}`;
}

export function reasons(list: string[]): string {
  return list.join('; ');
}
