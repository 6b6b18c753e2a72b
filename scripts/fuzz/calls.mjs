// The calls the fuzzer makes, through the languageService facade, and what each answer must satisfy.
// A feature added to the facade gets a row here; rows whose method the facade lacks are skipped.
import { rangeProblem, within, applyEdits, yamlErrorCount } from './checks.mjs';

const SETTINGS = { requireKubernetes: true };

/**
 * Each call: `run(service, ctx)` → the answer (may be a promise); `check(answer, ctx)` → a list of
 * problems (strings). `ctx`: { text, file, lines, positions, uri, diagnostics, model() }. `heavy` calls
 * (whole-file rewrites) run on every mutant of the long run, on every fourth of the CI set.
 */
export const CALLS = [
  {
    method: 'validate',
    run: (s, c) => (c.diagnostics = s.validate(c.file, SETTINGS)),
    check(diagnostics, c) {
      const out = [];
      for (const d of diagnostics) {
        const p = rangeProblem(c.lines, d.range, `diagnostic ${d.code}`);
        if (p) out.push(p);
        for (const fix of d.data?.fixes ?? [])
          for (const e of fix.edits) {
            const q = rangeProblem(c.lines, e.range, `fix "${fix.title}" of ${d.code}`);
            if (q) out.push(q);
          }
      }
      return out;
    },
  },
  {
    method: 'codeActions',
    run(s, c) {
      const withFixes = (c.diagnostics ?? []).filter((d) => d.data?.fixes?.length).slice(0, 8);
      return withFixes.flatMap((d) => s.codeActions(c.uri, d.range, [d], c.file));
    },
    check(actions, c, s) {
      const out = [];
      const before = yamlErrorCount(c.file);
      for (const a of actions) {
        const edits = a.edit?.changes?.[c.uri] ?? [];
        const bad = edits.map((e) => rangeProblem(c.lines, e.range, `quick fix "${a.title}"`)).filter(Boolean);
        if (bad.length) {
          out.push(...bad);
          continue;
        }
        const fixed = applyEdits(c.text, edits);
        if (fixed === undefined) {
          out.push(`quick fix "${a.title}": overlapping edits`);
          continue;
        }
        const after = yamlErrorCount(s.parse(fixed));
        if (after > before) out.push(`quick fix "${a.title}" breaks parsing: ${before} YAML errors before, ${after} after`);
      }
      return out;
    },
  },
  {
    method: 'hover',
    run: (s, c) => c.positions.map((p) => s.hover(c.file, p, SETTINGS)),
    check: (hovers, c) =>
      hovers
        .filter((h) => h?.range)
        .map((h) => rangeProblem(c.lines, h.range, 'hover'))
        .filter(Boolean),
  },
  {
    method: 'complete',
    run: (s, c) => c.positions.map((p) => s.complete(c.file, p, SETTINGS)),
    check(lists, c) {
      const out = [];
      for (const list of lists) {
        for (const item of list?.items ?? []) {
          const te = item.textEdit;
          const ranges = te ? ('range' in te ? [te.range] : [te.insert, te.replace]) : [];
          for (const e of item.additionalTextEdits ?? []) ranges.push(e.range);
          for (const r of ranges) {
            const p = rangeProblem(c.lines, r, `completion "${item.label}"`);
            if (p) out.push(p);
          }
        }
      }
      return out;
    },
  },
  {
    method: 'graph',
    run: (s, c) => s.graph(c.file),
    check(graph, c) {
      const ids = new Set(graph.nodes.map((n) => n.id));
      const out = graph.nodes
        .filter((n) => n.line !== undefined && !(Number.isInteger(n.line) && n.line >= 0 && n.line < c.lines.count))
        .map((n) => `graph node ${n.id}: line ${n.line} outside the file`);
      for (const e of graph.edges) if (!ids.has(e.from) || !ids.has(e.to)) out.push(`graph edge ${e.from} → ${e.to}: an end is not a node`);
      return out;
    },
  },
  {
    method: 'outline',
    run: (s, c) => s.outline(c.file),
    check(symbols, c) {
      const out = [];
      const walk = (list, parent) => {
        for (const sym of list ?? []) {
          const p =
            rangeProblem(c.lines, sym.range, `symbol ${sym.name}`) ??
            rangeProblem(c.lines, sym.selectionRange, `symbol ${sym.name} selection`);
          if (p) out.push(p);
          else if (!within(sym.range, sym.selectionRange)) out.push(`symbol ${sym.name}: selection outside its range`);
          else if (parent && !within(parent.range, sym.range)) out.push(`symbol ${sym.name}: outside its parent ${parent.name}`);
          walk(sym.children, sym);
        }
      };
      walk(symbols);
      return out;
    },
  },
  {
    method: 'format',
    heavy: true,
    run: (s, c) => s.format(c.file, { tabSize: 2 }),
    check(edits, c, s) {
      const bad = edits.map((e) => rangeProblem(c.lines, e.range, 'format edit')).filter(Boolean);
      if (bad.length || !edits.length) return bad;
      const formatted = applyEdits(c.text, edits);
      if (formatted === undefined) return ['format: overlapping edits'];
      const after = yamlErrorCount(s.parse(formatted));
      return after > yamlErrorCount(c.file) ? [`format breaks parsing: ${after} YAML errors after`] : [];
    },
  },
  {
    method: 'fixAll',
    heavy: true,
    run: (s, c) => s.fixAll(c.file, SETTINGS),
    check(edits, c, s) {
      const bad = edits.map((e) => rangeProblem(c.lines, e.range, 'fix-all edit')).filter(Boolean);
      if (bad.length || !edits.length) return bad;
      const fixed = applyEdits(c.text, edits);
      if (fixed === undefined) return ['fix all: overlapping edits'];
      const before = yamlErrorCount(c.file);
      const after = yamlErrorCount(s.parse(fixed));
      return after > before ? [`fix all breaks parsing: ${before} YAML errors before, ${after} after`] : [];
    },
  },
  // Navigation asks a model of the workspace: here, of the mutant alone.
  ...navigation(
    'definition',
    (s, c, p) => s.definition(c.model(), c.uri, c.file, p),
    (links) => links.flatMap((l) => [l.targetRange, l.targetSelectionRange, ...(l.originSelectionRange ? [l.originSelectionRange] : [])]),
  ),
  ...navigation(
    'references',
    (s, c, p) => s.references(c.model(), c.uri, c.file, p, true),
    (locations) => locations.map((l) => l.range),
  ),
  ...navigation(
    'highlights',
    (s, c, p) => s.highlights(c.model(), c.uri, c.file, p),
    (hs) => hs.map((h) => h.range),
  ),
  ...navigation(
    'prepareRename',
    (s, c, p) => s.prepareRename(c.model(), c.uri, c.file, p),
    (r) => (r && r.range ? [r.range] : []),
  ),
  {
    method: 'codeLenses',
    run: (s, c) =>
      s
        .codeLenses(c.model(), c.uri)
        .slice(0, 20)
        .map((lens) => s.resolveCodeLens(c.model(), lens)),
    check: (lenses, c) => lenses.map((l) => rangeProblem(c.lines, l.range, 'code lens')).filter(Boolean),
  },
  {
    method: 'workspaceSymbols',
    run: (s, c) => s.workspaceSymbols(c.model(), ''),
    check: (symbols, c) => symbols.map((x) => rangeProblem(c.lines, x.location.range, `workspace symbol ${x.name}`)).filter(Boolean),
  },
];

/** A navigation request at every hover position; `ranges` lists the answer's ranges in this file. */
function navigation(method, ask, ranges) {
  return [
    {
      method,
      run: (s, c) => c.positions.map((p) => ask(s, c, p)),
      check: (answers, c) =>
        answers
          .flatMap((a) => ranges(a ?? []))
          .map((r) => rangeProblem(c.lines, r, method))
          .filter(Boolean),
    },
  ];
}
