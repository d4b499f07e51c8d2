import { basename, extname } from 'node:path';
import type { SocialDocument } from '../../document/document';
import { enumLabel } from '../../i18n/labels';
import { planMethod } from '../../method/methods';
import { anchorId, text } from '../format';
import type { Labelled, StepEntry, StepStatus } from '../model';
import { body, type Context } from './context';

export function assembleSteps(context: Context): StepEntry[] {
  const method = planMethod(context.planDocument.data);
  const documents = context.documentsOf('step');
  const placed = new Set<SocialDocument>();
  const entries: StepEntry[] = [];
  method?.steps.forEach((methodStep, position) => {
    const title = methodStep.title[context.locale];
    const matching = documents.filter((document) => document.data.step === methodStep.id);
    if (matching.length === 0) {
      entries.push({
        anchor: anchorId('step', methodStep.id, context.usedAnchors),
        id: methodStep.id,
        number: position + 1,
        title,
        inMethod: true,
        status: stepStatus(context, 'missing'),
        skipReason: undefined,
        owner: undefined,
        due: undefined,
        source: undefined,
        body: undefined,
      });
    }
    for (const document of matching) {
      placed.add(document);
      entries.push(stepEntry(context, document, methodStep.id, position + 1, title));
    }
  });
  for (const document of documents) {
    if (placed.has(document)) continue;
    const id = text(document.data.step) ?? basename(document.file, extname(document.file));
    entries.push(stepEntry(context, document, id, undefined, text(document.data.title) ?? id));
  }
  return entries;
}

function stepEntry(
  context: Context,
  document: SocialDocument,
  id: string,
  number: number | undefined,
  title: string,
): StepEntry {
  const data = document.data;
  const anchor = anchorId('step', id, context.usedAnchors);
  const status = text(data.status);
  return {
    anchor,
    id,
    number,
    title,
    inMethod: number !== undefined,
    status: stepStatus(context, (status ?? 'todo') as StepStatus),
    skipReason: text(data.skip_reason),
    owner: context.person(data.owner),
    due: context.date(data.due),
    source: context.at(document, data.step === undefined ? [] : ['step']),
    body: body(context, document, anchor, 4),
  };
}

function stepStatus(context: Context, status: StepStatus): Labelled<StepStatus> {
  return { value: status, label: enumLabel('stepStatus', status, context.locale) };
}
