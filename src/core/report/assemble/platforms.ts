import { isRecord } from '../../util/guards';
import { inPlanOrder } from '../../workspace/plan-index';
import { finite, numberText, text } from '../format';
import type { PlatformRow, Platforms } from '../model';
import type { Context } from './context';

const POSTS_PER_WEEK: Record<string, number> = { day: 7, week: 1, month: 12 / 52 };

export function assemblePlatforms(context: Context): Platforms {
  let total = 0;
  const rows = inPlanOrder(context.index, context.index.platforms).map((site): PlatformRow => {
    const value = site.value;
    const frequency = isRecord(value.frequency) ? value.frequency : undefined;
    const posts = finite(frequency?.posts);
    const per = text(frequency?.per);
    let weekly: number | undefined;
    if (posts !== undefined && per !== undefined && Object.hasOwn(POSTS_PER_WEEK, per)) {
      weekly = posts * POSTS_PER_WEEK[per];
      total += weekly;
    }
    const perLabel = per === undefined ? undefined : context.label('per', per);
    return {
      id: text(value.id) ?? '',
      name: text(value.name) ?? text(value.id) ?? '',
      handle: text(value.handle),
      secured: context.yesNo(value.secured),
      objectives: Array.isArray(value.objectives)
        ? value.objectives.map((id) => context.objective(id)).filter((objective) => objective !== undefined)
        : [],
      audience: text(value.audience),
      frequency:
        posts !== undefined && perLabel
          ? { posts, per: perLabel, text: `${numberText(posts, context.locale).text} / ${perLabel.label}` }
          : undefined,
      postsPerWeek: weekly === undefined ? undefined : numberText(weekly, context.locale),
      source: context.at(site.document, site.path),
    };
  });
  return { rows, postsPerWeek: numberText(total, context.locale) };
}
