import * as path from 'node:path';
import * as vscode from 'vscode';
import { GraphPanel } from './graphPanel';
import { registerShowReferences } from './showReferences';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: { configurationSection: 'k8sense' },
    outputChannelName: 'k8sense',
    // The server's hover and completion text in the editor's display language (English by default).
    initializationOptions: { l10nBundle: vscode.l10n.uri?.fsPath },
  };
  client = new LanguageClient('k8sense', 'k8sense', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('k8sense.showGraph', () => GraphPanel.show(context.extensionUri, client!)),
    // The server offers fix-all as the source action kind `source.fixAll.k8sense` (also for codeActionsOnSave).
    vscode.commands.registerCommand('k8sense.fixAll', () =>
      vscode.commands.executeCommand('editor.action.sourceAction', { kind: 'source.fixAll.k8sense', apply: 'first' }),
    ),
    // After a window reload VS Code hands back the graph panel that was open: draw it again.
    vscode.window.registerWebviewPanelSerializer(GraphPanel.viewType, {
      deserializeWebviewPanel: async (panel) => GraphPanel.revive(panel, context.extensionUri, client!),
    }),
    registerShowReferences(() => client!),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
