// Completion, for every enum-valued field of the common kinds (found by walking their schemas): every
// value offered, once inserted, yields no diagnostic on its line. test/completion/enumPlaces.test.ts
// holds the place-specific cases (a Job's restartPolicy) with their exact lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getLanguageService } from '../../server/src/languageService';
import { getSchemaStore, type ResolvedSchema } from '../../server/src/schema';

const service = getSchemaStore();
const engine = getLanguageService();

const KINDS: [string, string][] = [
  ['v1', 'Pod'],
  ['apps/v1', 'Deployment'],
  ['batch/v1', 'CronJob'],
  ['v1', 'Service'],
  ['v1', 'PersistentVolumeClaim'],
  ['v1', 'PersistentVolume'],
  ['networking.k8s.io/v1', 'Ingress'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['apps/v1', 'StatefulSet'],
  ['storage.k8s.io/v1', 'StorageClass'],
];

/**
 * Values that are valid only with another field, which the rule asks for on the value's line (`field=value code`):
 * an In operator needs values, a Localhost profile its file, an ExternalName Service its name.
 */
const NEEDS_MORE = new Set([
  'operator=In k8s/selector-operators',
  'operator=NotIn k8s/selector-operators',
  'operator=Gt k8s/selector-operators',
  'operator=Lt k8s/selector-operators',
  'type=ExternalName k8s/service-type',
  'type=Localhost k8s/pod-spec-fields',
  'mountPropagation=Bidirectional k8s/container-fields',
  'procMount=Unmasked k8s/pod-spec-fields',
  'dnsPolicy=None k8s/pod-spec-fields',
  'completionMode=Indexed k8s/job-fields',
  'action=FailIndex k8s/job-fields',
  'pathType=Exact k8s/ingress-fields',
  'pathType=Prefix k8s/ingress-fields',
]);

/** Known gaps, offered but then flagged (none today: stated here so that a new one fails the test, not slips by). */
const KNOWN_GAPS = new Set<string>();
const gapsSeen = new Set<string>();

/** A path from the object's root: names, `[]` for "an item of this list". */
type Path = string[];

/** Every path to a string enum below `root` (depth-bounded; each definition entered once per path). */
function enumPaths(root: ResolvedSchema): Path[] {
  const out: Path[] = [];
  const walk = (s: ResolvedSchema, path: Path, seen: Set<string>) => {
    if (path.length > 12) return;
    if (s.enum?.some((v) => typeof v === 'string' && v !== '') && path.length) out.push(path);
    if (s.definitionName) {
      if (seen.has(s.definitionName)) return;
      seen = new Set(seen).add(s.definitionName);
    }
    if (s.items) return walk(service.resolve(s.items), [...path, '[]'], seen);
    for (const [name, sub] of Object.entries(s.properties ?? {})) {
      if (name === 'status' || name === 'managedFields' || (path.length === 0 && (name === 'apiVersion' || name === 'kind'))) continue;
      walk(service.resolve(sub), [...path, name], seen);
    }
  };
  walk(root, [], new Set());
  return out;
}

/** The document with the cursor at the enum's value: nested keys, `- ` for list items. */
function documentAt(apiVersion: string, kind: string, path: Path): { text: string; line: number; character: number } {
  const lines = [`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', '  name: x'];
  let indent = 0;
  let dash = false;
  path.forEach((seg, i) => {
    if (seg === '[]') {
      dash = true;
      return;
    }
    const last = i === path.length - 1;
    const prefix = dash ? `${' '.repeat(indent)}- ` : ' '.repeat(indent);
    if (dash) indent += 2;
    dash = false;
    lines.push(`${prefix}${seg}:${last ? ' ' : ''}`);
    indent += 2;
  });
  // A list of enum values (`accessModes`): the cursor on a new item.
  if (path[path.length - 1] === '[]') lines.push(`${' '.repeat(indent)}- `);
  const line = lines.length - 1;
  const character = lines[line].length;
  return { text: lines.join('\n') + '\n', line, character };
}

for (const [apiVersion, kind] of KINDS) {
  test(`completion: every enum value offered anywhere in a ${kind} inserts without a diagnostic on its line`, () => {
    const root = service.schemaAt(apiVersion, kind, []);
    assert.ok(root, `${apiVersion} ${kind} has a schema`);
    const paths = enumPaths(root);
    assert.ok(paths.length > 0, 'the walk finds enum fields');
    const problems: string[] = [];
    let inserted = 0;
    for (const path of paths) {
      const { text, line, character } = documentAt(apiVersion, kind, path);
      const file = engine.parse(text);
      // The skeleton lacks the fields around the value (a container's name): what is said on the line
      // before a value is there is not the value's doing.
      const before = new Set(
        engine
          .validate(file)
          .filter((d) => d.range.start.line === line)
          .map((d) => `${d.code} ${d.message}`),
      );
      const items = engine.complete(file, { line, character }).items.filter((i) => i.kind === 12 || i.kind === 20);
      if (!items.length) problems.push(`${path.join('.')}: no value offered`);
      for (const item of items) {
        const value = (item.textEdit as { newText?: string } | undefined)?.newText ?? item.insertText ?? String(item.label);
        const lines = text.split('\n');
        lines[line] = lines[line] + value;
        const after = engine.validate(engine.parse(lines.join('\n'))).filter((d) => d.range.start.line === line);
        inserted++;
        const field = path.filter((p) => p !== '[]').pop();
        for (const d of after.filter((d) => !before.has(`${d.code} ${d.message}`))) {
          const key = `${field}=${String(item.label)} ${String(d.code)}`;
          if (NEEDS_MORE.has(key)) continue;
          if (KNOWN_GAPS.has(key)) {
            gapsSeen.add(key);
            continue;
          }
          problems.push(`${path.join('.')}: ${String(item.label)} → ${d.code} ${d.message}`);
        }
      }
    }
    assert.ok(inserted >= paths.length, 'each field offered at least one value');
    assert.deepEqual(problems, []);
  });
}

test('completion: the known gaps are still exactly those', () => {
  assert.deepEqual([...gapsSeen].sort(), [...KNOWN_GAPS].sort());
});
