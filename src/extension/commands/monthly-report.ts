import * as vscode from 'vscode';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export';
import { isMonth, monthsWithResults } from '../../core/results/month';
import { monthAndYear } from '../../core/i18n/dates';
import { buildPlanIndex } from '../../core/workspace/plan-index';
import type { Plan } from '../../core/workspace/plans';
import { type ExportArgs, type ExportDeps, exportPlan, FORMAT_NAMES, isExportArgs, planToExport } from './export';

export const MONTHLY_REPORT_COMMAND = 'socialplan.monthlyReport';

/** Besides `ExportArgs`: `month` (`YYYY-MM`) and `format` skip their pickers (scripts, tests). */
export interface MonthlyReportArgs extends ExportArgs {
  month?: string;
  format?: ExportFormat;
}

function isMonthlyReportArgs(value: unknown): value is MonthlyReportArgs {
  if (!isExportArgs(value)) return false;
  const { month, format } = value as MonthlyReportArgs;
  return (
    (month === undefined || (typeof month === 'string' && isMonth(month))) &&
    (format === undefined || EXPORT_FORMATS.includes(format))
  );
}

/**
 * "SocialPlan: Monthly Report…" (docs/measuring.md, "The monthly report"): pick a month (those
 * with results first, newest first), a format, then a file; the same checks and atomic write as
 * the plan's export.
 */
export function monthlyReportCommand(deps: ExportDeps): (arg?: unknown) => Promise<string | undefined> {
  return async (arg?: unknown) => {
    const args: MonthlyReportArgs = arg instanceof vscode.Uri ? { source: arg } : isMonthlyReportArgs(arg) ? arg : {};
    const plan = planToExport(args, deps);
    if (!plan) return undefined;
    const month = args.month ?? (await pickMonth(plan, deps));
    if (!month) return undefined;
    const format = args.format ?? (await pickFormat());
    return format && exportPlan(plan, format, args, deps, month);
  };
}

async function pickMonth(plan: Plan, deps: ExportDeps): Promise<string | undefined> {
  const planFile = plan.planDocuments[0].file;
  const locale = deps.session.localeFor(planFile);
  const index = buildPlanIndex(plan);
  const counted = index ? monthsWithResults(index) : [];
  const current = deps.session.linter.configs.todayFor(planFile).slice(0, 7);
  const months = counted.some((entry) => entry.month === current)
    ? counted
    : [{ month: current, results: 0 }, ...counted];
  const picked = await vscode.window.showQuickPick(
    months.map((entry) => ({
      label: monthAndYear(Date.parse(`${entry.month}-01T00:00:00Z`), locale, 'long'),
      description: entry.month,
      detail:
        entry.results === 0
          ? vscode.l10n.t('no result recorded yet')
          : vscode.l10n.t('results recorded: {0}', entry.results),
      month: entry.month,
    })),
    { title: vscode.l10n.t('SocialPlan: Monthly Report'), placeHolder: vscode.l10n.t('The month to report on') },
  );
  return picked?.month;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    (['pdf', 'docx', 'html'] as const).map((format) => ({ label: FORMAT_NAMES[format], format })),
    { title: vscode.l10n.t('SocialPlan: Monthly Report'), placeHolder: vscode.l10n.t('Write the report as') },
  );
  return picked?.format;
}
