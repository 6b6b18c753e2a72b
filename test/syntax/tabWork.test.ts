import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from '../../server/src/yaml/parse';
import { syntaxProblems } from '../../server/src/syntax/syntaxProblems';
import { TRIAL_BUDGET, tabWork } from '../../server/src/syntax/tabs';

/** A CustomResourceDefinition-sized document (~1 MB): many properties, each with a description. */
function bigCrd(properties: number): string {
  const lines = [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata:',
    '  name: widgets.example.com',
    'spec:',
    '  group: example.com',
    '  versions:',
    '    - name: v1',
    '      schema:',
    '        openAPIV3Schema:',
    '          type: object',
    '          properties:',
  ];
  for (let i = 0; i < properties; i++)
    lines.push(
      `            field${i}:`,
      '              type: string',
      `              description: the field number ${i} of this widget, ${'x'.repeat(40)}`,
    );
  return lines.join('\n') + '\n';
}

test('tabs in a 1 MB CRD: every tab is reported with its fix, and the trial parses stay within their budget (not 20 lines × 6 whole-file parses)', () => {
  const lines = bigCrd(9000).split('\n');
  const tabbed: number[] = [];
  for (let k = 0; k < 20; k++) {
    const i = 13 + 3 * (k * 433); // a `type: string` line
    assert.equal(lines[i], '              type: string');
    lines[i] = '\t\t\t\t\t\t\ttype: string';
    tabbed.push(i);
  }
  const text = lines.join('\n');
  assert.ok(text.length > 1_000_000, `${text.length} characters`);
  const before = tabWork.trialChars;
  const problems = syntaxProblems(parseFile(text).chunks[0]).filter((p) => p.message.startsWith('tab character'));
  assert.ok(tabWork.trialChars - before <= TRIAL_BUDGET, `${tabWork.trialChars - before} characters parsed by trial`);
  assert.deepEqual(
    problems.map((p) => text.slice(0, p.start).split('\n').length - 1),
    tabbed,
  );
  // The structural guess: the line below `fieldN:` opens its block, two columns deeper.
  assert.equal(problems[0].message, 'tab character used for indentation: YAML indents with spaces only — replace the tab with 14 spaces');
  assert.deepEqual(problems[0].fixes?.[0].edits, [{ start: problems[0].start, end: problems[0].start + 7, newText: ' '.repeat(14) }]);
});
