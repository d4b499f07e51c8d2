import { basename } from 'node:path';
import * as vscode from 'vscode';
import { planMethod, type Method, type MethodStep } from '../core/method/methods';
import { buildPlanIndex, type PlanIndex } from '../core/workspace/plan-index';
import type { Plan } from '../core/workspace/plans';
import { missingStepFile, planLocale, stepDocuments } from '../core/rules/no-skipped-steps';
import { stepDocument } from '../core/method/templates';
import { localize } from './locale';
import { errorCount, warningCount } from './plural';
import type { EditorSession } from './session';

export const PLAN_VIEW_ID = 'socialplan.planView';
/** True when a plan is known (a document of it open, or found by the workspace scan): the view shows. */
export const HAS_PLAN_CONTEXT = 'socialplan.hasPlan';
/** Run by a missing step's row: offers to create its document from the template. Not in the palette. */
export const CREATE_STEP_COMMAND = 'socialplan._planView.createStep';

export type StepStatus = 'todo' | 'in-progress' | 'done' | 'skipped' | 'missing';
const STATUSES: readonly string[] = ['todo', 'in-progress', 'done', 'skipped'];

/** One row of the view: a step of the plan's method and what its document says of it. */
export interface PlanStepNode {
  planFile: string;
  /** 1-based position in the method. */
  position: number;
  stepId: string;
  title: string;
  status: StepStatus;
  /** The step document; for a missing step, where it would be created. */
  file: string;
  owner?: string;
  due?: string;
  errors: number;
  warnings: number;
  /** For a missing step: the template of its document. */
  template?: string;
}

const ICONS: Record<StepStatus, vscode.ThemeIcon> = {
  todo: new vscode.ThemeIcon('circle-large-outline'),
  'in-progress': new vscode.ThemeIcon('play-circle', new vscode.ThemeColor('charts.blue')),
  done: new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')),
  skipped: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
  missing: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
};

function statusLabel(status: StepStatus): string {
  switch (status) {
    case 'todo':
      return vscode.l10n.t('To do');
    case 'in-progress':
      return vscode.l10n.t('In progress');
    case 'done':
      return vscode.l10n.t('Done');
    case 'skipped':
      return vscode.l10n.t('Skipped');
    case 'missing':
      return vscode.l10n.t('Missing');
  }
}

/**
 * The "Plan" view of the Explorer: the current plan's steps in method order, with their status,
 * owner, due date and findings. The current plan is that of the active editor, or the last one
 * shown, or the first one the workspace scan found. Reads everything through the extension's one
 * engine (the session's) and refreshes after every lint and when the editor moves to
 * another plan.
 */
export class PlanViewProvider implements vscode.TreeDataProvider<PlanStepNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: string | undefined;
  private hasPlan: boolean | undefined;
  /** Set by `registerPlanView` to show the plan's title and messages. */
  view: vscode.TreeView<PlanStepNode> | undefined;

  constructor(private readonly session: EditorSession) {
    this.disposables.push(
      session.onDidLint(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.followEditor()),
    );
    // Nothing is read at activation: the first lint (the workspace scan) picks the plan.
  }

  /** The plan document the view shows. */
  get planFile(): string | undefined {
    return this.current;
  }

  getTreeItem(node: PlanStepNode): vscode.TreeItem {
    const item = new vscode.TreeItem(`${node.position}. ${node.title}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.planFile}#${node.position}:${node.stepId}`;
    item.iconPath = ICONS[node.status];
    item.contextValue = `socialplan.step.${node.status}`;
    const parts = [statusLabel(node.status)];
    if (node.owner) parts.push(node.owner);
    if (node.due) parts.push(node.due);
    if (node.errors > 0) parts.push(errorCount(node.errors));
    if (node.warnings > 0) parts.push(warningCount(node.warnings));
    item.description = parts.join(' · ');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escapeMarkdown(node.title)}** (\`${node.stepId}\`)  \n`);
    tooltip.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Status: {0}', statusLabel(node.status)))}  \n`);
    if (node.owner) tooltip.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Owner: {0}', node.owner))}  \n`);
    if (node.due) tooltip.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Due: {0}', node.due))}  \n`);
    if (node.status === 'missing') {
      tooltip.appendMarkdown(
        escapeMarkdown(vscode.l10n.t('No document yet: click to create {0} from the template.', basename(node.file))),
      );
      item.command = {
        command: CREATE_STEP_COMMAND,
        title: vscode.l10n.t('Create the step document'),
        arguments: [node],
      };
    } else {
      tooltip.appendMarkdown(
        escapeMarkdown(
          vscode.l10n.t('{0}, {1} in {2}', errorCount(node.errors), warningCount(node.warnings), basename(node.file)),
        ),
      );
      item.resourceUri = vscode.Uri.file(node.file);
      item.command = {
        command: 'vscode.open',
        title: vscode.l10n.t('Open the step document'),
        arguments: [vscode.Uri.file(node.file)],
      };
    }
    item.tooltip = tooltip;
    return item;
  }

  getChildren(node?: PlanStepNode): PlanStepNode[] {
    if (node) return [];
    const found = this.currentPlan();
    if (!found) {
      this.setMessage(vscode.l10n.t('Open a SocialPlan document to see the steps of its plan.'));
      return [];
    }
    const { index } = found;
    const method = planMethod(index.plan);
    this.setTitle(typeof index.plan.title === 'string' ? index.plan.title : basename(index.planDocument.file));
    if (!method || method.steps.length === 0) {
      this.setMessage(vscode.l10n.t('The method of this plan cannot be read: see the problems of its plan document.'));
      return [];
    }
    this.setMessage(undefined);
    return this.steps(found.plan, index, method);
  }

  private steps(plan: Plan, index: PlanIndex, method: Method): PlanStepNode[] {
    const documents = stepDocuments(index);
    const planFile = index.planDocument.file;
    return method.steps.map((step: MethodStep, position) => {
      const title = localize(step.title);
      const found = documents.find((candidate) => candidate.id === step.id);
      if (!found) {
        const file = missingStepFile(plan, index, method, step.id, documents);
        const template = stepDocument(method, step, planLocale(index), { status: 'todo' });
        return {
          planFile,
          position: position + 1,
          stepId: step.id,
          title,
          status: 'missing',
          file,
          errors: 0,
          warnings: 0,
          template,
        };
      }
      const { data } = found;
      const status =
        typeof data.status === 'string' && STATUSES.includes(data.status) ? (data.status as StepStatus) : 'todo';
      let errors = 0;
      let warnings = 0;
      for (const finding of this.session.findingsFor(found.document.file)) {
        if (finding.severity === 'error') errors++;
        else if (finding.severity === 'warning') warnings++;
      }
      return {
        planFile,
        position: position + 1,
        stepId: step.id,
        title: typeof data.title === 'string' && data.title.trim() !== '' ? data.title : title,
        status,
        file: found.document.file,
        owner: typeof data.owner === 'string' ? data.owner : undefined,
        due: data.due === undefined || data.due === null ? undefined : String(data.due),
        errors,
        warnings,
      };
    });
  }

  /** The plan shown, with its index; `undefined` when there is none (or two plan documents share a folder). */
  private currentPlan(): { plan: Plan; index: PlanIndex } | undefined {
    const file = this.current;
    if (!file) return undefined;
    const { documents } = this.session;
    const document = documents.document(file);
    if (document?.kind !== 'plan') return undefined;
    const plan = documents.plansAround([document]).find((candidate) => candidate.planDocuments.includes(document));
    const index = plan && buildPlanIndex(plan);
    return plan && index ? { plan, index } : undefined;
  }

  /** The plan document of `file`'s plan, if `file` is a SocialPlan document of a plan. */
  private planFileOf(file: string): string | undefined {
    const { documents } = this.session;
    const document = documents.document(file);
    if (!document) return undefined;
    if (document.kind === 'plan') return document.file;
    const plan = documents
      .plansAround([document])
      .find((candidate) => candidate.planDocuments.length > 0 && candidate.documents.includes(document));
    return plan?.planDocuments[0]?.file;
  }

  /** The active editor moved: show its plan, if it belongs to another one. */
  private followEditor(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.session.handles(document)) return;
    const planFile = this.planFileOf(document.uri.fsPath);
    if (!planFile || planFile === this.current) return;
    this.current = planFile;
    this.updateContext();
    this.changed.fire();
  }

  /** After a lint: statuses and findings may have changed; a deleted plan gives way to another. */
  refresh(): void {
    const { documents } = this.session;
    if (this.current && documents.document(this.current)?.kind !== 'plan') this.current = undefined;
    if (!this.current) this.followEditor();
    if (!this.current)
      this.current = [...this.session.knownDocuments()]
        .sort()
        .find((file) => documents.document(file)?.kind === 'plan');
    this.updateContext();
    this.changed.fire();
  }

  private updateContext(): void {
    const hasPlan = this.current !== undefined;
    if (hasPlan === this.hasPlan) return;
    this.hasPlan = hasPlan;
    void vscode.commands.executeCommand('setContext', HAS_PLAN_CONTEXT, hasPlan);
  }

  private setTitle(title: string): void {
    if (this.view && this.view.description !== title) this.view.description = title;
  }

  private setMessage(message: string | undefined): void {
    if (this.view && this.view.message !== message) this.view.message = message;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}

/** The view and its provider, in `context.subscriptions` (its command: commands/create-step.ts); returns the provider. */
export function registerPlanView(context: vscode.ExtensionContext, session: EditorSession): PlanViewProvider {
  const provider = new PlanViewProvider(session);
  const view = vscode.window.createTreeView(PLAN_VIEW_ID, { treeDataProvider: provider, showCollapseAll: false });
  provider.view = view;
  context.subscriptions.push(provider, view);
  return provider;
}
