// k8sense reads YAML as kubectl does: every row of the table scripts/kubectl-parity.mjs recorded from
// the real kubectl (untyped YAML → JSON, typed decoding into the Go types, whole documents) must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFile } from '../../server/src/yaml/parse';
import { validateFile } from '../../server/src/validation';
import { withDefaults } from '../../server/src/settings';

type Reading = { value: unknown } | { absent: true } | { error: string };
interface Table {
  kubectl: string;
  templates: Record<string, { text: string; path: (string | number)[] }>;
  scalars: { group: string; yaml: string; untyped: Reading; typed: Record<string, Reading> }[];
  documents: { name: string; yaml: string; untyped: Reading }[];
}

const table = JSON.parse(readFileSync(new URL('fixtures/kubectl-parity.json', import.meta.url), 'utf8')) as Table;
const settings = withDefaults({ requireKubernetes: true });

function read(text: string) {
  const file = parseFile(text);
  const diagnostics = validateFile(file, settings);
  const values = file.documents.filter((d) => !d.isEmpty).map((d) => d.toJS().value);
  return { file, diagnostics, values };
}

function at(value: unknown, path: (string | number)[]): unknown {
  let v = value as Record<string | number, unknown> | undefined;
  for (const k of path) v = v?.[k] as Record<string | number, unknown> | undefined;
  return v;
}

/**
 * Errors on a line; with `decodingOnly`, those about reading the value into its Go type (YAML and type
 * errors) — not what the API server validates after decoding (a port of 0, a required field left empty).
 */
const DECODING = /^(?:yaml\/|schema\/type$)/;
const errorsOn = (diagnostics: ReturnType<typeof read>['diagnostics'], line: number, decodingOnly: boolean) =>
  diagnostics.filter(
    (d) => d.severity === 1 && (!decodingOnly || DECODING.test(String(d.code))) && d.range.start.line <= line && d.range.end.line >= line,
  );
const yamlErrors = (diagnostics: ReturnType<typeof read>['diagnostics']) =>
  diagnostics.filter((d) => d.severity === 1 && String(d.code).startsWith('yaml/'));
const show = (ds: ReturnType<typeof read>['diagnostics']) =>
  ds.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).join('\n');

test(`the table was recorded from a real kubectl (${table.kubectl})`, () => {
  assert.match(table.kubectl, /^v1\.\d+\.\d+/);
  assert.ok(table.scalars.length >= 90 && table.documents.length >= 19);
});

for (const row of table.scalars) {
  test(`untyped ${row.group}: ${JSON.stringify(row.yaml)} → ${JSON.stringify(row.untyped)}`, () => {
    const { diagnostics, values } = read(table.templates.untyped.text.replace('{{v}}', row.yaml));
    if ('error' in row.untyped) {
      assert.ok(yamlErrors(diagnostics).length > 0, `kubectl refuses it (${row.untyped.error}); k8sense reported:\n${show(diagnostics)}`);
    } else {
      assert.deepEqual(yamlErrors(diagnostics), []);
      assert.deepEqual(at(values[0], table.templates.untyped.path), 'value' in row.untyped ? row.untyped.value : undefined);
    }
  });
  for (const [type, reading] of Object.entries(row.typed)) {
    test(`typed ${type}: ${JSON.stringify(row.yaml)} → ${'error' in reading ? 'refused' : JSON.stringify(reading)}`, () => {
      const template = table.templates[type];
      const text = template.text.replace('{{v}}', row.yaml);
      const line = template.text.slice(0, template.text.indexOf('{{v}}')).split('\n').length - 1;
      const { diagnostics, values } = read(text);
      if ('error' in reading) {
        const errors = errorsOn(diagnostics, line, false);
        assert.ok(errors.length > 0, `kubectl refuses it (${reading.error}); k8sense reported:\n${show(diagnostics)}`);
        return;
      }
      assert.deepEqual(show(errorsOn(diagnostics, line, true)), '', 'kubectl accepts it');
      const value = at(values[0], template.path);
      // kubectl omits zero values (null, "", false, 0 decode to the zero value of the Go type).
      if ('absent' in reading)
        assert.ok(value === null || value === '' || value === false || value === undefined, `got ${JSON.stringify(value)}`);
      else if (type === 'quantity') assert.ok(value === null || typeof value === 'string' || typeof value === 'number');
      else if (value !== null) assert.deepEqual(value, reading.value);
    });
  }
}

for (const row of table.documents) {
  test(`document: ${row.name}`, () => {
    const { diagnostics, values } = read(row.yaml);
    if ('error' in row.untyped) {
      assert.ok(yamlErrors(diagnostics).length > 0, `kubectl refuses it (${row.untyped.error}); k8sense reported:\n${show(diagnostics)}`);
    } else {
      assert.deepEqual(
        show(diagnostics.filter((d) => d.severity === 1 && String(d.code) !== 'yaml/duplicate-key' && String(d.code).startsWith('yaml/'))),
        '',
      );
      assert.deepEqual(values, 'value' in row.untyped ? row.untyped.value : undefined);
    }
  });
}
