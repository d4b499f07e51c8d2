import { isRecord } from '../../util/guards';
import { inPlanOrder } from '../../workspace/plan-index';
import { text } from '../format';
import type { ObjectiveRow } from '../model';
import type { Context } from './context';

export function assembleObjectives(context: Context): ObjectiveRow[] {
  const latest = new Map(context.progress.map((progress) => [progress.objective, progress.latest]));
  return inPlanOrder(context.index, context.index.objectives).map((site) => {
    const value = site.value;
    const kpi = isRecord(value.kpi) ? value.kpi : {};
    return {
      id: text(value.id) ?? '',
      goal: text(value.goal) === undefined ? undefined : context.label('goal', text(value.goal) as string),
      statement: text(value.statement),
      metric: text(kpi.metric),
      baseline: context.number(kpi.baseline),
      target: context.number(kpi.target),
      unit: text(kpi.unit),
      dataSource: text(kpi.source),
      deadline: context.date(value.deadline),
      owner: context.person(value.owner),
      latest: context.number(latest.get(site)?.value),
      source: context.at(site.document, site.path),
    };
  });
}
