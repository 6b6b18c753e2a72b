import { isScalar, type Document, type Node } from 'yaml';
import type { Fix, Problem } from '../problem';
import type { JSONSchema } from '../schema';
import type { Issue } from './issues';
import { closest } from './suggest';
import { keyPlaces, moveKeyFix } from './moveKey';
import { declaredFields, findPlacement, pathLabel, schemaAtPath, type Path } from './schemaPaths';
import { firstKey, isPlainScalar, isQuotedScalar, keysOf, locate, valueRange, type Located } from './yamlNodes';
import { t } from '../l10n';

export interface IssueContext {
  doc: Document;
  /** Chunk text (ranges are offsets into it). */
  text: string;
  /** The YAML node of the object being validated (the document root, or a List item). */
  root: Node | undefined;
  /** Schema of that object. */
  schema: JSONSchema;
  /** The kind that starts every path label: `Deployment.spec.replicas`. */
  kindLabel: string;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const levelsWord = (n: number) => `${NUMBER_WORDS[n] ?? n} level${n === 1 ? '' : 's'}`;

function quote(s: string): string {
  return s.includes('"') && !s.includes("'") ? `'${s}'` : JSON.stringify(s);
}

/** Plain words for a JSON schema type list. */
export function describeExpected(types: string[], schema: Record<string, any>): string {
  const list = types.filter((x) => x !== 'null');
  if (schema.format === 'quantity' || (list.includes('string') && list.includes('number') && list.length === 2))
    return t('a quantity (a number, or a string such as 500m or 1Gi)');
  const words: Record<string, string> = {
    string: t('a string'),
    integer: t('an integer'),
    number: t('a number'),
    boolean: t('true or false'),
    object: t('a mapping (key: value lines)'),
    array: t('a list'),
  };
  const parts = list.map((x) => words[x] ?? x);
  return parts.length <= 1 ? (parts[0] ?? t('nothing')) : t`${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

export function describeFound(data: unknown): string {
  if (data === null || data === undefined) return t('nothing (an empty value)');
  if (Array.isArray(data)) return t('a list');
  if (typeof data === 'object') return t('a mapping');
  if (typeof data === 'string') return t`the string ${quote(data)}`;
  if (typeof data === 'boolean') return t`the boolean ${data}`;
  return t`the number ${String(data)}`;
}

function range(loc: Located, text: string): [number, number] {
  return valueRange(loc, text);
}

function replaceFix(title: string, start: number, end: number, newText: string): Fix {
  return { title, edits: [{ start, end, newText }], preferred: true };
}

const YAML11_BOOLEANS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

function typeProblem(issue: Issue, loc: Located, ctx: IssueContext, where: string): Problem {
  const types = String(issue.params.type).split(',');
  const expected = describeExpected(types, issue.schema);
  const [start, end] = range(loc, ctx.text);
  const node = loc.node;
  const base = { start, end, severity: 'error' as const, code: 'schema/type' };
  const source = node?.range ? ctx.text.slice(node.range[0], node.range[1]) : '';
  const wantsString = types.includes('string');
  const wantsNumber = types.includes('integer') || types.includes('number');

  if (wantsString && isPlainScalar(node) && typeof issue.data === 'boolean' && YAML11_BOOLEANS.test(source)) {
    const literal = /^(?:true|false)$/i.test(source);
    const why = literal ? '' : t` — Kubernetes reads YAML 1.1, where a plain ${source} means ${issue.data}`;
    return {
      ...base,
      message: t`${where} must be ${expected}, but ${source} is read as the boolean ${issue.data}${why}: quote it: ${quote(source)}`,
      fixes: [replaceFix(t`Quote ${source}`, start, end, quote(source))],
    };
  }
  if (wantsString && isPlainScalar(node) && typeof issue.data === 'number') {
    const octal = /^[-+]?0[0-7]+$/.test(source) ? t` (a leading 0 makes it octal in YAML 1.1: ${source} is ${issue.data})` : '';
    const lossy = !octal && String(issue.data) !== source ? t` (read as ${issue.data})` : '';
    return {
      ...base,
      message: t`${where} must be ${expected}, but ${source} is a number${octal}${lossy}: quote it: ${quote(source)}`,
      fixes: [replaceFix(t`Quote ${source}`, start, end, quote(source))],
    };
  }
  if (wantsNumber && !wantsString && typeof issue.data === 'string' && isQuotedScalar(node)) {
    const n = Number(issue.data);
    if (issue.data.trim() !== '' && Number.isFinite(n) && (types.includes('number') || Number.isInteger(n))) {
      return {
        ...base,
        message: t`${where} must be ${expected}, but ${source} is a string because of the quotes: remove the quotes: ${issue.data.trim()}`,
        fixes: [replaceFix(t('Remove the quotes'), start, end, issue.data.trim())],
      };
    }
  }
  if (
    types.includes('boolean') &&
    !wantsString &&
    typeof issue.data === 'string' &&
    isQuotedScalar(node) &&
    /^(?:true|false)$/i.test(issue.data)
  ) {
    const plain = issue.data.toLowerCase();
    return {
      ...base,
      message: t`${where} must be ${expected}, but ${source} is a string because of the quotes: remove the quotes: ${plain}`,
      fixes: [replaceFix(t('Remove the quotes'), start, end, plain)],
    };
  }
  if (types.includes('array') && !Array.isArray(issue.data) && issue.data !== null && typeof issue.data !== 'object') {
    // `command: echo hi` is one item "echo hi"; Kubernetes runs a program by that name. Split words.
    const words = typeof issue.data === 'string' && !/["'\\]/.test(issue.data) ? issue.data.trim().split(/\s+/) : [];
    const wordsOfStrings = words.length > 1 && issue.schema.items?.type === 'string';
    const list = wordsOfStrings ? `[${words.map((w) => JSON.stringify(w)).join(', ')}]` : `[${source}]`;
    const each = wordsOfStrings ? t(' (each word is an item of its own)') : '';
    return {
      ...base,
      message: t`${where} must be ${expected}, but it is ${describeFound(issue.data)}: write it as ${list}${each}, or one item per line starting with "- "`,
      fixes: isScalar(node) ? [replaceFix(t`Make it the list ${list}`, start, end, list)] : undefined,
    };
  }
  if (types.includes('integer') && typeof issue.data === 'number') {
    return { ...base, message: t`${where} must be ${expected}, but ${source || issue.data} has a fraction` };
  }
  if (issue.data === null) {
    // go's JSON decoding reads null as the field's zero value: kubectl accepts it, and only a required
    // field's validation then rejects it.
    return requiredField(issue, ctx)
      ? {
          ...base,
          code: 'schema/required',
          message: t`${where} is required, but it is empty (null): Kubernetes reads it as ${zeroValue(types)} and rejects it — write ${expected}`,
        }
      : {
          ...base,
          severity: 'warning',
          message: t`${where} is empty (null): Kubernetes reads it as ${zeroValue(types)} — write a value, or remove the line`,
        };
  }
  return { ...base, message: t`${where} must be ${expected}, but it is ${describeFound(issue.data)}` };
}

function requiredField(issue: Issue, ctx: IssueContext): boolean {
  const field = issue.path[issue.path.length - 1];
  if (typeof field !== 'string') return false;
  return schemaAtPath(ctx.schema, issue.path.slice(0, -1))?.required.includes(field) ?? false;
}

function zeroValue(types: string[]): string {
  if (types.includes('string')) return t('the empty string ""');
  if (types.includes('integer') || types.includes('number')) return '0';
  if (types.includes('boolean')) return 'false';
  return types.includes('array') ? t('an empty list') : t('an empty mapping');
}

function listValues(values: unknown[]): string {
  // An empty string is allowed by some enums (a CRD schema's type): show it as it is written.
  return values.map((v) => (v === '' ? '""' : String(v))).join(', ');
}

function enumProblem(issue: Issue, loc: Located, ctx: IssueContext, where: string): Problem {
  const allowed = ((issue.params.allowedValues as unknown[]) ?? issue.schema.enum ?? []).filter((v) => v !== null);
  const [start, end] = range(loc, ctx.text);
  const value = String(issue.data);
  const suggestion = closest(
    value,
    allowed.filter((v): v is string => typeof v === 'string'),
  );
  const hint = suggestion ? t` — did you mean ${quote(suggestion)}?` : '';
  const shown = typeof issue.data === 'string' ? quote(issue.data) : describeFound(issue.data);
  return {
    start,
    end,
    severity: 'error',
    code: 'schema/enum',
    message: t`${shown} is not a valid value for ${where}: allowed values are ${listValues(allowed)}${hint}`,
    fixes: suggestion ? [replaceFix(t`Change to ${suggestion}`, start, end, suggestion)] : undefined,
  };
}

/**
 * Fixes moving a misplaced key to the nearest places it is valid (at most three). Preferred only when
 * exactly one existing mapping in the search takes it, none nearer has to be created, and the source
 * keeps other keys (fix-all applies a preferred fix unattended).
 */
function moveFixes(ctx: IssueContext, objectPath: Path, field: string): { fix: Fix; label: string }[] {
  const places = keyPlaces(ctx.doc, ctx.root, ctx.schema, objectPath, field);
  if (!places.length) return [];
  const source = locate(ctx.doc, ctx.root, objectPath).node;
  // Places that need maps created (a probe's `exec` for `command`) are possible, not what was meant.
  const existing = places.filter((p) => p.create.length === 0);
  const certain = existing.length === 1 && places[0] === existing[0] && keysOf(source).size > 1;
  const out: { fix: Fix; label: string }[] = [];
  for (const place of places.filter((p) => p.distance === places[0].distance).slice(0, 3)) {
    const fix = moveKeyFix(ctx.text, ctx.doc, ctx.root, objectPath, field, place, ctx.kindLabel, certain);
    if (fix) out.push({ fix, label: pathLabel(ctx.kindLabel, [...place.path, ...place.create]) });
  }
  return out;
}

function unknownFieldProblem(issue: Issue, ctx: IssueContext, objectPath: Path): Problem {
  const field = String(issue.params.additionalProperty);
  const loc = locate(ctx.doc, ctx.root, [...objectPath, field]);
  const key = loc.key;
  const [start, end] = key?.range ? [key.range[0], key.range[1]] : range(loc, ctx.text);
  const where = pathLabel(ctx.kindLabel, objectPath);
  const base = { start, end, severity: 'error' as const, code: 'schema/unknown-field' };
  const placement = findPlacement(ctx.schema, objectPath, field, ctx.kindLabel);
  const moves = key?.range ? moveFixes(ctx, objectPath, field) : [];
  if (placement) {
    const move = placement.levels < 0 ? `${levelsWord(-placement.levels)} out` : `${levelsWord(placement.levels)} in`;
    return {
      ...base,
      message: t`"${field}" belongs in ${placement.label} (${placement.label}.${field}), not in ${where} — move it ${move}`,
      ...(moves.length ? { fixes: moves.map((m) => m.fix) } : {}),
    };
  }
  // Neither above nor below, but in a sibling branch (`ports` under metadata → a container).
  if (moves.length) {
    const label = moves[0].label;
    return {
      ...base,
      message: t`"${field}" belongs in ${label} (${label}.${field}), not in ${where} — move it there`,
      fixes: moves.map((m) => m.fix),
    };
  }
  const allowed = declaredFields(schemaAtPath(ctx.schema, objectPath)).length
    ? declaredFields(schemaAtPath(ctx.schema, objectPath))
    : Object.keys((issue.schema.properties as object) ?? {});
  // Never suggest a key the mapping already has: renaming to it would make a duplicate key.
  const present = keysOf(locate(ctx.doc, ctx.root, objectPath).node);
  const suggestion = closest(
    field,
    allowed.filter((f) => !present.has(f)),
  );
  if (suggestion) {
    return {
      ...base,
      message: t`unknown field "${field}" in ${where} — did you mean "${suggestion}"?`,
      fixes: key?.range ? [replaceFix(t`Rename to "${suggestion}"`, key.range[0], key.range[1], suggestion)] : undefined,
    };
  }
  const list = allowed.length && allowed.length <= 16 ? t`; allowed fields: ${allowed.join(', ')}` : '';
  return { ...base, message: t`unknown field "${field}" in ${where}: Kubernetes rejects it${list}` };
}

function requiredProblem(issue: Issue, ctx: IssueContext, objectPath: Path): Problem {
  const field = String(issue.params.missingProperty);
  const loc = locate(ctx.doc, ctx.root, objectPath);
  let start = 0;
  let end = 0;
  if (loc.key?.range && loc.reached === objectPath.length) [start, end] = [loc.key.range[0], loc.key.range[1]];
  else {
    // A list item has no key of its own: show its first key (`- image: nginx` → `image`).
    const k = firstKey(loc.node) ?? loc.nearestKey;
    if (k?.range) [start, end] = [k.range[0], k.range[1]];
    else if (loc.node?.range) [start, end] = [loc.node.range[0], loc.node.range[0] + 1];
  }
  const where = pathLabel(ctx.kindLabel, objectPath);
  const sub = schemaAtPath(ctx.schema, [...objectPath, field]);
  const what = sub?.type ? ` (${describeExpected(Array.isArray(sub.type) ? sub.type : [sub.type], sub.schema)})` : '';
  const parent = objectPath.length ? `under ${where}` : t('at the top level');
  return {
    start,
    end,
    severity: 'error',
    code: 'schema/required',
    message: t`missing required field "${field}" in ${where}: add "${field}:"${what} ${parent}`,
  };
}

const PATTERN_HELP: Record<string, string> = {
  '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$': 'lowercase letters, digits and "-" only, starting and ending with a letter or digit (a DNS label)',
  '^(?=.*[a-z])(?!.*--)[a-z0-9]([-a-z0-9]*[a-z0-9])?$':
    'lowercase letters, digits and "-" only, with at least one letter, no "--", not starting or ending with "-" (an IANA service name)',
};

function quantitySuggestion(value: string): string | undefined {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([kKmMgGtTpPeE])(i?)[bB]?$/.exec(value.trim());
  if (!m) return undefined;
  const unit = m[2] === 'k' || m[2] === 'K' ? (m[3] ? 'Ki' : 'k') : m[2].toUpperCase() + m[3];
  return `${m[1]}${unit}`;
}

function formatProblem(issue: Issue, loc: Located, ctx: IssueContext, where: string): Problem {
  const [start, end] = range(loc, ctx.text);
  const value = String(issue.data);
  const base = { start, end, severity: 'error' as const, code: 'schema/format' };
  switch (issue.params.format) {
    case 'quantity': {
      const s = quantitySuggestion(value);
      const hint = s && s !== value ? t` — did you mean ${s}?` : '';
      return {
        ...base,
        message: t`${quote(value)} is not a valid quantity for ${where}: write a number with an optional unit — m (milli), k M G T P E, or Ki Mi Gi Ti Pi Ei (e.g. 500m, 128Mi, 1Gi)${hint}`,
        fixes: s && s !== value ? [replaceFix(t`Change to ${s}`, start, end, s)] : undefined,
      };
    }
    case 'byte':
      return {
        ...base,
        message: t`${where} must be base64-encoded, but ${quote(value.length > 40 ? value.slice(0, 37) + '...' : value)} is not valid base64: encode it (e.g. \`echo -n 'text' | base64\`) or put plain text under stringData instead`,
      };
    case 'date-time':
      return { ...base, message: t`${where} must be an RFC 3339 date-time such as 2024-01-31T12:00:00Z, not ${quote(value)}` };
    case 'int32':
      return { ...base, message: t`${where} is out of range: ${value} does not fit in a 32-bit integer (at most 2147483647)` };
    default:
      return { ...base, message: t`${where}: ${quote(value)} is not a valid ${issue.params.format}` };
  }
}

function boundsProblem(issue: Issue, loc: Located, ctx: IssueContext, where: string): Problem {
  const [start, end] = range(loc, ctx.text);
  const s = issue.schema;
  const min = s.minimum ?? s.exclusiveMinimum;
  const max = s.maximum ?? s.exclusiveMaximum;
  const allowed =
    min !== undefined && max !== undefined
      ? t`between ${min} and ${max}`
      : min !== undefined
        ? `${s.exclusiveMinimum !== undefined ? t('greater than') : t('at least')} ${min}`
        : `${s.exclusiveMaximum !== undefined ? t('less than') : t('at most')} ${max}`;
  return { start, end, severity: 'error', code: 'schema/range', message: t`${where} must be ${allowed}, not ${String(issue.data)}` };
}

function stringRuleProblem(issue: Issue, loc: Located, ctx: IssueContext, where: string): Problem {
  const [start, end] = range(loc, ctx.text);
  const value = String(issue.data);
  let rule: string;
  if (issue.keyword === 'pattern') rule = PATTERN_HELP[issue.params.pattern] ?? t`it must match the pattern ${issue.params.pattern}`;
  else if (issue.keyword === 'maxLength') rule = t`at most ${issue.params.limit} characters (it has ${value.length})`;
  else rule = t`at least ${issue.params.limit} character${issue.params.limit === 1 ? '' : 's'}`;
  return { start, end, severity: 'error', code: 'schema/value', message: t`${quote(value)} is not a valid value for ${where}: ${rule}` };
}

/** The problem a user reads for one issue, shown on the exact YAML node. */
export function issueProblem(issue: Issue, ctx: IssueContext): Problem {
  const loc = locate(ctx.doc, ctx.root, issue.path);
  const where = pathLabel(ctx.kindLabel, issue.path);
  switch (issue.keyword) {
    case 'additionalProperties':
      return unknownFieldProblem(issue, ctx, issue.path);
    case 'required':
      return requiredProblem(issue, ctx, issue.path);
    case 'type':
      return typeProblem(issue, loc, ctx, where);
    case 'enum':
    case 'const':
      return enumProblem(
        { ...issue, params: { allowedValues: issue.params.allowedValues ?? [issue.params.allowedValue] } },
        loc,
        ctx,
        where,
      );
    case 'format':
      return formatProblem(issue, loc, ctx, where);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return boundsProblem(issue, loc, ctx, where);
    case 'pattern':
    case 'maxLength':
    case 'minLength':
      return stringRuleProblem(issue, loc, ctx, where);
    default: {
      const [start, end] = range(loc, ctx.text);
      return {
        start,
        end,
        severity: 'error',
        code: 'schema/value',
        message: `${where}: ${issue.params.message ?? describeKeyword(issue)}`,
      };
    }
  }
}

function describeKeyword(issue: Issue): string {
  switch (issue.keyword) {
    case 'minItems':
      return t`needs at least ${issue.params.limit} item${issue.params.limit === 1 ? '' : 's'}`;
    case 'maxItems':
      return t`allows at most ${issue.params.limit} items`;
    case 'uniqueItems':
      return t`items ${issue.params.j} and ${issue.params.i} are the same; each item must be unique`;
    case 'minProperties':
      return t`needs at least ${issue.params.limit} field${issue.params.limit === 1 ? '' : 's'}`;
    default:
      return t`does not satisfy the schema's "${issue.keyword}" rule`;
  }
}
