import { dirname, join } from 'node:path';
import { parseSocialDocument, type SocialDocument, type SourceText } from '../document/document';
import { splitFrontmatter } from '../document/frontmatter';
import { reparseEditedEntry } from '../document/frontmatter-edit';
import { LineIndex } from '../document/lines';
import { isMarkdownFile, markdownFilesUnder } from './files';
import type { FileHost } from './host';
import { groupIntoPlans, type Plan } from './plans';

interface CachedText {
  text: string;
  document: SocialDocument | undefined;
}

/**
 * The documents of a workspace as a host shows them, and the plans they form. Parses are cached
 * by text: a document read again unchanged is the same object; after an edit only what changed is
 * parsed again (an edit of the body: nothing, the frontmatter's parse is kept; an edit inside one
 * top-level entry: that entry).
 * The plan folders found are remembered until the kinds of documents change or `refreshFolders`.
 */
export class Documents {
  private readonly texts = new Map<string, CachedText>();
  private readonly planFolderOf = new Map<string, string | undefined>();
  /**
   * Documents whose kind changed since they were first read (a plan no longer a plan, a step that
   * became one…): `planFolderOf` rests on the kinds, and is learnt again when this moves.
   */
  private kindChanges = 0;
  private kindChangesKnown = 0;

  constructor(readonly host: FileHost) {}

  /** The SocialPlan document in `file`, or `undefined` for any other file. Never throws. */
  document(file: string): SocialDocument | undefined {
    const source = this.host.read(file);
    const cached = this.texts.get(file);
    if (source === undefined || source === 'binary') {
      if (cached) this.forgetText(file, cached);
      return undefined;
    }
    if (cached && cached.text === source.text) return cached.document;
    const previous = cached?.document;
    const document =
      (previous && (this.withNewBody(previous, source) ?? reparseEditedEntry(previous, source))) ??
      parseSocialDocument(file, source);
    if (cached && previous?.kind !== document?.kind) this.kindChanges++;
    this.texts.set(file, { text: source.text, document });
    return document;
  }

  private forgetText(file: string, cached: CachedText): void {
    this.texts.delete(file);
    if (cached.document) this.kindChanges++;
  }

  /**
   * Typing in the Markdown body leaves the frontmatter as it was: keep its parse (the same `yaml`
   * and `data` objects, so that what depends on the frontmatter alone, such as the findings of
   * document rules, can be cached by `document.yaml`) and take the new text.
   */
  private withNewBody(previous: SocialDocument, source: SourceText): SocialDocument | undefined {
    if (source.invalidUtf8 || source.notUtf8Text || previous.syntaxProblems.length > 0) return undefined;
    const frontmatter = previous.text.slice(0, previous.bodyStart);
    // (a slice comparison: `startsWith` compares character by character, many times slower on long texts)
    if (source.text.slice(0, frontmatter.length) !== frontmatter) return undefined;
    const split = splitFrontmatter(source.text);
    if (split.status !== 'closed' || split.bodyStart !== previous.bodyStart) return undefined;
    return { ...previous, text: source.text, lines: new LineIndex(source.text) };
  }

  /** Whether `file` is a file, as the host sees it. */
  isFile(file: string): boolean {
    return this.host.isFile(file);
  }

  /** Forget the plan folders found (files were created, deleted or renamed). */
  refreshFolders(): void {
    this.planFolderOf.clear();
  }

  /** The plans the documents belong to, with every other document of those plans loaded. */
  plansAround(documents: readonly SocialDocument[]): Plan[] {
    // Reading the plans' documents can show a kind changed (an edited plan document is read here
    // first when only a step is linted): the plan folders are then found again, with the new kinds.
    for (let attempt = 0; ; attempt++) {
      if (this.kindChanges !== this.kindChangesKnown) {
        this.planFolderOf.clear();
        this.kindChangesKnown = this.kindChanges;
      }
      const plans = this.collectPlans(documents);
      // Texts change between two reads only on a host that reads files being written: stop there.
      if (this.kindChanges === this.kindChangesKnown || attempt === 2) return plans;
    }
  }

  private collectPlans(documents: readonly SocialDocument[]): Plan[] {
    const all = new Map(documents.map((document) => [document.file, document]));
    const folders = new Set(
      documents.map((document) => this.planFolder(dirname(document.file))).filter((folder) => folder !== undefined),
    );
    for (const folder of folders) {
      for (const file of markdownFilesUnder(this.host, folder)) {
        const document = all.get(file) ?? this.document(file);
        if (document) all.set(file, document);
      }
    }
    return groupIntoPlans([...all.values()], (file) => {
      if (!this.host.isFile(file)) return 'missing';
      return all.get(file) ?? this.document(file) ?? 'not-socialplan';
    });
  }

  /** The nearest folder at or above `folder` holding a plan document, stopping at a repository root. */
  private planFolder(folder: string): string | undefined {
    if (this.planFolderOf.has(folder)) return this.planFolderOf.get(folder);
    const entries = this.host.list(folder);
    const holdsPlan = entries.some(
      (entry) =>
        !entry.directory && isMarkdownFile(entry.name) && this.document(join(folder, entry.name))?.kind === 'plan',
    );
    const isTop = entries.some((entry) => entry.name === '.git') || dirname(folder) === folder;
    const found = holdsPlan ? folder : isTop ? undefined : this.planFolder(dirname(folder));
    // Only a plan found is kept: the lint reads its documents again and sees a kind change there;
    // "no plan" would hide a plan document fixed while only its steps are linted.
    if (found !== undefined) this.planFolderOf.set(folder, found);
    return found;
  }
}
