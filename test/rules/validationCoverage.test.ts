// docs/validation-coverage.md against docs/validation-callsites.tsv and the registered rules: every call
// site the first wave reaches has its row, every rule named exists, and a row counts as covered only when
// the named rule's test file names the row's id (its RuleTester case proves it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../server/src/rules';
// prettier-ignore
// @ts-expect-error: a plain .mjs script, typed by use
import { CALLSITES, COVERAGE, CREATE_WARNINGS, NOT_COVERED, NOT_DECIDABLE, NOT_REACHABLE, parseCallsites, parseCoverage, parseSections, renderCoverage } from '../../scripts/validation-coverage.mjs';

const tsv = readFileSync(CALLSITES, 'utf8');
const md = readFileSync(COVERAGE, 'utf8');
const rows: Map<string, { where: string; path: string; condition: string; status: string }> = parseCoverage(md);
const sites: { id: string; file: string; line: string; reachable: string; second: string }[] = parseCallsites(tsv);
const sections: { first: Map<string, unknown>; second: Map<string, unknown> } = parseSections(md);

/** The schema checks that may stand for a row (server/src/validate/messages.ts). */
const SCHEMA_IDS = new Set([
  'schema/required',
  'schema/enum',
  'schema/type',
  'schema/range',
  'schema/format',
  'schema/value',
  'schema/unknown-field',
]);
const SCHEMA_PROOF = join(__dirname, '..', 'validate', 'validationRows.test.ts');

test('the call-site list is well-formed: unique ids, every call site has a file and line', () => {
  const ids = new Set<string>();
  for (const s of sites) {
    assert.ok(!ids.has(s.id), `duplicate id ${s.id}`);
    ids.add(s.id);
    assert.match(s.line, /^\d+$/, s.id);
    assert.match(s.reachable, /^(yes|no)$/, s.id);
    assert.match(s.second, /^(yes|no)$/, s.id);
    assert.ok(!(s.reachable === 'yes' && s.second === 'yes'), `${s.id} is in one wave only`);
  }
  assert.ok(sites.length > 800, 'the list is the whole extraction, not a sample');
});

test('docs/validation-coverage.md has one row per reachable call site, and its figures are current (node scripts/validation-coverage.mjs)', () => {
  assert.equal(md, renderCoverage(tsv, md));
  const reachable = sites.filter((s) => s.reachable === 'yes').map((s) => s.id);
  assert.deepEqual([...sections.first.keys()], reachable);
  // The second wave's table: the call sites only its kinds reach.
  const second = sites.filter((s) => s.second === 'yes').map((s) => s.id);
  assert.ok(second.length > 100, 'the second wave has its rows');
  assert.deepEqual([...sections.second.keys()], second);
});

test('every status names registered rules (whose test file names the row), or says why it is not decidable', () => {
  const ruleIds = new Set(RULES.map((r) => r.id));
  const testText = new Map<string, string>();
  const testOf = (id: string): string => {
    const file = id.startsWith('schema/')
      ? SCHEMA_PROOF
      : join(__dirname, `${id.slice(4).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}.test.ts`);
    if (!testText.has(file)) testText.set(file, existsSync(file) ? readFileSync(file, 'utf8') : '');
    return testText.get(file)!;
  };
  const problems: string[] = [];
  for (const [id, row] of rows) {
    if (row.status === NOT_COVERED) continue;
    if (row.status.startsWith(NOT_DECIDABLE) || row.status.startsWith(NOT_REACHABLE)) {
      if (row.status.length < NOT_DECIDABLE.length + 10) problems.push(`${id}: say why`);
      continue;
    }
    for (const rid of row.status.split(/,\s*/).map((s) => s.replace(/`/g, ''))) {
      if (!ruleIds.has(rid) && !SCHEMA_IDS.has(rid)) problems.push(`${id}: no rule or schema check ${rid}`);
      else if (!new RegExp(`\\b${id.replace(/[#$]/g, '\\$&')}(?![0-9])`).test(testOf(rid)))
        problems.push(`${id}: the test of ${rid} does not name this row`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the warnings-on-create section names registered rules', () => {
  const ruleIds = new Set(RULES.map((r) => r.id));
  const named = (CREATE_WARNINGS as string[][]).flatMap(([, , rule]) => rule.match(/k8s\/[a-z-]+/g) ?? []);
  assert.ok(named.length > 20);
  assert.deepEqual(
    named.filter((id) => !ruleIds.has(id)),
    [],
  );
});
