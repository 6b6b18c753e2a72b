import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { GRAPH_REQUEST, type GraphParams } from '../../server/src/graph/protocol';
import type { Graph } from '../../server/src/graph/types';
import type { FromWebview, ToWebview } from './webview/messages';
import { GRAPH_CSS } from './webview/styles';
import { cspNonce, parseFromWebview } from './webviewTrust';

/** Edits closer together than this are drawn once: the graph follows typing without redrawing every keystroke. */
const REFRESH_DELAY_MS = 150;

/**
 * The object-graph preview beside the editor: one panel that follows the active YAML editor, asks
 * the server for the graph as the document changes, and reveals an object when its box is clicked.
 */
export class GraphPanel {
  private static current: GraphPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
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
      'Object Graph',
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
    panel.webview.html = html(panel.webview, vscode.Uri.joinPath(extensionUri, 'dist', 'graph.js'));
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
    this.panel.title = this.document ? `Graph: ${fileName(this.document)}` : 'Object Graph';
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
      const params: GraphParams = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
      message = { type: 'graph', file, graph: await this.client.sendRequest<Graph>(GRAPH_REQUEST, params) };
    } catch (err) {
      message = { type: 'error', file, message: err instanceof Error ? err.message : String(err) };
    }
    // A later edit or editor switch has its own request under way.
    if (generation === this.generation) this.post(message);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    if (message.type === 'ready') return this.refresh();
    if (message.type !== 'reveal' || !this.document) return;
    const document = this.document;
    const line = document.lineAt(Math.max(0, Math.min(message.line, document.lineCount - 1)));
    const at = new vscode.Position(line.lineNumber, line.firstNonWhitespaceCharacterIndex);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Selection(at, at),
    });
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
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
function html(webview: vscode.Webview, script: vscode.Uri): string {
  const nonce = cspNonce();
  const csp = [
    `default-src 'none'`,
    `img-src ${webview.cspSource} data:`,
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Object Graph</title>
<style nonce="${nonce}">${GRAPH_CSS}</style>
</head>
<body>
<script nonce="${nonce}" src="${webview.asWebviewUri(script)}"></script>
</body>
</html>`;
}
