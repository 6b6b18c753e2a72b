/**
 * "Did you mean" suggestions: optimal-string-alignment (Damerau) distance, so a swapped pair of
 * letters (`accesMdoes`) costs one edit like a typo does.
 */
// Rows reused across calls: did-you-mean runs over every name of a kind, and fresh arrays per row
// made it the garbage collector's busiest caller.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(b.length * 2 + 1));
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length];
}

const counts = new Int32Array(128);
/**
 * A lower bound of the edit distance, in linear time: the letters one word has that the other
 * lacks (an edit fixes at most one of each side; a swap none). Most names of a kind are far from a
 * typo, and this rules them out without filling a table. 0 (no bound) outside ASCII.
 */
function bagDistance(a: string, b: string): number {
  let extraA = a.length;
  let extraB = 0;
  let ascii = true;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) counts[c]++;
    else ascii = false;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c < 128 && counts[c] > 0) {
      counts[c]--;
      extraA--;
    } else extraB++;
  }
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (c < 128) counts[c] = 0;
  }
  return ascii ? Math.max(extraA, extraB) : 0;
}

/**
 * Lower-cased copies of candidate lists asked about again and again (every unmatched Service asks
 * with the same label values). Only for frozen arrays: a list that may still change is lowered afresh.
 */
const lowerCache = new WeakMap<readonly string[], string[]>();
function lowerOf(candidates: Iterable<string>): string[] | undefined {
  if (!Array.isArray(candidates) || !Object.isFrozen(candidates)) return undefined;
  let lowered = lowerCache.get(candidates);
  if (!lowered) lowerCache.set(candidates, (lowered = candidates.map((c) => c.toLowerCase())));
  return lowered;
}

/** How close `candidate` (lower-cased: `cl`) is to the lower-cased word: a score, or undefined when not close enough. */
function closeness(word: string, lower: string, limit: number, c: string, cl: string): number | undefined {
  if (c === word) return undefined;
  if (cl === lower) return 0.5;
  const d = bagDistance(lower, cl) > limit ? limit + 1 : editDistance(lower, cl, limit);
  if (d <= limit) return d;
  if (lower.length >= 3 && (cl.startsWith(lower) || lower.startsWith(cl))) return limit + 0.5;
  return undefined;
}

const limitFor = (word: string) => Math.min(4, Math.max(1, Math.floor(word.length / 3)));

/** Answers of `closest` over a frozen list (it cannot change), by word: every unmatched Service asks about the same values. */
const closestCache = new WeakMap<readonly string[], Map<string, string | undefined>>();

/**
 * The candidate closest to `word`, when close enough to be a typo: a case-only difference, or at
 * most a third of the word's letters edited (at least one, at most four); a candidate that contains
 * the word (of three letters or more) or is contained in it also counts (`accessMode` → `accessModes`, `api` → `api-server`).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lowered = lowerOf(candidates);
  const answers = lowered ? closestCache.get(candidates as readonly string[]) : undefined;
  if (answers?.has(word)) return answers.get(word);
  const lower = word.toLowerCase();
  const limit = limitFor(word);
  let best: string | undefined;
  let bestScore = Infinity;
  let i = -1;
  for (const c of candidates) {
    i++;
    const score = closeness(word, lower, limit, c, lowered ? lowered[i] : c.toLowerCase());
    if (score !== undefined && score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  if (lowered) {
    if (answers) answers.set(word, best);
    else closestCache.set(candidates as readonly string[], new Map([[word, best]]));
  }
  return best;
}

/**
 * Whether a near miss is certain enough for fix-all to apply unattended: `guess` is the only candidate
 * close enough to `word`, and one edit away (a case-only difference counts as one).
 */
export function unambiguous(word: string, guess: string, candidates: Iterable<string>): boolean {
  if (editDistance(word.toLowerCase(), guess.toLowerCase(), 2) > 1) return false;
  const lower = word.toLowerCase();
  const limit = limitFor(word);
  const lowered = lowerOf(candidates);
  let close = 0;
  let i = -1;
  for (const c of candidates) {
    i++;
    if (closeness(word, lower, limit, c, lowered ? lowered[i] : c.toLowerCase()) !== undefined && ++close > 1) return false;
  }
  return close === 1;
}
