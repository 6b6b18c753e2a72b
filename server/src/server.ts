import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type Connection,
  type InitializeParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from './languageService';
import { isExcluded } from './exclude';
import { EDITOR_MAX_LENGTH, type ParsedFile } from './yaml/parse';
import { withDefaults, type Settings } from './settings';
import { configureL10n } from './l10n';
import { GRAPH_REQUEST, type Graph, type GraphParams } from './graph';

const YAML_FILE = /\.ya?ml$/i;
const FIX_ALL_KIND = 'source.fixAll.k8sense';

/** Wires the engine to an LSP connection: documents in, diagnostics and answers out. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = getLanguageService();
  const parsed = new Map<string, ParsedFile>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let initSettings: Partial<Settings> = {};
  let canPullConfiguration = false;
  const pending = new Set<string>();
  let scheduled = false;

  connection.onInitialize((params: InitializeParams) => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    initSettings = (params.initializationOptions as { settings?: Partial<Settings> } | undefined)?.settings ?? {};
    configureL10n((params.initializationOptions as { l10nBundle?: string } | undefined)?.l10nBundle);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        completionProvider: { triggerCharacters: [':', ' ', '-'] },
        hoverProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentSymbolProvider: { label: 'k8sense' },
      },
      serverInfo: { name: 'k8sense' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'k8sense' }).catch(() => undefined);
    }
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

  async function validate(uri: string): Promise<void> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return;
    const current = await currentParse(uri);
    const diagnostics = current ? service.validate(current.file, current.settings) : [];
    // A newer version arrived while settings were fetched: its own run will publish.
    if (documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  // Coalesce bursts of keystrokes without a fixed delay: validate what is pending once the event
  // loop has drained the queued changes.
  function schedule(uri: string): void {
    pending.add(uri);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const uris = [...pending];
      pending.clear();
      for (const u of uris) {
        validate(u).catch((err) => connection.console.error(`k8sense: validation failed for ${u}: ${String(err)}`));
      }
    });
  }

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    parsed.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { k8sense?: Partial<Settings> } | undefined)?.k8sense;
    if (pushed && !canPullConfiguration) initSettings = pushed;
    settingsCache.clear();
    for (const d of documents.all()) schedule(d.uri);
  });

  /**
   * The parse of the document as it is now, shared by validation and requests (which can arrive
   * before the scheduled validation ran); unchanged text is not parsed again.
   */
  async function currentParse(uri: string): Promise<{ file: ParsedFile; settings: Settings } | undefined> {
    const document = documents.get(uri);
    if (!document || !(YAML_FILE.test(uri) || document.languageId === 'yaml')) return undefined;
    const settings = await settingsFor(uri);
    if (isExcluded(uri, settings.exclude)) return undefined;
    const text = document.getText();
    let file = parsed.get(uri);
    if (file?.text !== text) {
      file = service.parse(text, file, EDITOR_MAX_LENGTH);
      parsed.set(uri, file);
    }
    return { file, settings };
  }

  connection.onCompletion(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current ? service.complete(current.file, params.position, current.settings) : null;
  });

  connection.onHover(async (params) => {
    const current = await currentParse(params.textDocument.uri);
    return current ? service.hover(current.file, params.position, current.settings) : null;
  });

  // The graph preview asks as the user types: parse now rather than wait for the scheduled validation.
  connection.onRequest(GRAPH_REQUEST, async (params: GraphParams): Promise<Graph> => {
    const current = await currentParse(params.uri);
    return current ? service.graph(current.file) : { nodes: [], edges: [] };
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

  connection.onCodeAction(async (params) => {
    const { only, diagnostics } = params.context;
    const uri = params.textDocument.uri;
    const actions = !only || only.some((k) => k === 'quickfix' || k.startsWith('quickfix.')) ? service.codeActions(uri, params.range, diagnostics) : [];
    // `source.fixAll` on save (editor.codeActionsOnSave) and the "Fix All Problems in File" command ask for it by kind.
    if (only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
      const current = await currentParse(uri);
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
