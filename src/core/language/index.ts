/**
 * Editor intelligence for SocialPlan frontmatter, free of VS Code: cursor context, hover,
 * completion, go to definition and find references. The extension converts positions and calls
 * these; the tests call them directly.
 */
export type { LanguageEnvironment, LanguageRequest, SourceLocation } from './analysis';
export { complete, type CompletionEntry, type CompletionKind, type CompletionResult } from './completion';
export { cursorContext, type CursorContext } from './cursor';
export { definition, references } from './definition';
export { hover, type HoverResult } from './hover';
