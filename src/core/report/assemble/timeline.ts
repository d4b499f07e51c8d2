import { basename } from 'node:path';
import { isRecord } from '../../util/guards';
import { enumLabel } from '../../i18n/labels';
import { inPlanOrder } from '../../workspace/plan-index';
import { text } from '../format';
import type { Labelled, StepEntry, TimelineEntry, TimelineKind } from '../model';
import { SECTION_IDS } from '../sections';
import { compare, type Context } from './context';

const TIMELINE_ORDER: Record<TimelineKind, number> = {
  'plan-start': 0,
  'step-due': 1,
  'objective-deadline': 2,
  'plan-end': 3,
};

export function assembleTimeline(context: Context, steps: StepEntry[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const kind = (value: TimelineKind): Labelled<TimelineKind> => ({
    value,
    label: enumLabel('timeline', value, context.locale),
  });
  const data = context.planDocument.data;
  if (isRecord(data.period)) {
    for (const [key, value] of [
      ['start', 'plan-start'],
      ['end', 'plan-end'],
    ] as const) {
      const date = context.date(data.period[key]);
      if (date)
        entries.push({
          date,
          kind: kind(value),
          title: text(data.title) ?? basename(context.root),
          status: undefined,
          anchor: undefined,
          source: context.valueAt(context.planDocument, ['period', key]),
        });
    }
  }
  for (const step of steps) {
    if (!step.due || !step.source) continue;
    const title = step.number === undefined ? step.title : `${step.number}. ${step.title}`;
    entries.push({
      date: step.due,
      kind: kind('step-due'),
      title,
      status: step.status,
      anchor: step.anchor,
      source: step.source,
    });
  }
  for (const site of inPlanOrder(context.index, context.index.objectives)) {
    const date = context.date(site.value.deadline);
    if (!date) continue;
    const title = context.objectiveName(site.value) ?? text(site.value.id) ?? '';
    entries.push({
      date,
      kind: kind('objective-deadline'),
      title,
      status: undefined,
      anchor: SECTION_IDS.objectives,
      source: context.valueAt(site.document, [...site.path, 'deadline']),
    });
  }
  // ISO dates sort as text; anything else (a schema error) goes last, as written.
  const sortable = (entry: TimelineEntry) =>
    /^\d{4}-\d{2}-\d{2}$/.test(entry.date.iso) ? entry.date.iso : `~${entry.date.iso}`;
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort(
      (a, b) =>
        compare(sortable(a.entry), sortable(b.entry)) ||
        TIMELINE_ORDER[a.entry.kind.value] - TIMELINE_ORDER[b.entry.kind.value] ||
        a.position - b.position,
    )
    .map(({ entry }) => entry);
}
