import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GRAPH_REQUEST, type GraphParams } from '../../server/src/graph/protocol';
import type { Graph, GraphRange } from '../../server/src/graph/types';
import type { FromWebview, ToWebview } from './webview/messages';
import { graphStrings } from './webview/strings';
import { GRAPH_CSS } from './webview/styles';
import { cspNonce, openTarget, parseFromWebview } from './webviewTrust';

/** Edits closer together than this are drawn once: the graph follows typing without redrawing every keystroke. */
const REFRESH_DELAY_MS = 150;

/**
 * The object-graph preview beside the editor: one panel that follows the active YAML editor, asks
 * the server for the graph as the document changes, and reveals an object when its box is clicked
 * (opening its file first when the object lives in another file of the app).
 */
export class GraphPanel {
  private static current: GraphPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  /** The graph on screen: an `open` from the page may only go to one of its files. */
  private shown: Graph | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  static readonly viewType = 'k8sense.graph';

  static show(extensionUri: vscode.Uri, client: LanguageClient): void {
    const editor = vscode.window.activeTextEditor;
    if (GraphPanel.current) {
      GraphPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      if (editor?.document.languageId === 'yaml') GraphPanel.current.follow(editor.document);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      GraphPanel.viewType,
      vscode.l10n.t('Object Graph'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, retainContextWhenHidden: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] },
    );
    GraphPanel.current = new GraphPanel(panel, extensionUri, client);
  }

  /** The panel VS Code restores after a reload (WebviewPanelSerializer): it follows the active YAML editor again. */
  static revive(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, client: LanguageClient): void {
    GraphPanel.current?.panel.dispose();
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
    GraphPanel.current = new GraphPanel(panel, extensionUri, client);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
  ) {
    panel.webview.html = html(
      panel.webview,
      vscode.Uri.joinPath(extensionUri, 'dist', 'graph.js'),
      JSON.stringify(graphStrings((m, ...a) => vscode.l10n.t(m, ...a))),
    );
    const yaml =
      vscode.window.activeTextEditor?.document.languageId === 'yaml'
        ? vscode.window.activeTextEditor
        : vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'yaml');
    this.document = yaml?.document;
    this.updateTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const m = parseFromWebview(raw);
        if (m) void this.onMessage(m);
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e?.document.languageId === 'yaml') this.follow(e.document);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.follow(undefined);
      }),
    );
  }

  private follow(document: vscode.TextDocument | undefined): void {
    if (document === this.document) return;
    this.document = document;
    this.updateTitle();
    this.schedule(0);
  }

  private updateTitle(): void {
    this.panel.title = this.document ? vscode.l10n.t('Graph: {0}', fileName(this.document)) : vscode.l10n.t('Object Graph');
  }

  private schedule(delay = REFRESH_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const document = this.document;
    const generation = ++this.generation;
    if (!document) return this.post({ type: 'empty', reason: 'no-editor' });
    const file = fileName(document);
    let message: ToWebview;
    try {
      const uri = this.client.code2ProtocolConverter.asUri(document.uri);
      const graph = await this.client.sendRequest<Graph>(GRAPH_REQUEST, { uri } satisfies GraphParams);
      message = { type: 'graph', file, uri, graph, paths: this.pathsOf(graph, uri) };
    } catch (err) {
      message = { type: 'error', file, message: err instanceof Error ? err.message : String(err) };
    }
    // A later edit or editor switch has its own request under way.
    if (generation === this.generation) {
      this.shown = message.type === 'graph' ? message.graph : undefined;
      this.post(message);
    }
  }

  /** Each other file's path as the Explorer shows it (relative to its workspace folder). */
  private pathsOf(graph: Graph, active: string): Record<string, string> {
    const paths: Record<string, string> = {};
    for (const n of graph.nodes) {
      if (!n.uri || n.uri === active || n.uri in paths) continue;
      paths[n.uri] = vscode.workspace.asRelativePath(this.client.protocol2CodeConverter.asUri(n.uri));
    }
    return paths;
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    if (message.type === 'ready') return this.refresh();
    if (message.type === 'open') return this.open(message.range, openTarget(message, this.shown));
    if (message.type !== 'reveal' || !this.document) return;
    const document = this.document;
    const line = document.lineAt(Math.max(0, Math.min(message.line, document.lineCount - 1)));
    const at = new vscode.Position(line.lineNumber, line.firstNonWhitespaceCharacterIndex);
    await this.showAt(document, new vscode.Selection(at, at));
  }

  /** An object of another file: open that file where the followed one is, its name selected (the graph then follows it). */
  private async open(range: GraphRange, uri: string | undefined): Promise<void> {
    if (!uri) return;
    const document = await vscode.workspace.openTextDocument(this.client.protocol2CodeConverter.asUri(uri));
    // The file may have changed since the graph was drawn: keep the selection inside it.
    const at = (p: GraphRange['start']) => document.validatePosition(new vscode.Position(p.line, p.character));
    await this.showAt(document, new vscode.Selection(at(range.start), at(range.end)));
  }

  private async showAt(document: vscode.TextDocument, selection: vscode.Selection): Promise<void> {
    const followed = this.document;
    const column =
      vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ??
      vscode.window.visibleTextEditors.find((e) => e.document === followed)?.viewColumn ??
      vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private dispose(): void {
    clearTimeout(this.timer);
    GraphPanel.current = undefined;
    for (const d of this.disposables) d.dispose();
  }
}

function fileName(document: vscode.TextDocument): string {
  return document.uri.path.split('/').pop() || document.uri.toString();
}

/** Everything comes from the extension (no remote resources): the bundled script and an inline stylesheet, both under a nonce. */
function html(webview: vscode.Webview, script: vscode.Uri, strings: string): string {
  const nonce = cspNonce();
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource} data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(vscode.l10n.t('Object Graph'))}</title>
<style nonce="${nonce}">${GRAPH_CSS}</style>
</head>
<body>
<script type="application/json" id="k8sense-strings" nonce="${nonce}">${strings.replace(/</g, '\\u003c')}</script>
<script nonce="${nonce}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
