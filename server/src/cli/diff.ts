/** A unified diff of two texts (line-based, three lines of context), as `diff -u` prints it. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  // Lines outside the common start and end are compared by LCS; the middle is what fixes changed.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops = middleOps(a.slice(start, endA), b.slice(start, endB));
  const lines: { op: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  for (let i = 0; i < start; i++) lines.push({ op: ' ', text: a[i], ai: i, bi: i });
  let ai = start;
  let bi = start;
  for (const op of ops) {
    if (op === ' ') lines.push({ op, text: a[ai], ai: ai++, bi: bi++ });
    else if (op === '-') lines.push({ op, text: a[ai], ai: ai++, bi });
    else lines.push({ op, text: b[bi], ai, bi: bi++ });
  }
  for (; ai < a.length; ai++, bi++) lines.push({ op: ' ', text: a[ai], ai, bi });
  const out = [`--- ${path}`, `+++ ${path} (fixed)`];
  const changed = lines.map((l, i) => (l.op !== ' ' ? i : -1)).filter((i) => i >= 0);
  let h = 0;
  while (h < changed.length) {
    const from = Math.max(0, changed[h] - 3);
    let to = changed[h];
    while (h + 1 < changed.length && changed[h + 1] - to <= 7) to = changed[++h];
    to = Math.min(lines.length - 1, to + 3);
    h++;
    const hunk = lines.slice(from, to + 1);
    const aCount = hunk.filter((l) => l.op !== '+').length;
    const bCount = hunk.filter((l) => l.op !== '-').length;
    out.push(`@@ -${hunk[0].ai + 1},${aCount} +${hunk[0].bi + 1},${bCount} @@`);
    for (const l of hunk) out.push(l.op + l.text);
  }
  return out.join('\n');
}

function middleOps(a: string[], b: string[]): (' ' | '-' | '+')[] {
  // Fixes change a few lines: past this size the middle is shown as removed then added.
  if (a.length * b.length > 4_000_000) return [...a.map(() => '-' as const), ...b.map(() => '+' as const)];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: (' ' | '-' | '+')[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(' ');
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      ops.push('-');
      i++;
    } else {
      ops.push('+');
      j++;
    }
  }
  return ops;
}
