// Seeded mutations of a manifest: what hands and tools do to YAML (and what a hostile file does).
// Each mutation returns the new text and the offset it touched (where hovers and completions go).

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  return next;
}

const JUNK = [
  ':',
  ': ',
  '- ',
  '-',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '*a',
  '&a ',
  '<<: *a',
  '|',
  '>-',
  '---',
  '#',
  '%YAML 1.1',
  '!!str ',
  '!!binary ',
  '? ',
  ',',
  '\\',
  '${X}',
  '{{ .Values.x }}',
  '0x',
  '1e9',
  '.inf',
  '~',
  'null',
  'yes',
  '0777',
];
const UNICODE = [
  '\uFEFF',
  '\r',
  '\r\n',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uD83D\uDE00',
  '\u00E9',
  'e\u0301',
  '\u202E',
  '\u2028',
  '\u0085',
  '\u00A0',
  '\u3000',
  '\uFFFD',
  '\u001B[2J',
];

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineSpan(text, starts, l) {
  const s = starts[l];
  const nl = text.indexOf('\n', s);
  return [s, nl === -1 ? text.length : nl];
}

/** Each mutation: (text, random, donors) → { text, at, name }. */
const MUTATIONS = {
  deleteChars(text, r) {
    const at = r.int(text.length + 1);
    const n = 1 + r.int(8);
    return { text: text.slice(0, at) + text.slice(at + n), at };
  },
  deleteLine(text, r) {
    const starts = lineStarts(text);
    const [s, e] = lineSpan(text, starts, r.int(starts.length));
    return { text: text.slice(0, s) + text.slice(Math.min(text.length, e + 1)), at: s };
  },
  insertJunk(text, r) {
    const at = r.int(text.length + 1);
    return { text: text.slice(0, at) + r.pick(JUNK) + text.slice(at), at };
  },
  duplicateLine(text, r) {
    const starts = lineStarts(text);
    const [s, e] = lineSpan(text, starts, r.int(starts.length));
    return { text: text.slice(0, e) + '\n' + text.slice(s, e) + text.slice(e), at: e + 1 };
  },
  swapIndentation(text, r) {
    const lines = text.split('\n');
    const a = r.int(lines.length);
    const b = Math.min(lines.length - 1, Math.max(0, a + r.int(7) - 3));
    const ia = /^[ \t]*/.exec(lines[a])[0];
    const ib = /^[ \t]*/.exec(lines[b])[0];
    lines[a] = ib + lines[a].slice(ia.length);
    lines[b] = ia + lines[b].slice(ib.length);
    return { text: lines.join('\n'), at: lines.slice(0, a).join('\n').length + 1 };
  },
  shiftIndentation(text, r) {
    const starts = lineStarts(text);
    const l = r.int(starts.length);
    const s = starts[l];
    const d = r.int(7) - 3;
    if (d >= 0) return { text: text.slice(0, s) + ' '.repeat(d || 1) + text.slice(s), at: s };
    const lead = /^ */.exec(text.slice(s))[0].length;
    return { text: text.slice(0, s) + text.slice(s + Math.min(lead, -d)), at: s };
  },
  tabIndent(text, r) {
    const starts = lineStarts(text);
    const s = starts[r.int(starts.length)];
    const lead = /^ */.exec(text.slice(s))[0].length;
    return { text: text.slice(0, s) + '\t' + text.slice(s + Math.min(lead, 2)), at: s };
  },
  removeColon(text, r) {
    const colons = [];
    for (let i = text.indexOf(':'); i !== -1 && colons.length < 5000; i = text.indexOf(':', i + 1)) colons.push(i);
    if (!colons.length) return { text, at: 0 };
    const at = r.pick(colons);
    return { text: text.slice(0, at) + text.slice(at + 1), at };
  },
  unicode(text, r) {
    const u = r.pick(UNICODE);
    const at = u === '\uFEFF' && r() < 0.5 ? 0 : r.int(text.length + 1);
    return { text: text.slice(0, at) + u + text.slice(at), at };
  },
  lineEnds(text, r) {
    const to = r.pick(['\r\n', '\r', '\n\r']);
    const from = r.int(text.length + 1);
    return { text: text.slice(0, from) + text.slice(from).replace(/\n/g, to), at: from };
  },
  truncate(text, r) {
    const at = r.int(text.length + 1);
    return { text: text.slice(0, at), at };
  },
  spliceDocument(text, r, donors) {
    const donor = r.pick(donors);
    const docs = donor.split(/^---[^\n]*\n/m).filter((d) => d.trim());
    const piece = docs.length ? r.pick(docs) : donor;
    const starts = lineStarts(text);
    const at = starts[r.int(starts.length)];
    const sep = r() < 0.7 ? '---\n' : '';
    return { text: text.slice(0, at) + sep + piece + (piece.endsWith('\n') ? '' : '\n') + text.slice(at), at };
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** 1–3 mutations of `text`; the list of what was done, for the report. */
export function mutate(text, r, donors) {
  const steps = [];
  const sites = [];
  let out = text;
  const n = 1 + r.int(3);
  for (let i = 0; i < n; i++) {
    const name = r.pick(MUTATION_NAMES);
    const res = MUTATIONS[name](out, r, donors);
    out = res.text;
    steps.push(name);
    sites.push(Math.min(res.at, out.length));
  }
  return { text: out, steps, sites };
}
