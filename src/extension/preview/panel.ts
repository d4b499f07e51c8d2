import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import * as vscode from 'vscode';
import { checkUrl } from '../../core/report/markdown';
import { displayLocale } from '../locale';
import type { EditorSession } from '../session';
import { isWebviewMessage, type PreviewState, type UpdateMessage, type WebviewMessage } from './messages';
import type { PreviewContent, PreviewRenderer } from './render';
import { previewShell } from './shell';

/** What the panels share: the engine, the renderer, the extension's files, and each other. */
export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly session: EditorSession;
  readonly renderer: PreviewRenderer;
  readonly log: vscode.LogOutputChannel;
  /** Open previews by plan document; the last one is the one that follows the active editor. */
  readonly panels: Map<string, PlanPreviewPanel>;
}

/** What the tests may read of a panel (through a command not in the palette). */
export interface PreviewSnapshot {
  planFile: string;
  /** The last update posted to the webview, and the last one the webview said it applied. */
  posted: UpdateMessage | undefined;
  renderedVersion: number;
  renderedTitle: string;
  /** The `<html lang>` of the webview's page after that update. */
  renderedLang: string;
  /** When the webview applied it (`Date.now()` there: the same clock, on the same machine). */
  renderedAt: number;
  /** The last update: lint of the plan, then assembly + HTML, in ms. */
  lintMs: number;
  renderMs: number;
  visible: boolean;
  /** The lint generation of the findings last rendered, and their counts (as the status bar's). */
  generation: number;
  errors: number;
  warnings: number;
}

/**
 * One live preview of one plan at a time (docs/exporting.md, "In VS Code"), beside or instead of
 * the editor; it follows the active editor to another plan (`showPlan`). The webview gets
 * a fixed shell (strict CSP with a nonce, our stylesheet and script from `media/preview`) and then
 * the report's HTML by message; it patches what changed in place and keeps its scroll position.
 */
export class PlanPreviewPanel implements vscode.Disposable {
  static readonly viewType = 'socialplan.preview';

  /**
   * Shows the preview of `planFile`: the panel that shows it, else the one that follows the active
   * editor, switched to it (like VS Code's Markdown preview); a new panel only when there is none.
   */
  static createOrShow(host: PreviewHost, planFile: string, column: vscode.ViewColumn): PlanPreviewPanel {
    const existing = host.panels.get(planFile) ?? PlanPreviewPanel.follower(host);
    if (existing) {
      existing.showPlan(planFile);
      existing.panel.reveal(column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PlanPreviewPanel.viewType,
      vscode.l10n.t('SocialPlan Preview'),
      { viewColumn: column, preserveFocus: true },
      {
        ...PlanPreviewPanel.webviewOptions(host.extensionUri),
        enableFindWidget: true,
      },
    );
    return new PlanPreviewPanel(host, panel, planFile);
  }

  /** The panel that follows the active editor: the one opened or switched last. */
  static follower(host: PreviewHost): PlanPreviewPanel | undefined {
    return [...host.panels.values()].at(-1);
  }

  /** After a reload: the serializer hands back the panel and the webview's state. */
  static revive(host: PreviewHost, panel: vscode.WebviewPanel, state: PreviewState): PlanPreviewPanel {
    host.panels.get(state.planFile)?.dispose();
    return new PlanPreviewPanel(host, panel, state.planFile);
  }

  static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      // Our stylesheet and script, and the workspace (nothing is loaded from it today; a logo or
      // an image may be one day). Nothing else of the disk is reachable from the webview.
      localResourceRoots: [
        vscode.Uri.joinPath(extensionUri, 'media'),
        ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri),
      ],
    };
  }

  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The webview's script has said `ready` since it was last (re)loaded. */
  private ready = false;
  private version = 0;
  private posted: UpdateMessage | undefined;
  private content: PreviewContent | undefined;
  private renderedVersion = -1;
  private renderedTitle = '';
  private renderedLang = '';
  private renderedAt = 0;
  /** When `update` last rendered (performance.now()). */
  private updatedAt = -Infinity;
  private disposed = false;

  private constructor(
    private readonly host: PreviewHost,
    readonly panel: vscode.WebviewPanel,
    private shownPlan: string,
  ) {
    host.panels.set(shownPlan, this);
    panel.webview.options = PlanPreviewPanel.webviewOptions(host.extensionUri);
    panel.webview.html = this.shell();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidChangeViewState(() => {
        // A hidden webview loses its page (no retainContextWhenHidden): it says `ready` again when shown.
        if (!panel.visible) this.ready = false;
      }),
    );
  }

  /** The plan document this preview shows. */
  get planFile(): string {
    return this.shownPlan;
  }

  /**
   * Shows another plan in this panel: it becomes the panel of `planFile` (and the follower), and
   * renders at once. Nothing changes when another panel shows `planFile` already.
   */
  showPlan(planFile: string): void {
    const other = this.host.panels.get(planFile);
    if (this.disposed || planFile === this.shownPlan || (other && other !== this)) return;
    if (this.host.panels.get(this.shownPlan) === this) this.host.panels.delete(this.shownPlan);
    this.shownPlan = planFile;
    this.host.panels.set(planFile, this);
    this.content = undefined;
    this.posted = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.update(true);
  }

  /** Whether a change to `file` may change this preview. */
  concerns(file: string): boolean {
    if (file === this.shownPlan || this.content?.files.has(file)) return true;
    const folder = this.content?.root ?? dirname(this.shownPlan);
    return file.startsWith(folder + sep);
  }

  /**
   * Renders again after `delay` ms; requests meanwhile are merged. `leading` (typing): the first
   * change after `delay` ms without a render renders on the next turn, not `delay` ms later; the
   * changes that follow it closely wait, and are merged.
   */
  scheduleUpdate(delay: number, leading = false): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    const wait = leading && performance.now() - this.updatedAt >= delay ? 0 : delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, wait);
  }

  /** Renders the plan and posts it, unless the webview shows it already. */
  update(force = false): void {
    // Not loaded yet, or hidden: the webview asks for the content when it is ready.
    if (this.disposed || !this.ready) return;
    this.updatedAt = performance.now();
    let content: PreviewContent;
    try {
      const { session } = this.host;
      content = this.host.renderer.render(
        session.linter,
        this.shownPlan,
        vscode.workspace.isTrusted,
        session.localeFor(this.shownPlan),
        session.publishedPlanFindings(this.shownPlan),
      );
    } catch (error) {
      this.host.log.error(
        `Preview of ${this.shownPlan} failed`,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      );
      return;
    }
    this.content = content;
    this.panel.title = vscode.l10n.t('Preview: {0}', content.title);
    const previous = this.posted;
    if (
      !force &&
      previous &&
      previous.html === content.html &&
      previous.rootClass === content.rootClass &&
      previous.lang === content.lang &&
      JSON.stringify(previous.colours) === JSON.stringify(content.colours)
    )
      return;
    const message: UpdateMessage = {
      type: 'update',
      version: ++this.version,
      html: content.html,
      rootClass: content.rootClass,
      lang: content.lang,
      colours: content.colours,
      planFile: this.shownPlan,
    };
    this.posted = message;
    void this.panel.webview.postMessage(message);
  }

  /** A message from the webview; anything that is not one of ours is ignored. */
  async receive(message: unknown): Promise<void> {
    if (!isWebviewMessage(message)) {
      this.host.log.warn('The preview sent a message of an unknown shape; it was ignored.');
      return;
    }
    await this.handle(message);
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.update(true);
        return;
      case 'rendered':
        if (message.version > this.renderedVersion) {
          this.renderedVersion = message.version;
          this.renderedTitle = message.title;
          this.renderedLang = message.lang;
          this.renderedAt = message.at;
        }
        return;
      case 'reveal':
        await this.reveal(message.file, message.line);
        return;
      case 'openLink':
        await this.openLink(message.href, message.from);
        return;
    }
  }

  /** Opens `file` (relative to the plan folder; one of the plan's own files only) at `line`. */
  private async reveal(file: string, line: number): Promise<void> {
    const target = this.planFileAt(file);
    if (!target) {
      this.host.log.warn(`The preview asked to open ${file}, which is not a file of this plan; ignored.`);
      return;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(target));
    const position = new vscode.Position(Math.min(line, document.lineCount) - 1, 0);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: this.sourceColumn(target),
      preserveFocus: false,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** A relative link of a body: opened in the editor when it leads to an existing file of the workspace. */
  private async openLink(href: string, from: string): Promise<void> {
    if (checkUrl(href) !== 'relative') return;
    const base = from === '' ? undefined : this.planFileAt(from);
    const path = href.replace(/[?#].*$/s, '');
    if (!base || path === '') return;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return;
    }
    const target = resolve(dirname(base), decoded);
    const inWorkspace = (vscode.workspace.workspaceFolders ?? []).some((folder) => isInside(target, folder.uri.fsPath));
    if (!inWorkspace || !existsSync(target)) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t('The link leads to {0}, which is not a file of the workspace.', href),
      );
      return;
    }
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(target), {
      viewColumn: this.sourceColumn(target),
    });
  }

  /** The absolute path of a plan-relative path the webview sent, if it is one of the plan's files. */
  private planFileAt(path: string): string | undefined {
    const root = this.content?.root ?? dirname(this.shownPlan);
    const target = resolve(root, path);
    const files = this.content?.files ?? new Set([this.shownPlan]);
    return files.has(target) ? target : undefined;
  }

  /** Where the source opens: the editor already showing it, else one beside the preview. */
  private sourceColumn(file: string): vscode.ViewColumn {
    const showing = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.fsPath === file);
    if (showing?.viewColumn) return showing.viewColumn;
    const other = vscode.window.visibleTextEditors.find(
      (editor) => editor.viewColumn !== undefined && editor.viewColumn !== this.panel.viewColumn,
    );
    if (other?.viewColumn) return other.viewColumn;
    return this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One;
  }

  snapshot(): PreviewSnapshot {
    return {
      planFile: this.shownPlan,
      posted: this.posted,
      renderedVersion: this.renderedVersion,
      renderedTitle: this.renderedTitle,
      renderedLang: this.renderedLang,
      renderedAt: this.renderedAt,
      lintMs: this.content?.lintMs ?? 0,
      renderMs: this.content?.renderMs ?? 0,
      visible: this.panel.visible,
      generation: this.content?.generation ?? 0,
      errors: this.content?.errors ?? 0,
      warnings: this.content?.warnings ?? 0,
    };
  }

  /** The fixed page (`previewShell`), with this webview's origin and a fresh nonce. */
  private shell(): string {
    const webview = this.panel.webview;
    return previewShell({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      media: (name) =>
        webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'media', 'preview', name)).toString(),
      lang: displayLocale(),
      title: vscode.l10n.t('SocialPlan Preview'),
      loading: vscode.l10n.t('Loading the plan…'),
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.host.panels.get(this.shownPlan) === this) this.host.panels.delete(this.shownPlan);
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return fromFolder === '' || (!fromFolder.startsWith('..') && !isAbsolute(fromFolder));
}
