import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { Model } from '../model';
import { EDITOR_MAX_LENGTH, looksLikeKubernetes, parseFile, type ParsedFile } from '../yaml/parse';
import { validateFile } from '../validation';
import { isExcluded } from '../exclude';
import type { Settings } from '../settings';
import { scanFolder, scanShallow } from './scan';
import { t } from '../l10n';

/** What the workspace needs from the editor side (the language server wires it to LSP). */
export interface WorkspaceHost {
  /** Settings that apply to a file (open files: their own; others: their folder's). */
  settings(uri: string): Promise<Settings>;
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  /** Say something to the user once (a folder not scanned whole). */
  notify(message: string): void;
  /** Long work: begin → report → done. */
  progress(title: string): Promise<{ report(done: number, total: number): void; done(): void }>;
  /** Whether a text is a YAML document the server handles (languageId yaml or a .yaml/.yml name). */
  isYaml(uri: string, languageId?: string): boolean;
}

interface FileState {
  /** The text the model holds: the editor's unsaved text while the file is open, else the disk's. */
  text: string;
  /** The open document's version; undefined for a file only on disk. */
  version?: number;
  languageId?: string;
  onDisk: boolean;
  /** Kept while the file is open (requests reuse it) or until its pending validation ran. */
  parsed?: ParsedFile;
  /** The text the model last indexed for this file. */
  indexed?: string;
  /** The parse of the text before an edit: the next parse reuses its unchanged documents (and their facts). */
  previous?: ParsedFile;
}

/** Continuous changes (a burst that never pauses) are validated at least this often. */
const MAX_WAIT_MS = 1000;
/** Turns of the event loop without a new change before validation starts. */
const QUIET_TURNS = 2;
/**
 * Edits closer together than BURST_GAP_MS come from a program or a stalled pipe, not from typing:
 * their validation also waits until BURST_QUIET_MS passed since the last one (a burst read in
 * several pieces on a busy machine would otherwise be validated once per piece).
 */
const BURST_GAP_MS = 5;
const BURST_QUIET_MS = 20;

/**
 * The files the server knows, their model, and the validation queue. A burst of edits is coalesced
 * without a fixed delay: vscode-jsonrpc hands over one queued message per turn of the event loop, so
 * validation starts once QUIET_TURNS turns passed without a change (and BURST_QUIET_MS after a
 * burst), or after MAX_WAIT_MS of continuous changes, always on the newest text; a lone edit waits
 * no timer. Requests in progress (hover, completion) go before validation, and one file is
 * validated per turn so requests that arrive meanwhile are answered first.
 */
export class Workspace {
  readonly model = new Model('the workspace');
  private readonly files = new Map<string, FileState>();
  private readonly pending = new Set<string>();
  /** The open files among `pending` (checked first), so picking one does not scan the whole queue. */
  private readonly pendingOpen = new Set<string>();
  /** What was last published per file (none: nothing, or an empty list). */
  private readonly published = new Map<string, Diagnostic[]>();
  /** Set while turns are counted towards validation. */
  private waiting = false;
  /** Requests being answered now (validation waits for them). */
  private answering = 0;
  private firstPendingAt = 0;
  private draining = false;
  private folders: string[] = [];
  private told = new Set<string>();
  /** Counters for tests and the bench: validations run (in all and by file), diagnostics sent. */
  readonly stats = { validations: 0, publishes: 0, checked: {} as Record<string, number> };

  constructor(private readonly host: WorkspaceHost) {}

  // ---- Scope -------------------------------------------------------------------------------

  /** Read every YAML file of the workspace folders (unless a folder is too big or a home directory). */
  scan(folderUris: string[]): Promise<void> {
    this.scanning = this.scanFolders(folderUris).finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private scanning: Promise<void> | undefined;
  /** While the scan reads the folders, files are indexed only: each is checked once when all are in. */
  private reading = false;

  private async scanFolders(folderUris: string[]): Promise<void> {
    this.folders = folderUris.filter((u) => u.startsWith('file:'));
    const found: string[] = [];
    for (const folder of this.folders) {
      const settings = await this.host.settings(folder);
      const dir = fileURLToPath(folder);
      const result = await scanFolder(dir, settings.exclude, settings.maxFiles);
      if (result.notScanned)
        this.tell(t`k8sense: ${result.notScanned}, so it is not scanned whole: only open files and the folders they are in are checked`);
      found.push(...result.uris);
      // The fallback scope: the folders of the files open now.
      if (result.notScanned)
        for (const uri of this.openUris()) found.push(...(await scanShallow(dirname(fileURLToPath(uri)), settings.exclude)));
    }
    if (!found.length) return;
    const progress = await this.host.progress(t('k8sense: reading the workspace'));
    let n = 0;
    this.reading = true;
    try {
      for (const uri of found) {
        await this.readFromDisk(uri);
        if (++n % 50 === 0) progress.report(n, found.length);
        if (n % 20 === 0) await turn();
      }
    } finally {
      this.reading = false;
    }
    progress.done();
    this.schedule([...this.files.keys()], true);
  }

  private tell(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.host.notify(message);
  }

  private openUris(): string[] {
    return [...this.files].filter(([, f]) => f.version !== undefined).map(([u]) => u);
  }

  /** Whether a file on disk belongs to the scanned scope. */
  private inFolders(uri: string): boolean {
    return this.folders.some((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
  }

  private async readFromDisk(uri: string): Promise<void> {
    let text: string;
    try {
      // Read synchronously: a manifest is small, and fs.promises costs four thread-pool round trips a
      // file (a 2,000-file scan spent a third of its time waiting on them); the scan yields every 20 files.
      const path = fileURLToPath(uri);
      if (!statSync(path).isFile()) throw new Error('not a regular file'); // a FIFO would block the read
      text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      this.forget(uri);
      return;
    }
    const open = this.files.get(uri);
    if (open?.version !== undefined) {
      open.onDisk = true; // opened while the disk was read: the editor's text wins
      return;
    }
    const parsed = parseFile(text, undefined, EDITOR_MAX_LENGTH);
    // Not Kubernetes (a compose file, a workflow): not part of the scope, never a diagnostic.
    if (!looksLikeKubernetes(parsed)) {
      this.forget(uri);
      return;
    }
    const before = this.model.objectsIn(uri);
    this.files.set(uri, { text, onDisk: true, parsed, indexed: text });
    this.model.setFile(uri, parsed);
    if (!this.reading) this.schedule([uri, ...this.model.dependents(uri, before)]);
  }

  private forget(uri: string): void {
    const state = this.files.get(uri);
    if (state?.version !== undefined) return; // open: the editor's text stays
    const before = this.model.objectsIn(uri);
    this.files.delete(uri);
    this.model.removeFile(uri);
    const dependents = this.model.dependents(uri, before);
    this.clear(uri);
    this.schedule([...dependents]);
  }

  // ---- Events ------------------------------------------------------------------------------

  /**
   * An open document's text (opened or edited): it wins over the disk copy. `source` may be a
   * function reading it: it is called once, when the text is parsed (a burst's texts are never read).
   */
  opened(uri: string, source: string | (() => string), version: number, languageId?: string): void {
    const state = this.files.get(uri);
    const previous = state?.parsed;
    let text = typeof source === 'string' ? source : undefined;
    this.files.set(uri, {
      get text() {
        return (text ??= (source as () => string)());
      },
      version,
      languageId,
      onDisk: state?.onDisk ?? false,
      parsed: text !== undefined && previous?.text === text ? previous : undefined,
      previous: previous ?? state?.previous,
      indexed: state?.indexed,
    });
    this.edits++;
    const now = Date.now();
    if (now - this.lastEditAt < BURST_GAP_MS) this.burst = true;
    this.lastEditAt = now;
    this.schedule([uri]);
  }

  /** The editor closed a document: back to the disk copy (still checked in workspace scope). */
  async closed(uri: string): Promise<void> {
    const state = this.files.get(uri);
    if (!state) return;
    if (state.onDisk && this.inFolders(uri)) {
      this.files.set(uri, { ...state, version: undefined, parsed: undefined });
      await this.readFromDisk(uri);
    } else {
      state.version = undefined;
      this.forget(uri);
    }
    const settings = await this.host.settings(uri);
    if (settings.diagnosticsScope === 'openFiles') this.clear(uri);
  }

  /** workspace/didChangeWatchedFiles: created / changed (1, 2) or deleted (3). */
  async watched(changes: { uri: string; type: number }[]): Promise<void> {
    for (const { uri, type } of changes) {
      if (!/\.ya?ml$/i.test(uri)) continue;
      const state = this.files.get(uri);
      if (type === 3) {
        if (state?.version !== undefined) state.onDisk = false;
        else this.forget(uri);
        continue;
      }
      if (state?.version !== undefined) {
        state.onDisk = true;
        continue; // the editor's text wins
      }
      if (!this.inFolders(uri)) continue;
      const settings = await this.host.settings(uri);
      if (isExcluded(uri, settings.exclude)) continue;
      await this.readFromDisk(uri);
    }
  }

  /** Settings changed: everything is checked again. */
  settingsChanged(): void {
    this.schedule([...this.files.keys()], true);
  }

  // ---- The current parse -------------------------------------------------------------------

  /**
   * The parse of a file as it is now (the open text), indexed in the model, for a request: pending
   * validation waits until the request has its answer. Undefined for files not handled.
   */
  async current(uri: string): Promise<{ file: ParsedFile; settings: Settings } | undefined> {
    this.answering++;
    try {
      return await this.currentParse(uri);
    } finally {
      // Decremented before the caller's continuation runs, but validation starts only in a later
      // turn, after the request's (synchronous) answer was computed.
      this.answering--;
    }
  }

  private async currentParse(uri: string): Promise<{ file: ParsedFile; settings: Settings } | undefined> {
    const state = this.files.get(uri);
    if (!state || !this.host.isYaml(uri, state.languageId)) return undefined;
    const settings = await this.host.settings(uri);
    if (isExcluded(uri, settings.exclude)) return undefined;
    return { file: this.parse(uri, state), settings };
  }

  /**
   * The model with every open file's newest text in it (no validation): for requests that read
   * other files than their own (references, rename), which must not see a pending edit's old ranges.
   */
  async synced(): Promise<Model> {
    if (this.scanning) await this.scanning; // a rename must see every file of the scope
    for (const [uri, state] of this.files) {
      if (state.version !== undefined && this.host.isYaml(uri, state.languageId)) this.parse(uri, state);
    }
    return this.model;
  }

  private parse(uri: string, state: FileState): ParsedFile {
    if (state.parsed?.text !== state.text) {
      // A file on disk drops its tree after validation: parsing the same text again changes no fact,
      // and must not re-check its dependents (two files defining the same object would ping-pong).
      const before = state.indexed !== state.text ? this.model.objectsIn(uri) : undefined;
      state.parsed = parseFile(state.text, state.parsed ?? state.previous, EDITOR_MAX_LENGTH);
      state.previous = undefined;
      this.model.setFile(uri, state.parsed);
      state.indexed = state.text;
      // Other files may resolve differently now: they are checked again too.
      if (before) for (const d of this.model.dependents(uri, before)) this.schedule([d]);
    } else if (!this.model.isCurrent(uri, state.parsed)) this.model.setFile(uri, state.parsed);
    return state.parsed;
  }

  // ---- Validation queue --------------------------------------------------------------------

  private schedule(uris: Iterable<string>, now = false): void {
    const wasEmpty = this.pending.size === 0;
    for (const u of uris) {
      this.pending.add(u);
      if (this.files.get(u)?.version !== undefined) this.pendingOpen.add(u);
    }
    if (!this.pending.size) return;
    if (wasEmpty) this.firstPendingAt = Date.now();
    if (now) this.urgent = true;
    if (this.draining || this.waiting) return;
    this.waiting = true;
    this.countTurns();
  }

  /** Counts the editor's changes (one per didOpen/didChange message). */
  private edits = 0;
  private lastEditAt = 0;
  /** Edits came in a burst (see BURST_GAP_MS) since the last validation started. */
  private burst = false;
  /** A scan finished or settings changed: no change of the user's to wait for. */
  private urgent = false;

  /**
   * Wait until QUIET_TURNS turns passed without a change and no request is being answered: messages
   * the connection already read (the rest of a burst, a hover sent after it) are handled first.
   */
  private countTurns(): void {
    const seen = this.edits;
    let turns = 0;
    const next = () =>
      setImmediate(() => {
        const overdue = Date.now() - this.firstPendingAt >= MAX_WAIT_MS;
        if (this.edits !== seen && !overdue && !this.urgent) return this.countTurns();
        if (++turns < QUIET_TURNS && !overdue && !this.urgent) return next();
        // A request may wait on the client (its settings): wait with a timer, not by spinning turns.
        if (this.answering && !overdue) return void setTimeout(next, 1);
        const sinceEdit = Date.now() - this.lastEditAt;
        if (this.burst && sinceEdit < BURST_QUIET_MS && !overdue && !this.urgent) {
          setTimeout(() => this.countTurns(), BURST_QUIET_MS - sinceEdit);
          return;
        }
        this.burst = false;
        this.waiting = false;
        this.urgent = false;
        void this.drain();
      });
    next();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    let rearm = false;
    try {
      // Open files first: they are what the user looks at.
      while (this.pending.size) {
        // A request that arrived meanwhile is answered first (bounded: continuous requests do not starve validation).
        for (const since = Date.now(); this.answering && Date.now() - since < MAX_WAIT_MS;) await pause();
        let open: string | undefined;
        for (const u of this.pendingOpen) {
          this.pendingOpen.delete(u);
          if (this.pending.has(u) && this.files.get(u)?.version !== undefined) {
            open = u;
            break;
          }
        }
        const uri = open ?? this.pending.values().next().value!;
        this.pending.delete(uri);
        const edits = this.edits;
        await this.validate(uri);
        await turn(); // requests queued meanwhile are answered before the next file
        // Edits came in meanwhile (a burst that had not all been read): wait for it to end again.
        if (this.edits !== edits && this.pending.size && Date.now() - this.firstPendingAt < MAX_WAIT_MS) {
          rearm = true;
          break;
        }
      }
    } finally {
      this.draining = false;
      if (rearm) {
        this.waiting = true;
        this.countTurns();
      }
    }
  }

  private async validate(uri: string): Promise<void> {
    const state = this.files.get(uri);
    if (!state) return this.clear(uri);
    const version = state.version;
    const current = await this.currentParse(uri);
    // A newer version arrived while settings were fetched: it is pending and publishes itself.
    if (this.files.get(uri) !== state || state.version !== version || (current && state.text !== current.file.text)) return;
    let diagnostics: Diagnostic[] = [];
    if (current && (version !== undefined || current.settings.diagnosticsScope === 'workspace')) {
      this.stats.validations++;
      this.stats.checked[uri] = (this.stats.checked[uri] ?? 0) + 1;
      diagnostics = validateFile(current.file, current.settings, { model: this.model, uri });
    }
    // A file only on disk does not keep its syntax tree: its facts are in the model.
    if (version === undefined) state.parsed = undefined;
    // An open document gets an answer for its version; a file on disk only when its problems change
    // (compared as text only then: an open file's hundreds of diagnostics are not serialized twice per edit).
    if (version === undefined && JSON.stringify(this.published.get(uri) ?? []) === JSON.stringify(diagnostics)) return;
    if (!diagnostics.length) this.published.delete(uri);
    else this.published.set(uri, diagnostics);
    this.stats.publishes++;
    this.host.publish(uri, diagnostics, version);
  }

  private clear(uri: string): void {
    if (!this.published.has(uri)) return;
    this.published.delete(uri);
    this.stats.publishes++;
    this.host.publish(uri, []);
  }

  /** Resolves once nothing is pending (tests, the bench). */
  async idle(): Promise<void> {
    while (this.scanning || this.pending.size || this.draining || this.waiting)
      await (this.scanning ?? new Promise((r) => setTimeout(r, 5)));
  }
}

const turn = () => new Promise<void>((r) => setImmediate(r));
const pause = () => new Promise<void>((r) => setTimeout(r, 1));
