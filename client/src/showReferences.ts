import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What the server puts in a code lens's command: where the lens is, and the places it stands for. */
type Args = [uri: string, position: { line: number; character: number }, locations: { uri: string; range: never }[]];

export const SHOW_REFERENCES = 'k8sense.showReferences';

/** A code lens opens VS Code's references peek at the lens with the places it counts. */
export function registerShowReferences(client: () => LanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(SHOW_REFERENCES, async (...[uri, position, locations]: Args) => {
    const c = client().protocol2CodeConverter;
    await vscode.commands.executeCommand(
      'editor.action.showReferences',
      c.asUri(uri),
      c.asPosition(position),
      locations.map((l) => c.asLocation(l)),
    );
  });
}
