import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every fix title written in the engine's source, as `file | title template` (the template's text
 * between its backticks or quotes, `${…}` kept): the value of a `title:` property, the first argument of
 * `replaceFix(…)`, or what `const title =` is built from, in any file that builds edits.
 */
export function fixTitlesInSource(root: string): string[] {
  const out = new Set<string>();
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) files.push(path);
    }
  };
  walk(join(root, 'server', 'src'));
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    if (!/\bedits\b/.test(text)) continue;
    const file = relative(root, path).split('\\').join('/');
    for (const m of text.matchAll(/\btitle:\s*|replaceFix\(\s*|const title =\s*/g)) {
      const start = m.index + m[0].length;
      // A rule's own `title:` (next to its `id:`) names the rule, not a fix.
      const lineStart = text.lastIndexOf('\n', m.index) + 1;
      const previousLine = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart);
      if (/^\s*id: '/.test(previousLine)) continue;
      // `const title = a ? t`…` : t`…`;` holds two titles: read every string up to the statement's end.
      const strings = m[0].startsWith('const') ? stringsUntil(text, start, ';') : [readString(text, start)].filter((s) => s !== undefined);
      for (const s of strings) out.add(`${file} | ${s}`);
    }
  }
  return [...out].sort();
}

/** The string literal at `i` (after an optional `t`, `t(`): its raw text, or undefined for anything else. */
function readString(text: string, i: number): string | undefined {
  if (text.startsWith('t(', i)) i += 2;
  else if (text[i] === 't' && text[i + 1] === '`') i += 1;
  const quote = text[i];
  if (quote !== '`' && quote !== "'" && quote !== '"') return undefined;
  const end = stringEnd(text, i);
  return text.slice(i + 1, end - 1);
}

/** The offset just past the string literal opening at `i`, `${…}` (and templates nested in it) skipped. */
function stringEnd(text: string, i: number): number {
  const quote = text[i];
  let j = i + 1;
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\') j += 2;
    else if (quote === '`' && text.startsWith('${', j)) {
      let depth = 1;
      j += 2;
      while (j < text.length && depth) {
        if (text[j] === '`' || text[j] === "'" || text[j] === '"') j = stringEnd(text, j);
        else {
          if (text[j] === '{') depth++;
          else if (text[j] === '}') depth--;
          j++;
        }
      }
    } else j++;
  }
  return j + 1;
}

function stringsUntil(text: string, i: number, stop: string): string[] {
  const found: string[] = [];
  while (i < text.length && text[i] !== stop) {
    const c = text[i];
    if (c === '`' || c === "'" || c === '"') {
      const end = stringEnd(text, i);
      if (text[i - 1] === 't') found.push(text.slice(i + 1, end - 1));
      i = end;
    } else i++;
  }
  return found;
}
