// Schema validation must stay proportional to parsing: a 2,000-document file (~37,000 lines) is
// parsed and schema-checked in at most 2.5× the time the `yaml` package alone takes to parse it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseFile } from '../../server/src/yaml/parse';
import { YAML_OPTIONS } from '../../server/src/yaml/yaml11';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';
import { schemaCheck } from '../../server/src/validate/schemaCheck';
import { crdCheck } from '../../server/src/validate/crd';

const ROOT = join(__dirname, '..', '..');

function bigFile(): string {
  const sources = ['services.yaml', 'pv-pvc-pod.yaml', 'cronjob.yaml', 'pod-shared-emptydir.yaml', 'hostpath-pod.yaml'];
  const docs = sources.flatMap((f) => readFileSync(join(ROOT, 'examples', f), 'utf8').split(/^---$/m).map((d) => d.trim()).filter(Boolean));
  const out: string[] = [];
  for (let i = 0; out.length < 2000; i++) out.push(docs[i % docs.length].replace(/name: (\S+)/, `name: $1-${i}`));
  return out.join('\n---\n') + '\n';
}

/** Fastest of a few runs: the least disturbed by other work on the machine. */
function fastest(run: () => void, times = 5): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

test('parse + schema validation of 2,000 documents ≤ 2.5× the yaml package\'s parse', () => {
  const text = bigFile();
  assert.ok(text.split('\n').length > 30000);
  const settings = withDefaults({});
  const checks = { documentChecks: [schemaCheck], fileChecks: [crdCheck] };
  // Compile the schemas once (done lazily on first use, as in the server).
  const first = validateFile(parseFile(text), settings, checks);
  assert.deepEqual(first.filter((d) => d.severity === 1), [], 'the examples are valid');
  const yamlParse = fastest(() => parseAllDocuments(text, YAML_OPTIONS));
  const ours = fastest(() => validateFile(parseFile(text), settings, checks));
  assert.ok(ours <= 2.5 * yamlParse, `parse + validate ${ours.toFixed(0)} ms vs yaml parse ${yamlParse.toFixed(0)} ms`);
});
