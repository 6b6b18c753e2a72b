import { t } from '../l10n';
/** Wording helpers shared by rule messages. */

// One did-you-mean for the whole engine: the schema's (optimal string alignment, so a swapped pair of letters is one edit).
export { closest, editDistance, unambiguous } from '../validate/suggest';

/**
 * The house ending of a message that has a likely fix: ` — did you mean "X"?` (empty without one).
 * Messages read like the schema's: lower-case start, clauses joined by `:` `;` `—`, no final period.
 */
export function didYouMean(guess: string | undefined): string {
  return guess ? t` — did you mean "${guess}"?` : '';
}

/** `"a", "b" and "c"`; a long list names the first few and counts the rest, so a message stays readable. */
export function quoteList(values: string[], conjunction: 'and' | 'or' = 'and', max = 6): string {
  const q = values.map((v) => `"${v}"`);
  if (q.length > max) {
    const [head, n] = [q.slice(0, max - 1).join(', '), q.length - max + 1];
    return conjunction === 'or' ? t`${head} or ${n} more` : t`${head} and ${n} more`;
  }
  if (q.length <= 1) return q.join('');
  const [head, last] = [q.slice(0, -1).join(', '), q[q.length - 1]];
  return conjunction === 'or' ? t`${head} or ${last}` : t`${head} and ${last}`;
}

export function reasons(list: string[]): string {
  return list.join('; ');
}
