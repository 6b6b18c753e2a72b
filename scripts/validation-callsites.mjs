// Lists every field.Required/Invalid/NotSupported/Forbidden/Duplicate/TooLong/TooMany/TypeInvalid call
// site of Kubernetes' validation packages, and which of them the create-validation of the first-wave kinds
// can reach. Writes docs/validation-callsites.tsv, which docs/validation-coverage.md is checked against.
//
// It reads Go source out of local git mirrors (made with the team's fetch tool); nothing here is needed at
// test time: the tests read only the committed TSV. Usage:
//   node scripts/validation-callsites.mjs [--check]
// with K8S_CORE_MIRROR and APIMACHINERY_MIRROR pointing at the git directories (see SOURCES below).
// The Go text is only scanned for call positions and field paths; none of it is written out.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const OUT = join(root, 'docs', 'validation-callsites.tsv');

/**
 * Where the Go source comes from. kubernetes/kubernetes itself (1.9 GB) is over the fetch limit, so
 * pkg/apis/core/validation is read from a copy of Kubernetes master vendored by another project, the one
 * of 2026-04-15: the last master merged into release-1.36 before v1.36.0 was on 2026-04-14 (the
 * publishing bot's "Merge remote-tracking branch 'origin/master' into release-1.36" in kubernetes/api and
 * apimachinery), this copy's k8s.io/api core/v1/types.go is byte for byte the one of kubernetes/api at
 * kubernetes-1.36.0, and its validation.go is unchanged from the master of 2026-03-23 to that of 04-15.
 * The apimachinery packages come from the staging repository at its kubernetes-1.36.0 tag.
 */
const SOURCES = [
  {
    label: 'core',
    mirror: process.env.K8S_CORE_MIRROR ?? '/work/.mirror/kubernetes-sigs+provider-aws-test-infra/repo',
    repo: 'kubernetes-sigs/provider-aws-test-infra "Bump k8s on 04/15/2026" (vendored Kubernetes master of 2026-04-15 = release-1.36 as merged on 2026-04-14)',
    ref: '47d03bc5f2be4d71cc4ba0577c0b8cacfe489ca5',
    files: [['vendor/k8s.io/kubernetes/pkg/apis/core/validation/validation.go', 'pkg/apis/core/validation/validation.go']],
  },
  {
    label: 'apimachinery',
    mirror: process.env.APIMACHINERY_MIRROR ?? '/work/.mirror/kubernetes+apimachinery/repo',
    repo: 'kubernetes/apimachinery tag kubernetes-1.36.0',
    ref: 'debe1eba03a0c4134fd07a8f7586c44bb94ec7b0',
    files: [
      ['pkg/api/validation/objectmeta.go', 'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go'],
      ['pkg/api/validation/generic.go', 'staging/src/k8s.io/apimachinery/pkg/api/validation/generic.go'],
      ['pkg/apis/meta/v1/validation/validation.go', 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go'],
    ],
  },
  // apps, batch, networking and storage: kubernetes/kubernetes (and every fork of it) is over the fetch limit and
  // no fetchable repository vendors these packages, so each was read page by page with the search tool's
  // read_file from the newest stored copy found in a fork, into a local file (K8S_EXTRA_DIR) that keeps every
  // line (comment text shortened) so the line numbers hold, and ends after the last function with a call site
  // that matters; those files are not committed (Kubernetes' code stays out of this repository). Why each copy
  // stands for 1.36 is said in docs/validation-coverage.md.
  {
    label: 'apps',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'aaron-prindle/kubernetes pkg/apis/apps/validation/validation.go (a fork; search-index file id 24032656066)',
    ref: '693c5f53a9cfa0851be41a0201a82c98861753cc',
    files: [['apps.go', 'pkg/apis/apps/validation/validation.go']],
  },
  {
    label: 'batch',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'aaron-prindle/kubernetes pkg/apis/batch/validation/validation.go (a fork; search-index file id 56018433650)',
    ref: 'e8a446dff1051d2cd1e95076a3e190e0344739a1',
    files: [['batch.go', 'pkg/apis/batch/validation/validation.go']],
  },
  {
    label: 'networking',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'darshansreenivas/kubernetes pkg/apis/networking/validation/validation.go (a fork; search-index file id 66578060162)',
    ref: 'b411107e776dd8c1c0a1f74d407dc2159aef4a2b',
    files: [['networking.go', 'pkg/apis/networking/validation/validation.go']],
  },
  {
    label: 'storage',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'darshansreenivas/kubernetes pkg/apis/storage/validation/validation.go (a fork; search-index file id 37693231396)',
    ref: '956bae7ad2b5714dffa3e14d03d1852db7189e9d',
    files: [['storage.go', 'pkg/apis/storage/validation/validation.go']],
  },
  // The second wave's packages, read the same way (see docs/validation-coverage.md for each copy's date).
  {
    label: 'policy',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'thockin/kubernetes pkg/apis/policy/validation/validation.go (a fork; search-index file id 4331008842)',
    ref: '429e0308884edbd9ba6779129cea662baca5051e',
    files: [['policy.go', 'pkg/apis/policy/validation/validation.go']],
  },
  {
    label: 'autoscaling',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'yongruilin/kubernetes pkg/apis/autoscaling/validation/validation.go (a fork; search-index file id 8133273180)',
    ref: '39308a14e0f9503f433b81a6f39d06f5726af4f5',
    files: [['autoscaling.go', 'pkg/apis/autoscaling/validation/validation.go']],
  },
  {
    label: 'rbac',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'unnati2401/kubernetes pkg/apis/rbac/validation/validation.go (a fork; search-index file id 61890604810)',
    ref: 'a5e8298a09abde4bb7dc5ddf057a162fa850f2bd',
    files: [['rbac.go', 'pkg/apis/rbac/validation/validation.go']],
  },
  {
    label: 'scheduling',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'yongruilin/kubernetes pkg/apis/scheduling/validation/validation.go (a fork; search-index file id 49882916643)',
    ref: '4ae3e15ee6e0cd250832670b78204f6059ec800b',
    files: [['scheduling.go', 'pkg/apis/scheduling/validation/validation.go']],
  },
  {
    label: 'discovery',
    dir: process.env.K8S_EXTRA_DIR ?? '/tmp/apival/src136',
    repo: 'unnati2401/kubernetes pkg/apis/discovery/validation/validation.go (a fork; search-index file id 61602202921)',
    ref: 'a5e8298a09abde4bb7dc5ddf057a162fa850f2bd',
    files: [['discovery.go', 'pkg/apis/discovery/validation/validation.go']],
  },
];

/** The create-validation entry points of the first-wave kinds (ObjectMeta is reached through each). */
export const FIRST_WAVE_ROOTS = {
  Pod: 'ValidatePodCreate',
  'pod template (of every workload)': 'ValidatePodTemplateSpec',
  PersistentVolume: 'ValidatePersistentVolume',
  PersistentVolumeClaim: 'ValidatePersistentVolumeClaim',
  Service: 'ValidateServiceCreate',
  Namespace: 'ValidateNamespace',
  ConfigMap: 'ValidateConfigMap',
  Secret: 'ValidateSecret',
  Deployment: 'apps:ValidateDeployment',
  ReplicaSet: 'apps:ValidateReplicaSet',
  StatefulSet: 'apps:ValidateStatefulSet',
  DaemonSet: 'apps:ValidateDaemonSet',
  Job: 'batch:ValidateJob',
  CronJob: 'batch:ValidateCronJobCreate',
  Ingress: 'networking:ValidateIngressCreate',
  StorageClass: 'storage:ValidateStorageClass',
};

/** The second wave's create-validation entry points (rows they reach that the first wave does not). */
export const SECOND_WAVE_ROOTS = {
  NetworkPolicy: 'networking:ValidateNetworkPolicy',
  IngressClass: 'networking:ValidateIngressClass',
  HorizontalPodAutoscaler: 'autoscaling:ValidateHorizontalPodAutoscaler',
  PodDisruptionBudget: 'policy:ValidatePodDisruptionBudget',
  ServiceAccount: 'ValidateServiceAccount',
  Role: 'rbac:ValidateRole',
  ClusterRole: 'rbac:ValidateClusterRole',
  RoleBinding: 'rbac:ValidateRoleBinding',
  ClusterRoleBinding: 'rbac:ValidateClusterRoleBinding',
  PriorityClass: 'scheduling:ValidatePriorityClass',
  EndpointSlice: 'discovery:ValidateEndpointSliceCreate',
};

/** Packages whose function names are qualified (`apps:ValidateDeploymentSpec`): they reuse core's names. */
const SHARED = new Set(['core', 'apimachinery']);

// TooShort too: 1.36 reports an empty CronJob timeZone with it (declarative validation's minLength).
const KINDS = ['Required', 'Invalid', 'NotSupported', 'Forbidden', 'Duplicate', 'TooLong', 'TooShort', 'TooMany', 'TypeInvalid'];
const CALL = new RegExp(`\\bfield\\.(${KINDS.join('|')})\\(`, 'g');

/** Splits Go source into top-level functions: name, first and last line (1-based), body text. */
function functions(text) {
  const lines = text.split('\n');
  const out = [];
  let cur;
  lines.forEach((line, i) => {
    const m = /^func (?:\([^)]*\) )?(\w+)/.exec(line);
    if (m) {
      cur = { name: m[1], start: i + 1, end: i + 1, lines: [line] };
      out.push(cur);
    } else if (cur) {
      cur.lines.push(line);
      cur.end = i + 1;
      if (line === '}') cur = undefined;
    }
  });
  return out;
}

/** `var ValidatePodName = apimachineryvalidation.NameIsDNSSubdomain`: an alias is an edge too. */
function aliases(text) {
  const out = [];
  for (const m of text.matchAll(/^var (\w+) = (?:\w+\.)?(\w+)$/gm)) out.push([m[1], m[2]]);
  return out;
}

/** The text of the balanced argument list that starts at `open` (the index of "("). */
function argsAt(text, open) {
  let depth = 0;
  let inStr = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (c === '\\' && inStr !== '`') i++;
      else if (c === inStr) inStr = null;
      continue;
    }
    if (c === '"' || c === '`' || c === "'") inStr = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/** The top-level arguments. */
function splitArgs(args) {
  const out = [];
  let depth = 0;
  let inStr = null;
  let from = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (inStr) {
      if (c === '\\' && inStr !== '`') i++;
      else if (c === inStr) inStr = null;
      continue;
    }
    if (c === '"' || c === '`') inStr = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(args.slice(from).trim());
  return out.filter(Boolean);
}

/**
 * What the error says (its detail argument): a string literal or a Sprintf format unquoted, else the
 * expression that holds it (a message constant, the list of supported values, a length limit).
 */
function detailOf(kind, args) {
  if (kind === 'Duplicate') return '';
  const last = args.length > (kind === 'Required' || kind === 'Forbidden' ? 1 : 2) ? args[args.length - 1] : '';
  const lit = /^(?:fmt\.Sprintf\()?"((?:[^"\\]|\\.)*)"/.exec(last);
  const text = lit ? lit[1].replace(/\\"/g, '"') : last;
  return text.replace(/\s+/g, ' ').replace(/\t/g, ' ').slice(0, 140);
}

/**
 * A field.Path expression made readable: `fldPath.Child("ports").Index(i).Child("name")` becomes
 * `<fldPath>.ports[*].name`; local variables assigned from a path expression are followed.
 */
function readablePath(expr, locals, depth = 0) {
  expr = expr.replace(/\s+/g, '');
  const m = /^(field\.NewPath\(("[^"]*")(?:,("[^"]*"))*\)|[A-Za-z_]\w*)/.exec(expr);
  if (!m) return '?';
  let base;
  let rest = expr.slice(m[0].length);
  if (m[0].startsWith('field.NewPath')) {
    base = [...m[0].matchAll(/"([^"]*)"/g)].map((x) => x[1]).join('.');
  } else if (locals.has(m[0]) && depth < 8) {
    // `p := p.Child("x")` must not follow itself.
    const rest2 = new Map(locals);
    rest2.delete(m[0]);
    base = readablePath(locals.get(m[0]), rest2, depth + 1);
  } else {
    base = `<${m[0]}>`;
  }
  for (const step of rest.matchAll(/\.(Child|Index|Key)\(([^()]*(?:\([^()]*\))?[^()]*)\)/g)) {
    if (step[1] === 'Child') {
      const names = [...step[2].matchAll(/"([^"]*)"/g)].map((x) => x[1]);
      base += names.length ? '.' + names.join('.') : '.<name>';
    } else if (step[1] === 'Index') base += '[*]';
    else base += /^"[^"]*"$/.test(step[2]) ? `[${step[2]}]` : '[<key>]';
  }
  return base;
}

/**
 * Local `x := <path expr>` / `x = <path expr>` assignments of a function body, each with the span of
 * the block it is in scope for (Go shadows a name in an inner block: the nearest one in scope wins).
 */
function pathAssignments(body) {
  const ends = blockEnds(body);
  const out = [];
  for (const m of body.matchAll(
    /\b(\w+)\s*:?=\s*((?:field\.NewPath\([^)]*\)|\w+)(?:\.(?:Child|Index|Key)\([^()\n]*(?:\([^()\n]*\))?[^()\n]*\))+|field\.NewPath\([^)]*\))/g,
  )) {
    out.push({ name: m[1], expr: m[2], from: m.index, to: ends(m.index) });
  }
  return out;
}

/** For a position, where the innermost `{ … }` block around it closes. */
function blockEnds(body) {
  const stack = [];
  const opens = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') stack.push(i);
    else if (body[i] === '}') {
      const o = stack.pop();
      if (o !== undefined) opens.push([o, i]);
    }
  }
  return (pos) => {
    let best = body.length;
    for (const [o, c] of opens) if (o < pos && pos < c && c < best) best = c;
    return best;
  };
}

/** The locals in scope at a position, as name → path expression. */
function localsAt(assignments, pos) {
  const locals = new Map();
  for (const a of assignments) if (a.from < pos && pos < a.to) locals.set(a.name, a.expr);
  return locals;
}

function gitShow(mirror, ref, path) {
  return execFileSync('git', ['--git-dir', mirror, 'show', `${ref}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

export function extract(sources = SOURCES, roots = Object.values(FIRST_WAVE_ROOTS), secondRoots = Object.values(SECOND_WAVE_ROOTS)) {
  const sites = [];
  const graph = new Map(); // qualified function name → [its package, names it mentions]
  const add = (key, label, names) => {
    const prev = graph.get(key);
    graph.set(key, { label, names: new Set([...(prev?.names ?? []), ...names]) });
  };
  for (const src of sources) {
    const q = (name) => (SHARED.has(src.label) ? name : `${src.label}:${name}`);
    for (const [path, upstream] of src.files) {
      const text = src.dir ? readFileSync(join(src.dir, path), 'utf8') : gitShow(src.mirror, src.ref, path);
      for (const [a, b] of aliases(text)) add(q(a), src.label, [b]);
      for (const fn of functions(text)) {
        const body = fn.lines.join('\n');
        const mentions = new Set(body.slice(body.indexOf('{')).match(/\b[A-Za-z_]\w*\b/g) ?? []);
        mentions.delete(fn.name);
        add(q(fn.name), src.label, mentions);
        const assignments = pathAssignments(body);
        const perFn = new Map();
        for (const m of body.matchAll(CALL)) {
          // A call in a // comment is not a call site.
          const lineStart = body.lastIndexOf('\n', m.index) + 1;
          if (/^\s*\/\//.test(body.slice(lineStart, m.index))) continue;
          const line = fn.start + body.slice(0, m.index).split('\n').length - 1;
          const args = splitArgs(argsAt(body, m.index + m[0].length - 1));
          const path = readablePath(args[0] ?? '', localsAt(assignments, m.index));
          const detail = detailOf(m[1], args);
          const n = (perFn.get(fn.name) ?? 0) + 1;
          perFn.set(fn.name, n);
          sites.push({ id: `${q(fn.name)}#${n}`, file: upstream, line, func: q(fn.name), kind: m[1], path, detail, label: src.label });
        }
      }
    }
  }
  // A mention resolves to its own package's function first, then to core's or apimachinery's.
  const resolve = (label, name) => (graph.has(`${label}:${name}`) ? `${label}:${name}` : graph.has(name) ? name : undefined);
  // Reachability over the name graph (an over-approximation: a mention is taken as a call).
  const reachFrom = (from) => {
    const reach = new Set();
    const stack = [...from];
    while (stack.length) {
      const f = stack.pop();
      // A function named *Update* validates a change against the old object: create never runs it
      // (a rolling update or an update strategy is part of the object, not a change).
      if (reach.has(f) || !graph.has(f) || /Update/.test(f.replace(/RollingUpdate|UpdateStrategy/g, ''))) continue;
      reach.add(f);
      const { label, names } = graph.get(f);
      for (const g of names) {
        const r = resolve(label, g);
        if (r && !reach.has(r)) stack.push(r);
      }
    }
    return reach;
  };
  const reach = reachFrom(roots);
  const second = reachFrom(secondRoots);
  for (const s of sites) {
    s.reachable = reach.has(s.func);
    s.second = !s.reachable && second.has(s.func);
  }
  return sites;
}

export function render(sites, sources = SOURCES) {
  const head = [
    '# Call sites of field.Required/Invalid/NotSupported/Forbidden/Duplicate/TooLong/TooShort/TooMany/TypeInvalid in Kubernetes validation.',
    '# Generated by `node scripts/validation-callsites.mjs` (do not edit). Sources:',
    ...sources.map((s) => `#   ${s.label}: ${s.repo} @ ${s.ref}`),
    `# reachable = reached from the create-validation of: ${Object.entries(FIRST_WAVE_ROOTS)
      .map(([k, v]) => `${k} (${v})`)
      .join(', ')}.`,
    `# second = reached only from the second wave's: ${Object.entries(SECOND_WAVE_ROOTS)
      .map(([k, v]) => `${k} (${v})`)
      .join(', ')}.`,
    ['id', 'file', 'line', 'function', 'kind', 'path', 'reachable', 'detail', 'second'].join('\t'),
  ];
  return (
    head
      .concat(
        sites.map((s) =>
          [s.id, s.file, s.line, s.func, s.kind, s.path, s.reachable ? 'yes' : 'no', s.detail, s.second ? 'yes' : 'no'].join('\t'),
        ),
      )
      .join('\n') + '\n'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = render(extract());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUT, 'utf8') !== text) {
      console.error('docs/validation-callsites.tsv is stale: run node scripts/validation-callsites.mjs');
      process.exit(1);
    }
  } else writeFileSync(OUT, text);
  const rows = text
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .slice(1);
  console.log(
    `${rows.length} call sites, ${rows.filter((r) => r.split('\t')[6] === 'yes').length} reachable from the first wave, ${rows.filter((r) => r.split('\t')[8] === 'yes').length} more from the second`,
  );
}
