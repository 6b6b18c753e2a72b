// A language server started over stdio on a workspace folder, as an editor starts it.
import { pathToFileURL } from 'node:url';
import { InitializeRequest, InitializedNotification } from 'vscode-languageserver-protocol/node';
import { LspClient } from './lspClient';

export interface Started {
  client: LspClient;
  registrations: string[];
  progress: unknown[];
  messages: string[];
}

/** Start the server with `folder` as its one workspace folder (watcher, progress and diagnostics versions supported). */
export async function startWorkspaceServer(
  folder: string,
  settings: Record<string, unknown> = {},
  env?: NodeJS.ProcessEnv,
): Promise<Started> {
  const client = new LspClient(undefined, env);
  const started: Started = { client, registrations: [], progress: [], messages: [] };
  client.connection.onRequest('client/registerCapability', (p: { registrations: { method: string }[] }) => {
    started.registrations.push(...p.registrations.map((r) => r.method));
    return null;
  });
  client.connection.onRequest('window/workDoneProgress/create', () => null);
  client.connection.onNotification('$/progress', (p: { value: unknown }) => void started.progress.push(p.value));
  client.connection.onNotification('window/showMessage', (p: { message: string }) => void started.messages.push(p.message));
  await client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
    capabilities: {
      textDocument: { publishDiagnostics: { versionSupport: true } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
      window: { workDoneProgress: true },
    },
    initializationOptions: { settings },
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
  return started;
}

/** The server's work counters once it is idle: validations and publishes, and validations by file. */
export interface Stats {
  validations: number;
  publishes: number;
  checked: Record<string, number>;
}

export const workspaceStats = (c: LspClient) => c.connection.sendRequest('k8sense/stats') as Promise<Stats>;
