import type * as vscode from 'vscode';
import type { SourceText } from '../core/document/document';
import { CachedFileHost, NodeFileHost, type DirectoryEntry, type FileHost } from '../core/workspace/host';

/**
 * The engine's view of the files as the user sees them: the text of open documents (saved or not)
 * laid over the disk. Fix-all also lays its in-progress texts on top, for the length of one
 * synchronous computation (`withTexts`). Disk reads are cached until the file watcher says a file
 * changed (`forget`) or files came and went (`forgetAll`).
 */
export class EditorFileHost implements FileHost {
  private readonly disk = new CachedFileHost(new NodeFileHost());
  private readonly open = new Map<string, vscode.TextDocument>();
  private scratch: ReadonlyMap<string, string> | undefined;

  /** Called when a document opens or closes; only `file:` documents are laid over the disk. */
  track(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'file') this.open.set(document.uri.fsPath, document);
  }

  untrack(document: vscode.TextDocument): void {
    if (this.open.get(document.uri.fsPath) === document) this.open.delete(document.uri.fsPath);
  }

  openDocument(file: string): vscode.TextDocument | undefined {
    const document = this.open.get(file);
    return document && !document.isClosed ? document : undefined;
  }

  /** A file changed on disk. */
  forget(file: string): void {
    this.disk.forget(file);
  }

  /** Files were created, deleted or renamed. */
  forgetAll(): void {
    this.disk.forgetAll();
  }

  /** Runs `compute` with `texts` standing for the files they name; never leaves them behind. */
  withTexts<T>(texts: ReadonlyMap<string, string>, compute: () => T): T {
    const previous = this.scratch;
    this.scratch = texts;
    try {
      return compute();
    } finally {
      this.scratch = previous;
    }
  }

  read(file: string): SourceText | 'binary' | undefined {
    const scratch = this.scratch?.get(file);
    if (scratch !== undefined) return { text: scratch };
    const document = this.openDocument(file);
    if (document) return { text: document.getText() };
    return this.disk.read(file);
  }

  list(directory: string): DirectoryEntry[] {
    return this.disk.list(directory);
  }

  realPath(path: string): string | undefined {
    return this.disk.realPath(path);
  }

  isFile(file: string): boolean {
    return this.scratch?.has(file) === true || this.disk.isFile(file);
  }
}
