import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { EditedText } from './editedText';
import { getLanguageService } from './languageService';
import { withProblems } from './problemHover';
import type { Diagnostic } from 'vscode-languageserver-types';
import { withDefaults, type Settings } from './settings';
import { Workspace } from './workspace/workspace';
import { configureL10n, localeFromEnv, setLocale } from './l10n';
import { GRAPH_REQUEST, type Graph, type GraphParams } from './graph';
import type { Model } from './model';
import type { ParsedFile } from './yaml/parse';

const YAML_FILE = /\.ya?ml$/i;
const FIX_ALL_KIND = 'source.fixAll.k8sense';

/** Wires the engine to an LSP connection: documents in, diagnostics and answers out. */
export function startServer(connection: Connection): void {
  // Open documents whose text is joined when read, not copied on every change (a burst of edits).
  const documents = new TextDocuments({ create: EditedText.create, update: EditedText.update });
  const service = getLanguageService();
  const settingsCache = new Map<string, Promise<Settings>>();
  let initSettings: Partial<Settings> = {};
  let canPullConfiguration = false;
  /** The diagnostics last published per document, for the hover of clients that do not show them there. */
  const published = new Map<string, Diagnostic[]>();
  let problemsInHover = true;
  let canWatchFiles = false;
  let canReportProgress = false;
  let folders: string[] = [];
  const workspace = new Workspace({
    // Open files have their own settings; the others share their folder's (one request per folder, not per file).
    settings: (uri) => settingsFor(documents.get(uri) ? uri : (folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`)) ?? uri)),
    publish: (uri, diagnostics, version) => {
      published.set(uri, diagnostics);
      void connection.sendDiagnostics({ uri, version, diagnostics });
    },
    // A notification, not a request: nothing waits for the user to dismiss it.
    notify: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message }),
    progress: async (title) => {
      if (!canReportProgress) return { report: () => undefined, done: () => undefined };
      const p = await connection.window.createWorkDoneProgress().catch(() => undefined);
      if (!p) return { report: () => undefined, done: () => undefined };
      p.begin(title, 0, undefined, false);
      return { report: (done, total) => p.report(Math.round((100 * done) / total), `${done}/${total} files`), done: () => p.done() };
    },
    isYaml: (uri, languageId) => YAML_FILE.test(uri) || languageId === 'yaml' || documents.get(uri)?.languageId === 'yaml',
  });

  connection.onInitialize((params: InitializeParams) => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    // VS Code (and its forks) show a squiggle's diagnostics in the hover already; Neovim and others do not.
    problemsInHover = !/visual studio code|code-server|vscodium|code - oss|cursor/i.test(params.clientInfo?.name ?? '');
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canReportProgress = !!params.capabilities.window?.workDoneProgress;
    folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    initSettings = (params.initializationOptions as { settings?: Partial<Settings> } | undefined)?.settings ?? {};
    // VS Code passes the bundle of its display language; other clients a locale (or the environment's).
    const l10nOptions = params.initializationOptions as { l10nBundle?: string; locale?: string } | undefined;
    if (!configureL10n(l10nOptions?.l10nBundle)) setLocale(l10nOptions?.locale ?? params.locale ?? localeFromEnv());
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [':', ' ', '-'] },
        hoverProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentSymbolProvider: { label: 'k8sense' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        codeLensProvider: { resolveProvider: true },
        workspaceSymbolProvider: true,
      },
      serverInfo: { name: 'k8sense' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'k8sense' }).catch(() => undefined);
    }
    // The client watches the workspace's YAML files for us (changes made outside the editor).
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] })
        .catch(() => undefined);
    }
    void workspace.scan(folders).catch((err) => connection.console.error(`k8sense: reading the workspace failed: ${String(err)}`));
  });

  function settingsFor(uri: string): Promise<Settings> {
    let s = settingsCache.get(uri);
    if (!s) {
      s = canPullConfiguration
        ? connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'k8sense' })
            .then((c: Partial<Settings> | null) => withDefaults({ ...initSettings, ...(c ?? {}) }))
            .catch(() => withDefaults(initSettings))
        : Promise.resolve(withDefaults(initSettings));
      settingsCache.set(uri, s);
    }
    return s;
  }

  documents.onDidOpen((e) => workspace.opened(e.document.uri, e.document.getText(), e.document.version, e.document.languageId));
  // The text is read when it is parsed: a burst of changes is joined once.
  documents.onDidChangeContent((e) =>
    workspace.opened(e.document.uri, () => e.document.getText(), e.document.version, e.document.languageId),
  );
  documents.onDidClose((e) => {
    void workspace.closed(e.document.uri).finally(() => settingsCache.delete(e.document.uri));
  });
  connection.onDidChangeWatchedFiles((params) => void workspace.watched(params.changes));

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { k8sense?: Partial<Settings> } | undefined)?.k8sense;
    if (pushed && !canPullConfiguration) initSettings = pushed;
    settingsCache.clear();
    workspace.settingsChanged();
  });

  /** The parse of the document as it is now, shared by validation and requests; unchanged text is not parsed again. */
  const currentParse = (uri: string) => workspace.current(uri);

  // For tests and the bench: how much validation work the server did.
  connection.onRequest('k8sense/stats', async () => {
    await workspace.idle();
    return { ...workspace.stats, checked: { ...workspace.stats.checked } };
  });

  connection.onCompletion(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current
      ? service.complete(current.file, params.position, current.settings, { model: workspace.model, uri: params.textDocument.uri })
      : null;
  });

  connection.onHover(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    const hover = current
      ? service.hover(current.file, params.position, current.settings, { model: workspace.model, uri: params.textDocument.uri })
      : null;
    return problemsInHover ? withProblems(hover, published.get(params.textDocument.uri) ?? [], params.position) : hover;
  });

  // The graph preview asks as the user types: parse now rather than wait for the scheduled validation.
  connection.onRequest(GRAPH_REQUEST, async (params: GraphParams): Promise<Graph> => {
    const current = await currentParse(params.uri);
    return current ? service.graph(current.file, { model: workspace.model, uri: params.uri }) : { nodes: [], edges: [] };
  });

  connection.onDocumentFormatting(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current ? service.format(current.file, params.options) : [];
  });

  connection.onDocumentRangeFormatting(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current ? service.format(current.file, params.options, params.range) : [];
  });

  connection.onDocumentSymbol(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current ? service.outline(current.file) : [];
  });

  // Navigation asks the model of the files the server holds, each at its newest text.
  async function navigate<T>(uri: string, answer: (model: Model, file: ParsedFile, settings: Settings) => T, none: T): Promise<T> {
    const model = await workspace.synced();
    const current = await currentParse(uri);
    return current ? answer(model, current.file, current.settings) : none;
  }
  const refuse = (message: string) => new ResponseError(ErrorCodes.InvalidRequest, message);

  connection.onDefinition(({ textDocument: { uri }, position }) => navigate(uri, (m, f) => service.definition(m, uri, f, position), []));
  connection.onReferences(({ textDocument: { uri }, position, context }) =>
    navigate(uri, (m, f) => service.references(m, uri, f, position, context.includeDeclaration), []),
  );
  connection.onDocumentHighlight(({ textDocument: { uri }, position }) =>
    navigate(uri, (m, f) => service.highlights(m, uri, f, position), []),
  );
  connection.onPrepareRename(({ textDocument: { uri }, position }) =>
    navigate(
      uri,
      (m, f) => {
        const result = service.prepareRename(m, uri, f, position);
        if ('refused' in result) throw refuse(result.refused);
        // Said before the user types the new name (e.g. an immutable selector is renamed too).
        if (result.note)
          void connection
            .sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `k8sense: ${result.note}` })
            .catch(() => undefined);
        return { range: result.range, placeholder: result.placeholder };
      },
      null,
    ),
  );
  connection.onRenameRequest(({ textDocument: { uri }, position, newName }) =>
    navigate(
      uri,
      (m, f) => {
        const result = service.rename(m, uri, f, position, newName);
        if ('refused' in result) throw refuse(result.refused);
        return result.edit;
      },
      null,
    ),
  );
  connection.onCodeLens(({ textDocument: { uri } }) =>
    navigate(uri, (m, _f, settings) => (settings.codeLens ? service.codeLenses(m, uri) : []), []),
  );
  connection.onCodeLensResolve(async (lens) => service.resolveCodeLens(await workspace.synced(), lens));
  connection.onWorkspaceSymbol(async ({ query }) => service.workspaceSymbols(await workspace.synced(), query));

  connection.onCodeAction(async (params) => {
    const { only, diagnostics } = params.context;
    const uri = params.textDocument.uri;
    const current = await currentParse(uri);
    // With the current parse, fixes that would leave the YAML more broken are not offered.
    const actions =
      !only || only.some((k) => k === 'quickfix' || k.startsWith('quickfix.'))
        ? service.codeActions(uri, params.range, diagnostics, current?.file)
        : [];
    // `source.fixAll` on save (editor.codeActionsOnSave) and the "Fix All Problems in File" command ask for it by kind.
    if (only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
      const edits = current ? service.fixAll(current.file, current.settings) : [];
      if (edits.length) actions.push({ title: 'Fix all k8sense problems', kind: FIX_ALL_KIND, edit: { changes: { [uri]: edits } } });
    }
    return actions;
  });

  documents.listen(connection);
  connection.listen();
}

/** Start on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`). */
export function main(): void {
  startServer(createConnection(ProposedFeatures.all));
}

// Started directly: VS Code runs dist/server.js over IPC; `k8sense lsp --stdio` calls main().
if (require.main === module) main();
