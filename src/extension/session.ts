import { basename, resolve } from 'node:path';
import * as vscode from 'vscode';
import { plainMessage } from '../core/i18n/code-spans';
import { CONFIG_FILE_NAMES } from '../core/lint/config';
import { FixCheck } from '../core/lint/fix-check';
import { Linter, type LintResult } from '../core/lint/linter';
import { messageLocale } from '../core/i18n/message-locale';
import type { Finding, Locale } from '../core/types';
import { Documents } from '../core/workspace/documents';
import { localesOfPlans } from '../core/workspace/plan-locale';
import type { Plan } from '../core/workspace/plans';
import { isMarkdownFile, markdownFilesUnder } from '../core/workspace/files';
import { DiagnosticsPublisher } from './diagnostics';
import type { EditorFileHost } from './editor-host';
import { displayLocale, localeForDocument } from './locale';
import { TextPositions, type PositionSource } from './positions';
import { readSettings, type Settings } from './settings';

/** How long typing must pause before a document is linted again. */
export const TYPING_DELAY_MS = 250;
/** How many files the workspace scan lints before letting the extension host breathe. */
const SCAN_CHUNK = 40;
/** Files coming and going arrive in bursts (a git checkout, a folder pasted): one rescan per burst. */
const FILES_CHANGED_DELAY_MS = 150;

/**
 * The editor session: owns the engine (the documents as the editor shows them, and the linter
 * over them, both replaced when the settings or the workspace trust change) and keeps the findings
 * in step with the files: lints what changed together with the rest of its plan (a plan-level
 * finding may move from one file to another), hands each file's findings to the diagnostics, and
 * remembers them for the code actions, the status bar and the plan view. Preview, export and the
 * language features read the engine through it.
 */
export class EditorSession implements vscode.Disposable {
  private readonly diagnostics = new DiagnosticsPublisher();
  private engine: { documents: Documents; linter: Linter; fixCheck: FixCheck };
  private currentSettings: Settings;
  /** The findings behind the published diagnostics, per file. */
  private readonly findings = new Map<string, Finding[]>();
  /** The files each file shared a plan with at its last lint: a change there re-lints them all. */
  private readonly peers = new Map<string, ReadonlySet<string>>();
  /** The config file that applies to each file's plan, at its last lint: its findings count for the plan. */
  private readonly planConfigs = new Map<string, string>();
  /** Every SocialPlan document seen, open or closed. */
  private readonly known = new Set<string>();
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private filesTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every lint; a file remembers the generation that last published it. */
  private generation = 0;
  /** The generation of the last lint whose findings were published: what every reader shows. */
  private publishedGeneration = 0;
  private readonly publishedAt = new Map<string, number>();
  private readonly didLint = new vscode.EventEmitter<void>();
  /** Fired after diagnostics were published (the status bar, the plan view and the previews listen). */
  readonly onDidLint = this.didLint.event;
  private readonly reportedProblems = new Set<string>();
  /** Schema files named by the config files and the settings: editing one re-reads the configs. */
  private readonly schemaFiles = new Set<string>();
  /** Bumped by every workspace scan: a scan still running when a newer one starts gives way. */
  private scans = 0;
  /** The text of each file with findings when they were computed (their offsets are into it). */
  private readonly lintedTexts = new Map<string, string>();

  constructor(
    readonly host: EditorFileHost,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.currentSettings = readSettings();
    this.engine = this.createEngine();
  }

  private createEngine(): { documents: Documents; linter: Linter; fixCheck: FixCheck } {
    const overrides = this.currentSettings.overrides;
    for (const mapping of overrides.schemas ?? []) this.schemaFiles.add(resolve(mapping.base, mapping.schema));
    const documents = new Documents(this.host);
    const linter = new Linter(documents, { trusted: vscode.workspace.isTrusted, overrides });
    return { documents, linter, fixCheck: new FixCheck(linter) };
  }

  /** The settings as last read. */
  get settings(): Settings {
    return this.currentSettings;
  }

  /** The documents as the editor shows them (open documents as typed), and the plans they form. */
  get documents(): Documents {
    return this.engine.documents;
  }

  /** The linter the diagnostics come from (replaced when trust or settings change). */
  get linter(): Linter {
    return this.engine.linter;
  }

  /** Checks fixes before they are offered: none may break the YAML or the schema (lint/fix-check.ts). */
  get fixCheck(): FixCheck {
    return this.engine.fixCheck;
  }

  /** Settings or trust changed: a new engine, and every known document linted again. */
  reconfigure(): void {
    this.engine = this.createEngine();
    this.reportedProblems.clear();
    void this.scanWorkspace();
  }

  /** The settings changed: read them again; the engine is replaced when what it uses changed. */
  settingsChanged(): void {
    const previous = this.currentSettings;
    this.currentSettings = readSettings();
    if (JSON.stringify(previous.overrides) !== JSON.stringify(this.currentSettings.overrides)) this.reconfigure();
    // Another language: the same findings, published again in it (the lint is cached).
    else if (previous.language !== this.currentSettings.language) this.scheduleAll(this.known, 0);
  }

  /**
   * The language of what is shown about `file`: diagnostics, hovers, completions, preview and
   * export messages all ask here (`socialplan.language`, docs/authoring.md, "Languages").
   */
  localeFor(file: string): Locale {
    return localeForDocument(this.documents, file, this.currentSettings.language);
  }

  /** Whether the diagnostics of `document` were computed from its present text. */
  isCurrent(document: vscode.TextDocument): boolean {
    return this.lintedTexts.get(document.uri.fsPath) === document.getText();
  }

  /** Every SocialPlan document seen by the last lints and scans, open or closed. */
  knownDocuments(): ReadonlySet<string> {
    return this.known;
  }

  findingsFor(file: string): readonly Finding[] {
    return this.findings.get(file) ?? [];
  }

  /**
   * The published findings of the plan(s) `file` belongs to, and the lint generation they are
   * from: the status bar and the preview both read this, so that they never disagree.
   */
  publishedPlanFindings(file: string): PublishedFindings {
    const findings: Finding[] = [];
    const files = new Set(this.planFiles(file));
    const config = this.planConfigs.get(file);
    if (config) files.add(config);
    for (const member of files) for (const finding of this.findingsFor(member)) findings.push(finding);
    return { generation: this.publishedGeneration, findings };
  }

  /** The files of the plan(s) `file` belongs to, itself included. */
  planFiles(file: string): ReadonlySet<string> {
    return this.peers.get(file) ?? new Set([file]);
  }

  handles(document: vscode.TextDocument): boolean {
    return (
      document.uri.scheme === 'file' && (document.languageId === 'markdown' || isMarkdownFile(document.uri.fsPath))
    );
  }

  /** Whether `document` is one this session lints and a SocialPlan document. */
  isSocialPlanDocument(document: vscode.TextDocument): boolean {
    return this.handles(document) && this.documents.document(document.uri.fsPath) !== undefined;
  }

  /** Whether `file` is one the engine reads as configuration (a config file or a schema it names). */
  isConfiguration(file: string): boolean {
    if (CONFIG_FILE_NAMES.includes(basename(file))) return true;
    return file.endsWith('.json') && this.schemaFiles.has(file);
  }

  // What the editor tells (extension.ts wires these to VS Code's events).

  documentOpened(document: vscode.TextDocument): void {
    this.host.track(document);
    if (this.handles(document)) this.schedule(document.uri.fsPath, 0);
  }

  documentChanged(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0 || this.currentSettings.run !== 'onType') return;
    const { document } = event;
    if (document.uri.scheme !== 'file') return;
    if (this.isConfiguration(document.uri.fsPath)) this.configChanged();
    else if (this.handles(document)) this.schedule(document.uri.fsPath);
  }

  documentSaved(document: vscode.TextDocument): void {
    if (document.uri.scheme !== 'file') return;
    this.host.forget(document.uri.fsPath);
    if (this.isConfiguration(document.uri.fsPath)) this.configChanged();
    else if (this.handles(document)) this.schedule(document.uri.fsPath, 0);
  }

  documentClosed(document: vscode.TextDocument): void {
    this.host.untrack(document);
    // Unsaved changes are gone with the editor: the file is linted again as it is on disk.
    if (this.isConfiguration(document.uri.fsPath)) this.configChanged();
    else if (this.handles(document)) this.schedule(document.uri.fsPath);
  }

  /** A Markdown file changed on disk. */
  markdownChangedOnDisk(uri: vscode.Uri): void {
    this.host.forget(uri.fsPath);
    if (!this.host.openDocument(uri.fsPath)) this.schedule(uri.fsPath);
  }

  /** A config file, or a JSON file that may be a schema a config names, changed on disk. */
  configurationChangedOnDisk(uri: vscode.Uri): void {
    if (!this.isConfiguration(uri.fsPath)) return;
    this.host.forget(uri.fsPath);
    this.configChanged();
  }

  /**
   * A file or folder was created or deleted: a folder created or deleted with its files may be
   * reported as the folder alone, so every creation and deletion counts but that of a file of
   * another kind. One rescan per burst.
   */
  fileCameOrWent(uri: vscode.Uri): void {
    if (mayHoldDocuments(uri.fsPath)) this.filesChangedSoon();
  }

  /** Files were renamed, or workspace folders came or went: one rescan per burst. */
  filesChangedSoon(): void {
    if (this.filesTimer) clearTimeout(this.filesTimer);
    this.filesTimer = setTimeout(() => this.filesChanged(), FILES_CHANGED_DELAY_MS);
  }

  /** Lint `file` (and its plan) after `delay` ms; requests made meanwhile are linted together. */
  schedule(file: string, delay = TYPING_DELAY_MS): void {
    this.scheduleAll([file], delay);
  }

  scheduleAll(files: Iterable<string>, delay = TYPING_DELAY_MS): void {
    for (const file of files) this.pending.add(file);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  /** Lint what is pending now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const files = [...this.pending];
    this.pending.clear();
    if (files.length > 0) this.lintFiles(files);
  }

  /** A config or schema file changed: configs are read again and every known document re-linted. */
  configChanged(): void {
    this.linter.refreshFolders();
    this.scheduleAll(this.known);
  }

  /**
   * Lints every SocialPlan document of the workspace, closed ones too, the way the CLI finds them,
   * in chunks so that the extension host stays responsive. Files published by a newer lint while
   * the scan runs keep their newer diagnostics.
   */
  async scanWorkspace(): Promise<void> {
    const scan = ++this.scans;
    const started = this.generation;
    this.host.forgetAll();
    this.linter.refreshFolders();
    // The scan sees every plan: what each file shares a plan with is learnt anew.
    this.peers.clear();
    this.planConfigs.clear();
    const found = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme === 'file')
        for (const file of markdownFilesUnder(this.host, folder.uri.fsPath)) found.add(file);
    }
    // Open documents outside the workspace folders too.
    for (const document of vscode.workspace.textDocuments) if (this.handles(document)) found.add(document.uri.fsPath);
    const files = [...found];
    const before = new Set([...this.findings.keys(), ...this.known]);
    const seen = new Set<string>();
    const stale = { since: started, own: new Set<number>() };
    for (let index = 0; index < files.length; index += SCAN_CHUNK) {
      if (index > 0) await new Promise((resolve) => setImmediate(resolve));
      if (scan !== this.scans) return; // a newer scan took over
      for (const file of this.lintFiles(files.slice(index, index + SCAN_CHUNK), stale)) seen.add(file);
    }
    // Files that were SocialPlan documents and no longer are, or no longer exist.
    const gone = [...before].filter((file) => !seen.has(file) && !found.has(file));
    if (gone.length > 0) this.lintFiles(gone, stale);
  }

  /** Files were created, deleted or renamed. */
  filesChanged(): void {
    this.host.forgetAll();
    this.linter.refreshFolders();
    void this.scanWorkspace();
  }

  /**
   * Lints `files` with every file of their plans and publishes the result; returns the files
   * it published. `stale`: for a scan, which started at generation `since`: a file published
   * since then by another lint (one of its `own` generations aside) keeps those newer results.
   */
  lintFiles(files: readonly string[], stale?: { since: number; own: Set<number> }): string[] {
    const generation = ++this.generation;
    stale?.own.add(generation);
    let result: LintResult;
    let targets: Set<string>;
    try {
      targets = this.expand(files);
      result = this.linter.lint([...targets]);
    } catch (error) {
      this.log.error(
        `Linting ${files.join(', ')} failed`,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      return [];
    }
    const plans = this.remember(result, targets);
    const byFile = new Map<string, Finding[]>();
    for (const file of targets) byFile.set(file, []);
    for (const config of result.configs) if (config.file) byFile.set(config.file, []);
    for (const finding of result.findings) {
      const list = byFile.get(finding.file);
      if (list) list.push(finding);
      else byFile.set(finding.file, [finding]);
    }
    const { language } = this.currentSettings;
    const userLocale = displayLocale();
    const locales = localesOfPlans(plans, language, userLocale);
    const outsidePlans = messageLocale(undefined, language, userLocale);
    const published: string[] = [];
    for (const [file, findings] of byFile) {
      const last = this.publishedAt.get(file) ?? 0;
      if (stale && last > stale.since && !stale.own.has(last)) continue;
      this.publishedAt.set(file, generation);
      this.keep(file, findings);
      const positions = new Map<string, PositionSource>();
      const locale = locales.get(file) ?? outsidePlans;
      this.diagnostics.publish(file, findings, locale, (other) => this.positionsOf(other, positions));
      published.push(file);
    }
    this.reportOverrideProblems();
    this.publishedGeneration = generation;
    this.didLint.fire();
    return published;
  }

  /**
   * `files`, the files that shared a plan with them, and the files of the plans they are in now.
   * Peers of peers too: a charter shared by several plans brings all of them, since each may
   * report findings in it.
   */
  private expand(files: readonly string[]): Set<string> {
    const targets = new Set(files);
    const pending = [...files];
    while (pending.length > 0) {
      for (const peer of this.peers.get(pending.pop() as string) ?? []) {
        if (targets.has(peer)) continue;
        targets.add(peer);
        pending.push(peer);
      }
    }
    const documents = [...targets]
      .map((file) => this.documents.document(file))
      .filter((document) => document !== undefined);
    for (const plan of this.documents.plansAround(documents)) {
      if (plan.folder === undefined) continue;
      for (const document of plan.documents) targets.add(document.file);
    }
    return targets;
  }

  /** Remembers who shares a plan with whom; returns the plans of the lint. */
  private remember(result: LintResult, targets: ReadonlySet<string>): Plan[] {
    for (const file of targets) {
      this.peers.delete(file);
      this.planConfigs.delete(file);
      this.known.delete(file);
    }
    for (const document of result.documents) this.known.add(document.file);
    const plans = this.documents.plansAround(result.documents);
    for (const plan of plans) {
      if (plan.folder === undefined) continue;
      const files = plan.documents.map((document) => document.file);
      for (const file of files) this.peers.set(file, new Set([...(this.peers.get(file) ?? []), ...files]));
      const config = plan.planDocuments[0] && this.linter.configs.forFile(plan.planDocuments[0].file).file;
      if (config) for (const file of files) this.planConfigs.set(file, config);
    }
    for (const config of result.configs) {
      for (const mapping of config.schemaMappings) this.schemaFiles.add(mapping.schemaFile);
    }
    return plans;
  }

  /** Remembers the findings of `file`, and the text their offsets are into. */
  private keep(file: string, findings: Finding[]): void {
    // The engine read the file through the host a moment ago: the text the findings' offsets are into.
    const read = findings.length > 0 ? this.host.read(file) : undefined;
    if (read && read !== 'binary') this.lintedTexts.set(file, read.text);
    else this.lintedTexts.delete(file);
    if (findings.length === 0) this.findings.delete(file);
    else this.findings.set(file, findings);
  }

  /** Positions in `file` as VS Code counts them: the open document's, else the text the engine read. */
  positionsOf(file: string, cache?: Map<string, PositionSource>): PositionSource {
    const cached = cache?.get(file);
    if (cached) return cached;
    const open = this.host.openDocument(file);
    const read = open ? undefined : this.host.read(file);
    const source: PositionSource = open ?? new TextPositions(read && read !== 'binary' ? read.text : '');
    cache?.set(file, source);
    return source;
  }

  private reportOverrideProblems(): void {
    for (const problem of this.linter.configs.overrideProblems.values()) {
      const message = `${problem.schemaFile}: ${plainMessage(problem.message[displayLocale()], displayLocale())}`;
      if (this.reportedProblems.has(message)) continue;
      this.reportedProblems.add(message);
      this.log.warn(message);
      void vscode.window.showWarningMessage(
        vscode.l10n.t('SocialPlan cannot use a schema named in the setting socialplan.schemas: {0}', message),
      );
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.filesTimer) clearTimeout(this.filesTimer);
    this.diagnostics.dispose();
    this.didLint.dispose();
  }
}

/** A plan's findings as last published, with the generation of the lint that published them. */
export interface PublishedFindings {
  generation: number;
  findings: Finding[];
}

/** Markdown files, config files, and folders (a name with no extension, as far as one can tell). */
function mayHoldDocuments(path: string): boolean {
  const name = basename(path);
  return isMarkdownFile(name) || CONFIG_FILE_NAMES.includes(name) || !name.includes('.') || name.endsWith('.json');
}
