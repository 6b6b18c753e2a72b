import type { ManifestDocument } from '../yaml/parse';
import type { At } from './nodes';
import type { FileReport, Report, ReportOptions } from './types';
import { currentLocale } from '../l10n';
import type { Model } from '../model';

type Call = [At, string, ReportOptions | undefined];

/** Cross-document answers computed, in total (tests check an edit recomputes only what it touched). */
export const memoWork = { computed: 0, replayed: 0 };

interface Entry {
  model: Model;
  uri: string;
  locale: string;
  /** The model's tick when computed. */
  at: number;
  calls: Call[];
}

const memos = new Map<string, WeakMap<object, Entry>>();

/**
 * A cross-document rule's reports for one fact of one document (a reference, a claim), kept until
 * the document changes (a new fact object) or what the fact resolves against changes after the
 * answer was computed (`changedAt`, from the model). So an edit redoes the facts it touched and
 * those depending on what it changed, not every reference of the file and its did-you-mean.
 */
export function memoized(
  ruleId: string,
  key: object,
  scope: { model: Model; uri: string },
  changedAt: number,
  doc: ManifestDocument,
  report: FileReport,
  compute: (report: Report) => void,
  /** What a report (unlike silence) also depends on: a did-you-mean compares with more than the answer needed. */
  reportedChangedAt = 0,
): void {
  let memo = memos.get(ruleId);
  if (!memo) memos.set(ruleId, (memo = new WeakMap()));
  const { model, uri } = scope;
  const locale = currentLocale();
  let entry = memo.get(key);
  if (
    entry &&
    entry.model === model &&
    entry.uri === uri &&
    entry.locale === locale &&
    entry.at >= changedAt &&
    (!entry.calls.length || entry.at >= reportedChangedAt)
  )
    memoWork.replayed++;
  else {
    memoWork.computed++;
    const calls: Call[] = [];
    compute((at, message, options) => calls.push([at, message, options]));
    entry = { model, uri, locale, at: model.now, calls };
    memo.set(key, entry);
  }
  for (const [at, message, options] of entry.calls) report(doc, at, message, options);
}
