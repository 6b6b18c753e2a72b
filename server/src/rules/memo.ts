import type { ManifestDocument } from '../yaml/parse';
import type { At } from './nodes';
import type { FileReport, Report, ReportOptions } from './types';
import { currentLocale } from '../l10n';

type Call = [At, string, ReportOptions | undefined];

/** Cross-document answers computed, in total (tests check an edit recomputes only what it touched). */
export const memoWork = { computed: 0, replayed: 0 };

const memos = new Map<string, WeakMap<object, { stamp: string; calls: Call[] }>>();

/**
 * A cross-document rule's reports for one fact of one document (a reference, a claim), kept until
 * the document changes (a new fact object) or the model's `stamp` for what the fact resolves
 * against does. So an edit redoes the facts it touched and those depending on what it changed,
 * not every reference of the file and its did-you-mean.
 */
export function memoized(
  ruleId: string,
  key: object,
  stamp: string,
  doc: ManifestDocument,
  report: FileReport,
  compute: (report: Report) => void,
  /** What a report (unlike silence) also depends on: a did-you-mean compares with more than the answer needed. */
  stampWhenReported = '',
): void {
  let memo = memos.get(ruleId);
  if (!memo) memos.set(ruleId, (memo = new WeakMap()));
  const base = `${stamp}|${currentLocale()}`;
  const stampFor = (calls: Call[]) => (calls.length ? `${base}|${stampWhenReported}` : base);
  let entry = memo.get(key);
  if (entry && entry.stamp === stampFor(entry.calls)) memoWork.replayed++;
  else {
    memoWork.computed++;
    const calls: Call[] = [];
    compute((at, message, options) => calls.push([at, message, options]));
    entry = { stamp: stampFor(calls), calls };
    memo.set(key, entry);
  }
  for (const [at, message, options] of entry.calls) report(doc, at, message, options);
}
