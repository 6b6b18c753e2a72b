import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  Position,
  Range,
  SymbolInformation,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import { parseFile, type ParsedFile } from './yaml/parse';
import { validateFile } from './validation';
import { fileScope, type Model } from './model';

import { quickFixes } from './codeActions';
import { withDefaults, type Settings } from './settings';
import { complete } from './completion';
import { hover } from './hover';
import { buildGraph, type Graph } from './graph';
import { formatFile, type FormatOptions } from './format';
import * as navigation from './navigation';
import { fixAll } from './fixes/fixAll';
import { changedRegion } from './problem';

/**
 * The engine's one entry point, free of editor APIs: parse once, hand the parsed file to each
 * feature. The language server, the CLI and the tests all go through it.
 */
export interface LanguageService {
  /** `maxLength`: files longer than this are not parsed (the editor passes EDITOR_MAX_LENGTH). */
  parse(text: string, previous?: ParsedFile, maxLength?: number): ParsedFile;
  /** `scope`: the model references resolve in (the workspace, the CLI's files), holding this file under `uri`. */
  validate(file: ParsedFile, settings?: Partial<Settings>, scope?: { model: Model; uri: string }): Diagnostic[];
  /** With `file` (the current parse), fixes that would make its YAML more broken are left out. */
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], file?: ParsedFile): CodeAction[];
  /** `scope`: names of other files' objects are offered too (claims, ConfigMaps, Secrets, Services …). */
  complete(file: ParsedFile, position: Position, settings?: Partial<Settings>, scope?: { model: Model; uri: string }): CompletionList;
  /** `scope`: where selectors and references find their targets (default: the file alone). */
  hover(file: ParsedFile, position: Position, settings?: Partial<Settings>, scope?: { model: Model; uri: string }): Hover | null;
  /** The objects of the file and everything connected to them in `scope` (default: the file alone), for the graph preview. */
  graph(file: ParsedFile, scope?: { model: Model; uri: string }): Graph;
  /** Edits that reformat the file (or the documents `range` touches); none when it must stay as written. */
  format(file: ParsedFile, options: FormatOptions, range?: Range): Promise<TextEdit[]>;
  /** The Outline: one symbol per object, with its containers, volumes, ports, rules and data keys. */
  outline(file: ParsedFile): DocumentSymbol[];

  // Navigation across the workspace: each asks the model of the workspace's files, where `file`
  // (the parse of `uri`) is the one the model holds for it.
  /** Go to Definition from a reference (LocationLinks: the whole name is the link). */
  definition(model: Model, uri: string, file: ParsedFile, position: Position): LocationLink[];
  references(model: Model, uri: string, file: ParsedFile, position: Position, includeDeclaration: boolean): Location[];
  /** The other occurrences, in this file, of the name or label under the cursor. */
  highlights(model: Model, uri: string, file: ParsedFile, position: Position): DocumentHighlight[];
  /** What a rename here would rename, or why it is refused; `note` is said to the user first. */
  prepareRename(model: Model, uri: string, file: ParsedFile, position: Position): navigation.PrepareResult;
  rename(model: Model, uri: string, file: ParsedFile, position: Position, newName: string): { edit: WorkspaceEdit } | { refused: string };
  /** Code lenses of the file's objects, without titles; `resolveCodeLens` gives each its title and peek. */
  codeLenses(model: Model, uri: string): CodeLens[];
  resolveCodeLens(model: Model, lens: CodeLens): CodeLens;
  workspaceSymbols(model: Model, query: string): SymbolInformation[];
  /** Fix all: every preferred fix, repeated until nothing changes, as one edit (none when nothing to fix). */
  fixAll(file: ParsedFile, settings?: Partial<Settings>): TextEdit[];
}

export function getLanguageService(): LanguageService {
  return {
    parse: parseFile,
    validate: (file, settings, scope) => validateFile(file, withDefaults(settings), scope ?? {}),
    codeActions: quickFixes,
    complete: (file, position, settings, scope) => complete(file, position, settings, scope),
    hover: (file, position, settings, scope) => hover(file, position, settings, undefined, scope),
    graph: (file, scope) => {
      const { model, uri } = fileScope(file, scope);
      return buildGraph(model, uri);
    },
    format: formatFile,
    outline: navigation.outline,
    definition: (model, uri, file, position) => navigation.definition(model, uri, file.lines.offsetAt(position)),
    references: (model, uri, file, position, includeDeclaration) =>
      navigation.references(model, uri, file.lines.offsetAt(position), includeDeclaration),
    highlights: (model, uri, file, position) => navigation.highlights(model, uri, file.lines.offsetAt(position)),
    prepareRename: (model, uri, file, position) => navigation.prepareRename(model, uri, file, file.lines.offsetAt(position)),
    rename: (model, uri, file, position, newName) => navigation.rename(model, uri, file, file.lines.offsetAt(position), newName),
    codeLenses: navigation.codeLenses,
    resolveCodeLens: navigation.resolveCodeLens,
    workspaceSymbols: (model, query) => navigation.workspaceSymbols(model, query),
    fixAll: (file, settings) => {
      const region = changedRegion(file.text, fixAll(file.text, withDefaults(settings)).text);
      return region ? [{ range: file.lines.range(region.start, region.end), newText: region.newText }] : [];
    },
  };
}
