import * as vscode from 'vscode';
import {
  complete,
  definition,
  hover,
  references,
  type CompletionKind,
  type LanguageRequest,
  type SourceLocation,
} from '../../core/language';
import type { OffsetRange } from '../../core/types';
import { displayLocale } from '../locale';
import type { PositionSource } from '../positions';
import type { EditorSession } from '../session';

const SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file', language: 'markdown' },
  { scheme: 'untitled', language: 'markdown' },
];

/** Typed in a frontmatter, these open the completion list (Markdown has no quick suggestions by default). */
const TRIGGER_CHARACTERS = [':', ' ', '-', '[', ','];

const ITEM_KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  enum: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  method: vscode.CompletionItemKind.Module,
  step: vscode.CompletionItemKind.Event,
  kind: vscode.CompletionItemKind.Keyword,
  value: vscode.CompletionItemKind.Value,
};

/**
 * Hover, completion, go to definition and find references. The answers come from
 * `src/core/language`, with the session's engine (the one the diagnostics use, reading unsaved
 * texts); this only converts positions and wraps results in VS Code types.
 */
export function registerLanguageFeatures(context: vscode.ExtensionContext, session: EditorSession): void {
  const request = (document: vscode.TextDocument, position: vscode.Position): LanguageRequest => ({
    file: document.uri.scheme === 'file' ? document.uri.fsPath : document.uri.toString(),
    text: document.getText(),
    offset: document.offsetAt(position),
    // An unsaved new file belongs to no plan: VS Code's language.
    locale: document.uri.scheme === 'file' ? session.localeFor(document.uri.fsPath) : displayLocale(),
  });
  // An unsaved new file has no folder, hence no plan around it: only its own text is read.
  const environment = (document: vscode.TextDocument) =>
    document.uri.scheme === 'file' ? { linter: session.linter } : {};
  const rangeIn = (document: vscode.TextDocument, range: OffsetRange) =>
    new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
  const location = (document: vscode.TextDocument, found: SourceLocation): vscode.Location => {
    const here = document.uri.scheme === 'file' && found.file === document.uri.fsPath;
    const positions: PositionSource = here ? document : session.positionsOf(found.file);
    return new vscode.Location(
      here ? document.uri : vscode.Uri.file(found.file),
      new vscode.Range(positions.positionAt(found.range.start), positions.positionAt(found.range.end)),
    );
  };

  context.subscriptions.push(
    vscode.languages.registerHoverProvider(SELECTOR, {
      provideHover(document, position) {
        const found = hover(request(document, position), environment(document));
        if (!found) return undefined;
        const markdown = new vscode.MarkdownString(found.markdown);
        return new vscode.Hover(markdown, rangeIn(document, found.range));
      },
    }),
    vscode.languages.registerCompletionItemProvider(
      SELECTOR,
      {
        provideCompletionItems(document, position) {
          const found = complete(request(document, position), environment(document));
          if (!found || found.items.length === 0) return undefined;
          const range = rangeIn(document, found.range);
          return found.items.map((entry) => {
            const item = new vscode.CompletionItem(entry.label, ITEM_KINDS[entry.kind]);
            item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
            item.range = range;
            item.detail = entry.detail;
            if (entry.documentation) item.documentation = new vscode.MarkdownString(entry.documentation);
            item.sortText = entry.sortText;
            if (entry.filterText) item.filterText = entry.filterText;
            return item;
          });
        },
      },
      // bounded: a constant list of characters
      ...TRIGGER_CHARACTERS,
    ),
    vscode.languages.registerDefinitionProvider(SELECTOR, {
      provideDefinition(document, position) {
        return definition(request(document, position), environment(document)).map((found) => location(document, found));
      },
    }),
    vscode.languages.registerReferenceProvider(SELECTOR, {
      provideReferences(document, position, options) {
        return references(request(document, position), environment(document), options.includeDeclaration).map((found) =>
          location(document, found),
        );
      },
    }),
  );
}
