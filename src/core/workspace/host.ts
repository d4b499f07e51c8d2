import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { SourceText } from '../document/document';
import { splitFrontmatter } from '../document/frontmatter';

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
const FENCE = /^\uFEFF?---/;

/**
 * Decodes bytes like VS Code does: UTF-8, byte order mark dropped, NUL bytes mean binary. A file that
 * starts with a frontmatter fence is never dropped as binary in silence, though: saved as UTF-16
 * (Notepad's "Unicode", whose ASCII letters hold NUL bytes) or with a NUL byte in its frontmatter,
 * it is decoded with `notUtf8Text` set, and the parse reports it. Classic Mac line endings (CR only,
 * no LF anywhere) are read as CRLF, as VS Code shows them: each line stays where it is.
 */
export function decodeBytes(bytes: Uint8Array): SourceText | 'binary' {
  const utf16 = utf16Of(bytes);
  if (utf16) return { text: crOnlyAsCrlf(new TextDecoder(utf16).decode(bytes)), notUtf8Text: utf16 };
  const nul = bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  if (nul !== -1) return nulInFrontmatter(bytes) ?? 'binary';
  try {
    return { text: crOnlyAsCrlf(strictUtf8.decode(bytes)) };
  } catch {
    return { text: crOnlyAsCrlf(lenientUtf8.decode(bytes)), invalidUtf8: true };
  }
}

/** UTF-16 by its byte order mark, or by a frontmatter fence `---` written in it. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0x2d && b === 0 && c === 0x2d && d === 0)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x2d && c === 0 && d === 0x2d)) return 'utf-16be';
  return undefined;
}

/** A file with a frontmatter and a NUL byte inside it; `undefined` (binary) when the NUL is past it. */
function nulInFrontmatter(bytes: Uint8Array): SourceText | undefined {
  if (!FENCE.test(lenientUtf8.decode(bytes.subarray(0, 8)))) return undefined;
  const text = crOnlyAsCrlf(lenientUtf8.decode(bytes));
  const split = splitFrontmatter(text);
  if (split.status === 'none') return undefined;
  const end = split.status === 'closed' ? split.yamlEnd : text.length;
  const at = text.indexOf('\u0000');
  return at !== -1 && at < end ? { text, notUtf8Text: 'nul' } : undefined;
}

/** Lone CRs as CRLF, in a file that has no LF at all (saved with classic Mac line endings). */
function crOnlyAsCrlf(text: string): string {
  return text.includes('\r') && !text.includes('\n') ? text.replaceAll('\r', '\r\n') : text;
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
