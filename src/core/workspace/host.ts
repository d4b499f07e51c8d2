import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { SourceText } from '../document/document';

export interface DirectoryEntry {
  name: string;
  directory: boolean;
}

/**
 * How the engine reads files. The CLI reads the disk; the editor lays the text of open,
 * unsaved documents over the disk, so both see what the user sees.
 */
export interface FileHost {
  /** `undefined` when missing or unreadable; `'binary'` for files that are clearly not text. */
  read(file: string): SourceText | 'binary' | undefined;
  list(directory: string): DirectoryEntry[];
  isFile(file: string): boolean;
  /**
   * The folder's path with every symbolic link resolved, so that a walk through linked folders
   * visits each once and ends (a link to a parent makes a loop). Hosts without links omit it.
   */
  realPath?(path: string): string | undefined;
}

const BINARY_PROBE_BYTES = 8000;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Decodes bytes like VS Code does: UTF-8, byte order mark dropped, NUL bytes mean binary. */
export function decodeBytes(bytes: Uint8Array): SourceText | 'binary' {
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) return 'binary';
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}

export class NodeFileHost implements FileHost {
  read(file: string): SourceText | 'binary' | undefined {
    let descriptor: number | undefined;
    try {
      // Non-blocking: opening a named pipe (a FIFO called `notes.md`) would wait for a writer forever.
      descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      if (!fstatSync(descriptor).isFile()) return undefined;
      return decodeBytes(readFileSync(descriptor));
    } catch {
      return undefined;
    } finally {
      if (descriptor !== undefined) closeSync(descriptor);
    }
  }

  /** Folders and regular files (links followed); pipes, sockets and devices are not documents. */
  list(directory: string): DirectoryEntry[] {
    try {
      const entries: DirectoryEntry[] = [];
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const kind = entry.isSymbolicLink()
          ? kindOf(`${directory}/${entry.name}`)
          : entry.isDirectory()
            ? 'directory'
            : entry.isFile()
              ? 'file'
              : undefined;
        if (kind) entries.push({ name: entry.name, directory: kind === 'directory' });
      }
      return entries;
    } catch {
      return [];
    }
  }

  isFile(file: string): boolean {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  }

  realPath(path: string): string | undefined {
    try {
      return realpathSync(path);
    } catch {
      return undefined;
    }
  }
}

function kindOf(path: string): 'directory' | 'file' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'directory' : stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers what another host read until told that a file changed. The CLI reads each file once
 * per run; the editor keeps it across edits and calls `forget` from its file watcher, so a
 * re-lint after one change reads one file.
 */
export class CachedFileHost implements FileHost {
  private readonly reads = new Map<string, SourceText | 'binary' | undefined>();
  private readonly lists = new Map<string, DirectoryEntry[]>();
  private readonly files = new Map<string, boolean>();
  private readonly realPaths = new Map<string, string | undefined>();

  constructor(private readonly inner: FileHost) {}

  realPath(path: string): string | undefined {
    if (!this.realPaths.has(path)) this.realPaths.set(path, this.inner.realPath?.(path));
    return this.realPaths.get(path);
  }

  read(file: string): SourceText | 'binary' | undefined {
    if (!this.reads.has(file)) this.reads.set(file, this.inner.read(file));
    return this.reads.get(file);
  }

  list(directory: string): DirectoryEntry[] {
    let entries = this.lists.get(directory);
    if (!entries) this.lists.set(directory, (entries = this.inner.list(directory)));
    return entries;
  }

  isFile(file: string): boolean {
    let known = this.files.get(file);
    if (known === undefined) this.files.set(file, (known = this.inner.isFile(file)));
    return known;
  }

  /** A file's content changed. */
  forget(file: string): void {
    this.reads.delete(file);
  }

  /** Files were created, deleted or renamed: folder listings may be stale. */
  forgetAll(): void {
    this.reads.clear();
    this.lists.clear();
    this.files.clear();
    this.realPaths.clear();
  }
}
