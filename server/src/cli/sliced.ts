import type { Diagnostic } from 'vscode-languageserver-types';
import type { Model } from '../model';
import type { Settings } from '../settings';
import { LineIndex } from '../yaml/lineIndex';
import { parseSlices, type ManifestDocument, type ParsedFile } from '../yaml/parse';
import { hasTemplateActions } from '../validation';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Inputs longer than this are checked a slice of documents at a time: pass 1 reads every slice's
 * facts into the model, pass 2 parses each slice again and validates it, so one slice's syntax
 * trees are alive at a time (a 20 MB file's trees alone take gigabytes).
 */
export const SLICE_ABOVE = 2 * 1024 * 1024;
/** Characters of whole documents per slice (their trees take about 100 times that). */
export const SLICE_LENGTH = 256 * 1024;

/** Slices parsed and the most documents one held, in total (tests check the shape, not the time). */
export const sliceWork = { slices: 0, largestSlice: 0, collections: 0 };

export interface SliceOptions {
  sliceAbove?: number;
  sliceLength?: number;
}

/** What pass 1 keeps of a sliced input: the line index the model holds, and what is decided over the whole file. */
export interface SlicedInput {
  lines: LineIndex;
  looksKubernetes: boolean;
  sliceLength: number;
}

/** Whether an input is checked in slices (a template's notice is decided over the whole file: never sliced). */
export function slices(text: string, options: SliceOptions): boolean {
  return text.length > (options.sliceAbove ?? SLICE_ABOVE) && !hasTemplateActions(text);
}

/**
 * V8 lets its heap grow to several times what is live before it collects (a 6 MB input: 96 MiB
 * live, 313 MiB of heap). Between slices, once the heap has grown by this much since the last
 * collection, the CLI collects, so its peak memory stays near what is live plus this margin
 * (the 20 MB bench file, idle, with the JSON report written in pieces: 16 MiB gives a peak of 371 MiB
 * in 80 s; 32 MiB gives 389–406 MiB in 60 s — too close to the 400 MiB target).
 */
const COLLECT_AFTER = 16 * 1024 * 1024;
let collectGarbage: (() => void) | undefined;
let heapAfterCollect = 0;

function collectBetweenSlices(): void {
  const used = process.memoryUsage().heapUsed;
  if (used < heapAfterCollect + COLLECT_AFTER) return;
  collectNow();
}

/** A full collection now (after the last slice: the model's facts are let go before the output is built). */
export function collectNow(): void {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  collectGarbage();
  sliceWork.collections++;
  heapAfterCollect = process.memoryUsage().heapUsed;
}

function* counted(text: string, lines: LineIndex, sliceLength: number, carry?: Map<string, unknown>): Generator<ParsedFile> {
  for (const slice of parseSlices(text, lines, sliceLength, carry)) {
    sliceWork.slices++;
    sliceWork.largestSlice = Math.max(sliceWork.largestSlice, slice.documents.length);
    yield slice;
    collectBetweenSlices();
  }
}

/** Pass 1: the input's facts into the model, a slice at a time (the model keeps only CRD documents). */
export function indexSliced(model: Model, uri: string, text: string, options: SliceOptions): SlicedInput {
  const lines = new LineIndex(text);
  const sliceLength = options.sliceLength ?? SLICE_LENGTH;
  let looksKubernetes = false;
  function* documents(): Generator<ManifestDocument> {
    for (const slice of counted(text, lines, sliceLength)) {
      for (const doc of slice.documents) {
        looksKubernetes ||= doc.looksKubernetes;
        yield doc;
      }
    }
  }
  model.setDocuments(uri, lines, documents());
  return { lines, looksKubernetes, sliceLength };
}

/**
 * Pass 2: each slice validated against the model of every input, as the whole file would be
 * (positions are the file's; duplicates carry across slices). Returns the diagnostics in reading
 * order and the number of non-empty documents.
 */
export function checkSliced(
  validate: (file: ParsedFile, settings: Partial<Settings>, scope: { model: Model; uri: string }) => Diagnostic[],
  model: Model,
  uri: string,
  text: string,
  input: SlicedInput,
  settings: Partial<Settings>,
): { diagnostics: Diagnostic[]; documents: number } {
  const diagnostics: Diagnostic[] = [];
  let documents = 0;
  // Whether the file is checked at all is the whole file's answer, not a slice's.
  const sliceSettings = { ...settings, requireKubernetes: settings.requireKubernetes || input.looksKubernetes };
  for (const slice of counted(text, input.lines, input.sliceLength, new Map())) {
    for (const d of validate(slice, sliceSettings, { model, uri })) diagnostics.push(d);
    documents += slice.documents.filter((d) => !d.isEmpty).length;
  }
  // Each slice's list is in reading order, and so is their sequence; sorted again (stable) in case.
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { diagnostics, documents };
}
