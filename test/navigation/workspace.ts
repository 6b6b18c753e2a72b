import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import { buildModel, type Model } from '../../server/src/model';
import { parseFile, type ParsedFile } from '../../server/src/yaml/parse';

export const FIXTURE = join(__dirname, 'fixtures', 'shop');
export const uriOf = (name: string) => `file://${join(FIXTURE, name)}`;

export interface Workspace {
  model: Model;
  files: Map<string, ParsedFile>;
  texts: Record<string, string>;
}

/** The fixture workspace as the server holds it: every file parsed into one model. */
export function loadWorkspace(overrides: Record<string, string> = {}): Workspace {
  const texts: Record<string, string> = {};
  for (const name of readdirSync(FIXTURE).filter((n) => n.endsWith('.yaml'))) texts[name] = readFileSync(join(FIXTURE, name), 'utf8');
  Object.assign(texts, overrides);
  const files = new Map(Object.entries(texts).map(([name, text]) => [uriOf(name), parseFile(text)]));
  return { model: buildModel([...files].map(([uri, file]) => ({ uri, file }))), files, texts };
}

/** The offset of `word` inside the `nth` (0-based) occurrence of `context` in a fixture text. */
export function offsetIn(text: string, context: string, word = context, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(context, at + 1);
    if (at === -1) throw new Error(`"${context}" #${nth} not found`);
  }
  const inner = context.indexOf(word);
  if (inner === -1) throw new Error(`"${word}" not in "${context}"`);
  return at + inner;
}

/** `file:L:C-L:C`, 1-based, as a user reads a place. */
export function place(uri: string, range: Range): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return `${name}:${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/**
 * Go to Definition in the fixture, per reference kind: [file, context, word in it, nth context,
 * "origin → target"] (the facade and the LSP tests both run it).
 */
export const DEFINITION_CASES: [string, string, string, number, string][] = [
  ['deployment.yaml', 'claimName: uploads', 'uploads', 0, 'deployment.yaml:45:24-45:31 → storage.yaml:4:9-4:16'],
  ['deployment.yaml', 'configMapRef:\n                name: web', 'web', 0, 'deployment.yaml:32:23-32:26 → config.yaml:4:9-4:12'],
  ['deployment.yaml', 'configMap:\n            name: web', 'web', 0, 'deployment.yaml:48:19-48:22 → config.yaml:4:9-4:12'],
  ['deployment.yaml', 'secretKeyRef:\n                  name: web', 'web', 0, 'deployment.yaml:37:25-37:28 → config.yaml:12:9-12:12'],
  ['deployment.yaml', 'key: password', 'password', 0, 'deployment.yaml:38:24-38:32 → config.yaml:15:3-15:11'],
  ['deployment.yaml', 'name: registry', 'registry', 0, 'deployment.yaml:19:17-19:25 → config.yaml:26:9-26:17'],
  ['deployment.yaml', 'serviceAccountName: web-sa', 'web-sa', 0, 'deployment.yaml:17:27-17:33 → config.yaml:20:9-20:15'],
  ['deployment.yaml', 'port: web', 'web', 0, 'deployment.yaml:29:21-29:24 → deployment.yaml:24:21-24:24'],
  [
    'deployment.yaml',
    '- name: uploads\n              mountPath',
    'uploads',
    0,
    'deployment.yaml:40:21-40:28 → deployment.yaml:43:17-43:24',
  ],
  ['service.yaml', 'targetPort: web', 'web', 0, 'service.yaml:12:19-12:22 → deployment.yaml:24:21-24:24'],
  ['service.yaml', 'name: web\n                port', 'web', 0, 'service.yaml:28:23-28:26 → service.yaml:4:9-4:12'],
  ['service.yaml', 'name: http\n', 'http', 1, 'service.yaml:30:25-30:29 → service.yaml:10:13-10:17'],
  ['storage.yaml', 'storageClassName: fast', 'fast', 0, 'storage.yaml:7:21-7:25 → storage.yaml:31:9-31:13'],
  ['storage.yaml', 'claimRef:\n    name: uploads', 'uploads', 0, 'storage.yaml:23:11-23:18 → storage.yaml:4:9-4:16'],
  ['policy.yaml', 'kind: Deployment\n    name: web', 'web', 0, 'policy.yaml:21:11-21:14 → deployment.yaml:4:9-4:12'],
  // Selector labels: to the label in each pod template they select.
  ['service.yaml', 'selector:\n    app: web', 'web', 0, 'service.yaml:8:10-8:13 → deployment.yaml:14:14-14:17'],
  ['policy.yaml', 'app: web', 'app', 0, 'policy.yaml:10:7-10:10 → deployment.yaml:14:9-14:12'],
  ['deployment.yaml', 'matchLabels:\n      app: web', 'web', 0, 'deployment.yaml:10:12-10:15 → deployment.yaml:14:14-14:17'],
];
