import { parseAllDocuments } from 'yaml';
import { YAML_OPTIONS } from '../yaml/yaml11';
import { IndentLevels, contentColumn, indentContext } from './indentation';

const BLANK_OR_COMMENT = /^\s*(#.*)?$/;
const LEAD = /^[ \t]*/;
const MAX_CHECKED_LINES = 20;
/**
 * Characters the trial parses of one file may read in total. A candidate is checked by parsing the
 * whole text again: on a 753 KB CustomResourceDefinition with tabs, 20 lines × 6 candidates took 30 s.
 * Past the budget a line gets the structural guess (which most trials confirm anyway).
 */
export const TRIAL_BUDGET = 1 << 20;

/** Characters parsed by trial (tests check it stays within TRIAL_BUDGET per file). */
export const tabWork = { trialChars: 0 };

/** The indentation the structure wants for `content` below `prev` (both already tab-free). */
function structuralIndent(prev: string | undefined, content: string): number {
  if (prev === undefined) return 0;
  const indent = LEAD.exec(prev)![0].length;
  const col = contentColumn(prev);
  if (/:\s*(#.*)?$/.test(prev) || /^\s*-\s*$/.test(prev)) return col + 2; // opens a block
  if (content.startsWith('-') && /^\s*-\s/.test(prev)) return indent; // the next item of a list
  return col; // a sibling key (of an item's mapping, too)
}

function yamlErrorCount(text: string): number {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  return (Array.isArray(docs) ? docs : []).reduce((n, d) => n + d.errors.filter((e) => e.code !== 'DUPLICATE_KEY').length, 0);
}

/**
 * For every line indented with tabs, the spaces that give the structure the lines around it need:
 * the level the line above opens or continues, else the enclosing level that parses. Lines are
 * resolved top-down, each against the fixed lines above it, so fixing all of them at once is consistent.
 */
export function tabIndents(texts: string[]): Map<number, number> {
  const out = new Map<number, number>();
  const fixed = [...texts];
  let prev: string | undefined;
  // Checking candidates costs a parse each: only for the first lines, so a file of tabs stays linear.
  let checks = MAX_CHECKED_LINES;
  let budget = TRIAL_BUDGET;
  const size = texts.reduce((n, l) => n + l.length + 1, 0);
  for (let i = 0; i < texts.length; i++) {
    const line = texts[i];
    const lead = LEAD.exec(line)![0];
    if (lead.includes('\t') && !BLANK_OR_COMMENT.test(line)) {
      const content = line.slice(lead.length);
      const primary = structuralIndent(prev, content);
      // The context and at least one trial each read the whole text.
      if (checks-- <= 0 || budget < 2 * size) {
        out.set(i, primary);
        fixed[i] = ' '.repeat(primary) + content;
        prev = fixed[i];
        continue;
      }
      const candidates = [primary];
      budget -= size;
      const ctx = indentContext(new IndentLevels(fixed.map((l, j) => (j === i ? ' '.repeat(primary) + content : l))), i);
      for (const c of ctx?.allowed ?? []) if (!candidates.includes(c)) candidates.push(c);
      let best = primary;
      let bestErrors = Infinity;
      for (const c of candidates.slice(0, 6)) {
        if (budget < size) break;
        budget -= size;
        tabWork.trialChars += size;
        const trial = fixed.map((l, j) => (j === i ? ' '.repeat(c) + content : l)).join('\n');
        const errors = yamlErrorCount(trial);
        if (errors < bestErrors) [best, bestErrors] = [c, errors];
        if (errors === 0) break;
      }
      out.set(i, best);
      fixed[i] = ' '.repeat(best) + content;
    }
    if (!BLANK_OR_COMMENT.test(fixed[i])) prev = fixed[i];
  }
  return out;
}
