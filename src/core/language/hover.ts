import { DOCUMENT_KINDS, type DocumentKind } from '../document/document';
import { METHOD_PRESETS, isPresetName } from '../method/methods';
import type { IdKind } from '../workspace/plan-index';
import { closest } from '../util/suggest';
import type { Locale, OffsetRange } from '../types';
import { analyse, idAtCursor, infoAt, type Analysis, type LanguageEnvironment, type LanguageRequest } from './analysis';
import { keyMarkdown, methodMarkdown, siteMarkdown, stepMarkdown, words } from './describe';

export interface HoverResult {
  /** Markdown, in the request's locale. */
  markdown: string;
  /** The key or value the text is about. */
  range: OffsetRange;
}

/**
 * Hover on a frontmatter key: what it means, what it expects, an example. On an id: what it refers
 * to. On a step, a method or a document kind: what it stands for.
 */
export function hover(request: LanguageRequest, environment: LanguageEnvironment = {}): HoverResult | undefined {
  const analysis = analyse(request, environment);
  if (!analysis || analysis.cursor.word === '') return undefined;
  const markdown = analysis.cursor.target === 'key' ? keyHover(analysis) : valueHover(analysis);
  return markdown ? { markdown, range: analysis.cursor.range } : undefined;
}

function keyHover(analysis: Analysis): string | undefined {
  const { cursor, request } = analysis;
  const w = words(request.locale);
  if (cursor.path.length === 1 && cursor.word === 'socialplan') {
    return `**${w.documentKind}** · \`socialplan\`\n\n${w.documentKindDescription}\n\n${kindList(request.locale)}`;
  }
  if (!analysis.kind) return undefined;
  const info = infoAt(analysis, cursor.path);
  if (!info.title && !info.description) return undefined;
  const required = infoAt(analysis, cursor.parentPath).required.includes(cursor.word);
  return keyMarkdown(cursor.word, info, request.locale, { required });
}

function valueHover(analysis: Analysis): string | undefined {
  const { cursor, request } = analysis;
  const locale = request.locale;
  if (cursor.path.length === 1 && cursor.path[0] === 'socialplan') {
    const kind = DOCUMENT_KINDS.find((candidate) => candidate === cursor.word);
    return kind ? `**\`${kind}\`** — ${words(locale).kindsOfDocument[kind]}` : undefined;
  }
  if (!analysis.kind) return undefined;
  const id = idAtCursor(analysis);
  if (id) return id.target === 'step' ? stepHover(analysis, id.id) : idHover(analysis, id.target, id.id, id.role);
  if (
    analysis.kind === 'plan' &&
    cursor.path.length === 1 &&
    cursor.path[0] === 'method' &&
    isPresetName(cursor.word)
  ) {
    const info = infoAt(analysis, ['method']);
    return methodMarkdown(
      METHOD_PRESETS[cursor.word],
      locale,
      info.enumValues.find((item) => item.value === cursor.word)?.description,
    );
  }
  const info = infoAt(analysis, cursor.path);
  if (!info.title && !info.description) return undefined;
  const key = cursor.path.at(-1) ?? '';
  const doc = keyMarkdown(key, info, locale);
  const value = info.enumValues.find((item) => String(item.value) === cursor.word);
  return value?.description ? `**\`${cursor.word}\`** — ${value.description[locale]}\n\n---\n\n${doc}` : doc;
}

function idHover(analysis: Analysis, kind: IdKind, id: string, role: 'reference' | 'definition'): string {
  const locale = analysis.request.locale;
  const w = words(locale);
  const definitions = analysis.index?.definitions[kind];
  const sites = definitions?.get(id) ?? [];
  if (sites.length === 0) {
    const suggestion = definitions ? closest(id, definitions.keys()) : undefined;
    return [w.notDefined(w.kinds[kind], id), suggestion ? w.didYouMean(suggestion) : ''].filter(Boolean).join(' ');
  }
  const summary = siteMarkdown(analysis, kind, id, sites, locale);
  if (role === 'reference') return summary;
  const uses =
    analysis.index?.references.filter((reference) => reference.kind === kind && reference.id === id).length ?? 0;
  return `${summary}\n\n${w.usedBy(uses)}`;
}

function stepHover(analysis: Analysis, id: string): string | undefined {
  const locale = analysis.request.locale;
  const method = analysis.method;
  if (!method) {
    // No plan (or no usable method): every preset step with this id.
    const matches = Object.values(METHOD_PRESETS).flatMap((preset) =>
      preset.steps.filter((step) => step.id === id).map((step) => stepMarkdown(preset, step, locale)),
    );
    return matches.length > 0 ? matches.join('\n\n---\n\n') : undefined;
  }
  const step = method.steps.find((candidate) => candidate.id === id);
  if (step) return stepMarkdown(method, step, locale);
  const w = words(locale);
  const suggestion = closest(
    id,
    method.steps.map((candidate) => candidate.id),
  );
  return [
    w.notAStep(id, method.id === 'custom' ? w.customMethod : method.title[locale]),
    suggestion ? w.didYouMean(suggestion) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function kindList(locale: Locale): string {
  const w = words(locale);
  return DOCUMENT_KINDS.map((kind: DocumentKind) => `- \`${kind}\` — ${w.kindsOfDocument[kind]}`).join('\n');
}
