import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { parseFile, type ParsedFile } from './yaml/parse';
import { validateFile } from './validation';
import type { Model } from './model';
import { quickFixes } from './codeActions';
import { withDefaults, type Settings } from './settings';
import { complete } from './completion';
import { hover } from './hover';
import { buildGraph, type Graph } from './graph';
import { formatFile, type FormatOptions } from './format';
import { outline } from './navigation';

/**
 * The engine's one entry point, free of editor APIs: parse once, hand the parsed file to each
 * feature. The language server, the CLI and the tests all go through it.
 */
export interface LanguageService {
  /** `maxLength`: files longer than this are not parsed (the editor passes EDITOR_MAX_LENGTH). */
  parse(text: string, previous?: ParsedFile, maxLength?: number): ParsedFile;
  /** `scope`: the model references resolve in (the workspace, the CLI's files), holding this file under `uri`. */
  validate(file: ParsedFile, settings?: Partial<Settings>, scope?: { model: Model; uri: string }): Diagnostic[];
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  complete(file: ParsedFile, position: Position, settings?: Partial<Settings>): CompletionList;
  hover(file: ParsedFile, position: Position, settings?: Partial<Settings>): Hover | null;
  /** The objects of the file and their references, for the graph preview. */
  graph(file: ParsedFile): Graph;
  /** Edits that reformat the file (or the documents `range` touches); none when it must stay as written. */
  format(file: ParsedFile, options: FormatOptions, range?: Range): Promise<TextEdit[]>;
  /** The Outline: one symbol per object, with its containers, volumes, ports, rules and data keys. */
  outline(file: ParsedFile): DocumentSymbol[];
}

export function getLanguageService(): LanguageService {
  return {
    parse: parseFile,
    validate: (file, settings, scope) => validateFile(file, withDefaults(settings), scope ?? {}),
    codeActions: quickFixes,
    complete: (file, position, settings) => complete(file, position, settings),
    hover: (file, position, settings) => hover(file, position, settings),
    graph: buildGraph,
    format: formatFile,
    outline,
  };
}
