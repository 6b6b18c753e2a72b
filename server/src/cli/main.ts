import { parseArgs } from 'node:util';
import { getLanguageService } from '../languageService';
import type { RuleSeverity } from '../settings';
import { readInputs, InputError, type InputFile } from './files';
import { registerCrds } from '../validate/crd';
import { Model } from '../model';
import type { ManifestDocument, ParsedFile } from '../yaml/parse';
import { checkSliced, collectNow, indexSliced, slices, type SliceOptions, type SlicedInput } from './sliced';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { fixInputs } from './fix';
import { buildGraph } from '../graph';
import { toDot, toMermaid } from './graphFormat';
import { localeFromEnv, setLocale, t } from '../l10n';
import { formatJson, formatSarif, formatText, jsonPieces, summarize, type FileReport } from './report';

declare const K8SENSE_VERSION: string;
const VERSION = typeof K8SENSE_VERSION === 'string' ? K8SENSE_VERSION : '0.0.0-dev';

/** Total input size up to which the CLI keeps every file's syntax tree between its two passes (trees take ~100× the text). */
const KEEP_TREES_BELOW = 4 * 1024 * 1024;

// A function: the text is translated once the locale is known.
const usage = () => t`Usage:
  k8sense check [--format text|json|sarif] [--kube-version X.Y] [--rule ID=SEVERITY]... [--fix|--fix-dry-run] [--locale ko] <files|dirs|->
  k8sense graph [--format json|dot|mermaid] <files|dirs|->
  k8sense lsp --stdio              start the language server (for Neovim, Emacs, Helix, ...)
  k8sense --version

check: directories are searched for *.yaml and *.yml. Exit status: 0 no errors, 1 errors found,
2 usage or I/O error. --fix rewrites the files with every preferred quick fix, then reports what is
left; --fix-dry-run prints the changes as a diff instead.
graph: the objects of the files and how they refer to each other, across the files (JSON as the
editor's k8sense/graph request returns it; DOT for Graphviz; Mermaid for a README).`;

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Part of a line, without a line break (a long report is written in pieces); else `out` gets it whole. */
  write?: (s: string) => void;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  write: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s + '\n'),
};

function parseRules(values: string[]): Record<string, RuleSeverity> {
  const rules: Record<string, RuleSeverity> = {};
  for (const v of values) {
    const m = /^([^=]+)=(error|warning|info|hint|off)$/.exec(v);
    if (!m) throw new InputError(t`--rule ${v}: expected ID=error|warning|info|off`);
    rules[m[1]] = m[2] as RuleSeverity;
  }
  return rules;
}

interface CheckOptions {
  kubeVersion: string | undefined;
  rules: Record<string, RuleSeverity>;
  fixMode: 'write' | 'dry-run' | undefined;
  format: string;
  io: CliIO;
  sliceOptions: SliceOptions;
}

/** Both passes over the inputs: their facts into one model, then each input's diagnostics. */
async function reportInputs(
  inputs: InputFile[],
  { kubeVersion, rules, fixMode, format, io, sliceOptions }: CheckOptions,
): Promise<{ reports: FileReport[]; sliced: boolean }> {
  const service = getLanguageService();
  const model = new Model();
  const uris = inputs.map((input) => (input.path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input.path)).href));
  // Pass 1: every file's facts into the model (it keeps no syntax trees but CRDs'). Large files
  // are read a slice of documents at a time; the others' trees are kept for pass 2 while the
  // inputs are small, else each file is parsed again for its own checks. `--fix` rewrites whole
  // texts: it reads them whole.
  const keepTrees = inputs.reduce((n, input) => n + input.text.length, 0) <= KEEP_TREES_BELOW;
  const trees: (ParsedFile | undefined)[] = [];
  const sliced: (SlicedInput | undefined)[] = [];
  const crdFiles: { documents: readonly ManifestDocument[] }[] = [];
  inputs.forEach((input, i) => {
    if (!fixMode && slices(input.text, sliceOptions)) {
      sliced[i] = indexSliced(model, uris[i], input.text, sliceOptions);
      crdFiles.push({ documents: model.crdDocumentsIn(uris[i]) });
      trees.push(undefined);
      return;
    }
    const file = service.parse(input.text);
    model.setFile(uris[i], file);
    if (file.documents.some((d) => d.kind === 'CustomResourceDefinition')) crdFiles.push(file);
    trees.push(keepTrees ? file : undefined);
  });
  // A CRD in any input validates the custom resources of every input.
  registerCrds(crdFiles);
  if (fixMode) {
    const fixed = await fixInputs(
      inputs,
      (input) => ({ kubernetesVersion: kubeVersion, rules, requireKubernetes: input.explicit }),
      fixMode,
      format === 'text' ? io : { out: io.err, err: io.err },
      (i) => ({ model, uri: uris[i] }),
    );
    fixed.forEach((text, i) => {
      if (text === inputs[i].text) return;
      inputs[i] = { ...inputs[i], text };
      trees[i] = undefined;
    });
  }
  const reports: FileReport[] = inputs.map((input, i) => {
    const settings = { kubernetesVersion: kubeVersion, rules, requireKubernetes: input.explicit };
    const slicedInput = sliced[i];
    if (slicedInput) {
      const { diagnostics, documents } = checkSliced(service.validate, model, uris[i], input.text, slicedInput, settings);
      const checked = diagnostics.length > 0 || input.explicit || slicedInput.looksKubernetes;
      return { path: input.path, documents: checked ? documents : 0, diagnostics };
    }
    const file = trees[i] ?? service.parse(input.text);
    trees[i] = undefined;
    const diagnostics = service.validate(file, settings, { model, uri: uris[i] });
    const checked = diagnostics.length > 0 || input.explicit || file.documents.some((d) => d.looksKubernetes);
    return { path: input.path, documents: checked ? file.documents.filter((d) => !d.isEmpty).length : 0, diagnostics };
  });
  return { reports, sliced: sliced.some((s) => s) };
}

async function check(args: string[], io: CliIO, sliceOptions: SliceOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      'kube-version': { type: 'string' },
      rule: { type: 'string', multiple: true, default: [] },
      fix: { type: 'boolean', default: false },
      'fix-dry-run': { type: 'boolean', default: false },
    },
  });
  const format = values.format!;
  if (!['text', 'json', 'sarif'].includes(format)) throw new InputError(t`--format ${format}: expected text, json or sarif`);
  const kubeVersion = values['kube-version'];
  if (kubeVersion !== undefined && !/^1\.\d+$/.test(kubeVersion))
    throw new InputError(t`--kube-version ${kubeVersion}: expected a version like 1.30`);
  if (!positionals.length) throw new InputError(t('check: name at least one file, directory, or - for standard input'));
  const rules = parseRules(values.rule as string[]);
  const fixMode = values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : undefined;
  if (fixMode === 'write' && positionals.includes('-'))
    throw new InputError(t('--fix rewrites files: it cannot fix standard input (use --fix-dry-run to see the changes)'));
  const { files: inputs, failed } = await readInputs(positionals, (message) => io.err(`k8sense: ${message}`));
  // Nothing could be read: no report, only the reasons (already on stderr).
  if (!inputs.length && failed) return 2;
  const { reports, sliced } = await reportInputs(inputs, { kubeVersion, rules, fixMode, format, io, sliceOptions });
  // The model (every input's facts) is let go: its memory is given back before the output is built.
  if (sliced) collectNow();
  if (format === 'json') {
    if (io.write) {
      for (const piece of jsonPieces(reports)) io.write(piece);
      io.write('\n');
    } else io.out(formatJson(reports));
  } else if (format === 'sarif') io.out(formatSarif(reports, VERSION));
  else io.out(formatText(reports));
  // An input that could not be read outranks the findings: the check was incomplete.
  if (failed > 0) return 2;
  return summarize(reports).errors > 0 ? 1 : 0;
}

async function graph(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' } } });
  const format = values.format!;
  if (!['json', 'dot', 'mermaid'].includes(format)) throw new InputError(`--format ${format}: expected json, dot or mermaid`);
  if (!positionals.length) throw new InputError('graph: name at least one file, directory, or - for standard input');
  const { files: inputs, failed } = await readInputs(positionals, (message) => io.err(`k8sense: ${message}`));
  const service = getLanguageService();
  const model = new Model();
  const paths = new Map<string, string>();
  inputs.forEach((input) => {
    const uri = input.path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(input.path)).href;
    paths.set(uri, input.path);
    model.setFile(uri, service.parse(input.text));
  });
  const result = buildGraph(model, undefined, Infinity);
  const fileOf = (uri: string | undefined) => (uri ? paths.get(uri) : undefined);
  if (format === 'dot') io.out(toDot(result, fileOf));
  else if (format === 'mermaid') io.out(toMermaid(result, fileOf));
  else io.out(JSON.stringify(result, null, 2));
  return failed > 0 ? 2 : 0;
}

/** `--locale X` / `--locale=X` anywhere in argv (taken out), else LC_ALL, LC_MESSAGES, LANG. */
function takeLocale(argv: string[]): { locale: string | undefined; args: string[] } {
  const args: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--locale' && i + 1 < argv.length) locale = argv[++i];
    else if (argv[i].startsWith('--locale=')) locale = argv[i].slice('--locale='.length);
    else args.push(argv[i]);
  }
  return { locale: locale ?? localeFromEnv(), args };
}

/** The command line; returns the exit status. `sliceOptions`: which inputs are checked a slice of documents at a time (tests compare with whole). */
export async function run(argv: string[], io: CliIO = defaultIO, sliceOptions: SliceOptions = {}): Promise<number> {
  const { locale, args } = takeLocale(argv);
  setLocale(locale);
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'check':
        return await check(rest, io, sliceOptions);
      case 'graph':
        return await graph(rest, io);
      case '--version':
      case '-v':
        io.out(VERSION);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.out(usage());
        return 0;
      default:
        io.err(command ? t`k8sense: unknown command "${command}"` + `\n\n${usage()}` : usage());
        return 2;
    }
  } catch (err) {
    if (err instanceof InputError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`k8sense: ${(err as Error).message}`);
      return 2;
    }
    throw err;
  }
}
