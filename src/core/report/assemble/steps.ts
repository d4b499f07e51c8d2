import { basename, extname } from 'node:path';
import type { SocialDocument } from '../../document/document';
import { enumLabel } from '../../i18n/labels';
import { planMethod } from '../../method/methods';
import { TYPOGRAPHY } from '../../i18n/localized';
import { anchorId, finite, text } from '../format';
import { formatNumber } from '../../util/money';
import type { Labelled, StepEntry, StepStatus, WebsiteFacts } from '../model';
import { isRecord } from '../../util/guards';
import { body, type Context } from './context';

/** `withBodies: false` leaves the Markdown bodies out, for a report that shows none (the monthly report). */
export function assembleSteps(context: Context, withBodies = true): StepEntry[] {
  const method = planMethod(context.planDocument.data);
  const website = websiteFacts(context);
  const asksWebsite = new Set((method?.steps ?? []).filter((step) => step.asksWebsite).map((step) => step.id));
  const documents = context.documentsOf('step');
  const placed = new Set<SocialDocument>();
  const entries: StepEntry[] = [];
  method?.steps.forEach((methodStep, position) => {
    const methodTitle = methodStep.title[context.locale];
    const matching = documents.filter((document) => document.data.step === methodStep.id);
    if (matching.length === 0) {
      entries.push({
        anchor: anchorId('step', methodStep.id, context.usedAnchors),
        id: methodStep.id,
        number: position + 1,
        title: methodTitle,
        inMethod: true,
        status: stepStatus(context, 'missing'),
        skipReason: undefined,
        owner: undefined,
        due: undefined,
        source: undefined,
        body: undefined,
        website: asksWebsite.has(methodStep.id) ? website : undefined,
      });
    }
    for (const document of matching) {
      placed.add(document);
      const entry = stepEntry(context, document, methodStep.id, position + 1, methodTitle, withBodies);
      if (asksWebsite.has(methodStep.id)) entry.website = website;
      entries.push(entry);
    }
  });
  for (const document of documents) {
    if (placed.has(document)) continue;
    const id = text(document.data.step) ?? basename(document.file, extname(document.file));
    entries.push(stepEntry(context, document, id, undefined, id, withBodies));
  }
  return entries;
}

/**
 * A step written in a document. Its heading is the document's own `title` (docs/schema.md); the
 * method's title for the step (or, out of the method, its id) is only the fallback.
 */
function stepEntry(
  context: Context,
  document: SocialDocument,
  id: string,
  number: number | undefined,
  fallbackTitle: string,
  withBody: boolean,
): StepEntry {
  const data = document.data;
  const anchor = anchorId('step', id, context.usedAnchors);
  const status = text(data.status);
  return {
    anchor,
    id,
    number,
    title: text(data.title) ?? fallbackTitle,
    inMethod: number !== undefined,
    status: stepStatus(context, (status ?? 'todo') as StepStatus),
    skipReason: text(data.skip_reason),
    owner: context.person(data.owner),
    due: context.date(data.due),
    source: context.at(document, data.step === undefined ? [] : ['step']),
    body: withBody ? body(context, document, anchor, 4) : undefined,
    website: undefined,
  };
}

/** The plan's `website` facts; `undefined` when the plan gives none. */
function websiteFacts(context: Context): WebsiteFacts | undefined {
  const website = context.planDocument.data.website;
  if (!isRecord(website)) return undefined;
  const rate = finite(website.bounce_rate);
  const facts: WebsiteFacts = {
    url: text(website.url),
    bounceRate:
      rate === undefined
        ? undefined
        : { value: rate, text: `${formatNumber(rate, context.locale)}${TYPOGRAPHY[context.locale].percentSign}` },
    analytics: context.yesNo(website.analytics),
    callsToAction: context.yesNo(website.calls_to_action),
    notes: text(website.notes),
    source: context.at(context.planDocument, ['website']),
  };
  const given = [facts.url, facts.bounceRate, facts.analytics, facts.callsToAction, facts.notes];
  return given.some((fact) => fact !== undefined) ? facts : undefined;
}

function stepStatus(context: Context, status: StepStatus): Labelled<StepStatus> {
  return { value: status, label: enumLabel('stepStatus', status, context.locale) };
}
