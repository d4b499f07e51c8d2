import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_METHOD, METHOD_PRESETS, PRESET_NAMES, isPresetName, type PresetName } from '../../core/method/methods';
import { createPlan, PLAN_FILE, planScaffold, type PlanScaffoldOptions } from '../../core/method/scaffold';
import type { Locale } from '../../core/types';
import { displayLocale } from '../locale';
import { isLocale } from '../../core/i18n/localized';

export const NEW_PLAN_COMMAND = 'socialplan.newPlan';

/**
 * What "SocialPlan: New Plan…" asks for. Each value given skips its question, so tests (and other
 * commands) can run it without any quick pick; a folder `Uri` alone (the Explorer's context menu)
 * sets the folder.
 */
export interface NewPlanArguments {
  method?: PresetName;
  locale?: Locale;
  client?: string;
  /** The plan folder, created when missing. */
  folder?: string | vscode.Uri;
  /** Open plan.md once created (default true). */
  open?: boolean;
}

/**
 * "SocialPlan: New Plan…": picks a method, a language, a client name and a folder, then writes the
 * same files as `socialplan init`, opens the plan and says what it wrote where. Resolves with the created files, or
 * `undefined` when the user cancelled or a file was in the way (nothing is ever overwritten).
 */
export function newPlanCommand(): (argument?: NewPlanArguments | vscode.Uri) => Promise<string[] | undefined> {
  return async (argument) => {
    const given: NewPlanArguments = argument instanceof vscode.Uri ? { folder: argument } : (argument ?? {});
    const method = given.method && isPresetName(given.method) ? given.method : await pickMethod();
    if (!method) return undefined;
    const locale = isLocale(given.locale) ? given.locale : await pickLanguage();
    if (!locale) return undefined;
    const client = given.client ?? (await askClient());
    if (client === undefined) return undefined;
    const folder =
      given.folder === undefined
        ? await pickFolder({ method, locale, client })
        : typeof given.folder === 'string'
          ? given.folder
          : given.folder.fsPath;
    if (!folder) return undefined;

    let outcome: ReturnType<typeof createPlan>;
    try {
      outcome = createPlan({ folder, method, locale, client });
    } catch (error) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'SocialPlan could not create the plan: {0}',
          error instanceof Error ? error.message : String(error),
        ),
      );
      return undefined;
    }
    if (outcome.existing.length > 0) {
      const names = outcome.existing.map((file) => vscode.workspace.asRelativePath(file)).join(', ');
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was created: these files already exist: {0}', names));
      return undefined;
    }
    const plan = vscode.Uri.file(join(folder, PLAN_FILE));
    if (given.open !== false) await vscode.window.showTextDocument(plan);
    announceCreated(plan, outcome.created);
    return outcome.created;
  };
}

interface Picked<T> extends vscode.QuickPickItem {
  value: T;
}

async function pickMethod(): Promise<PresetName | undefined> {
  const locale = displayLocale();
  const names = [DEFAULT_METHOD, ...PRESET_NAMES.filter((name) => name !== DEFAULT_METHOD)];
  const items: Picked<PresetName>[] = names.map((name) => {
    const method = METHOD_PRESETS[name];
    return {
      value: name,
      label: method.title[locale],
      description: name === DEFAULT_METHOD ? `${name} · ${vscode.l10n.t('default')}` : name,
      detail: method.steps.map((step) => step.title[locale]).join(method.ordered ? ' → ' : ' · '),
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New SocialPlan plan (1/4): method'),
    placeHolder: vscode.l10n.t('Which planning method will the plan follow?'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.value;
}

async function pickLanguage(): Promise<Locale | undefined> {
  const items: Picked<Locale>[] = [
    { value: 'en', label: 'English', description: 'en' },
    { value: 'fr', label: 'Français', description: 'fr' },
  ];
  // The editor's own language first.
  items.sort((a, b) => Number(b.value === displayLocale()) - Number(a.value === displayLocale()));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New SocialPlan plan (2/4): language'),
    placeHolder: vscode.l10n.t('In which language are the documents written?'),
  });
  return picked?.value;
}

async function askClient(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('New SocialPlan plan (3/4): client'),
    prompt: vscode.l10n.t('The organisation the plan is written for (optional).'),
    placeHolder: vscode.l10n.t('Client name'),
  });
}

type FolderChoice = Omit<PlanScaffoldOptions, 'folder'>;

/**
 * A new folder named after the client in a workspace folder (a free name: `bakery-2` when `bakery`
 * exists), another name typed in, that folder itself, or any folder. A folder that already holds
 * some of the plan's files is refused as soon as it is chosen, and the question is asked again.
 */
async function pickFolder(choice: FolderChoice): Promise<string | undefined> {
  for (;;) {
    const folder = await pickFolderOnce(choice);
    if (!folder) return undefined;
    const existing = filesInTheWay({ ...choice, folder });
    if (existing.length === 0) return folder;
    const names = existing.map((file) => basename(file)).join(', ');
    void vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already holds a plan ({1}): choose another folder.', folder, names),
    );
  }
}

async function pickFolderOnce(choice: FolderChoice): Promise<string | undefined> {
  const name = folderName(choice.client ?? '');
  const items: Picked<(() => Promise<string | undefined>) | string>[] = [];
  for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
    if (workspaceFolder.uri.scheme !== 'file') continue;
    const root = workspaceFolder.uri.fsPath;
    const free = freeFolderName(root, name);
    items.push({
      value: join(root, free),
      label: `$(new-folder) ${basename(root)}/${free}`,
      description: vscode.l10n.t('new folder'),
    });
    items.push({
      value: () => askFolderName(root, free),
      label: `$(edit) ${basename(root)}/…`,
      description: vscode.l10n.t('new folder, another name'),
    });
    const holdsPlan = filesInTheWay({ ...choice, folder: root }).length > 0;
    items.push({
      value: root,
      label: `$(folder) ${basename(root)}`,
      description: holdsPlan
        ? vscode.l10n.t('the workspace folder itself (already holds a plan)')
        : vscode.l10n.t('the workspace folder itself'),
    });
  }
  items.push({ value: chooseAnyFolder, label: `$(folder-opened) ${vscode.l10n.t('Choose a folder…')}` });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New SocialPlan plan (4/4): folder'),
    placeHolder: vscode.l10n.t('Where do the plan’s files go?'),
  });
  if (!picked) return undefined;
  return typeof picked.value === 'string' ? picked.value : picked.value();
}

async function askFolderName(root: string, suggested: string): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('New SocialPlan plan (4/4): folder'),
    prompt: vscode.l10n.t('A new folder in {0}.', basename(root)),
    value: suggested,
    validateInput: (value) => folderNameProblem(root, value),
  });
  return name === undefined ? undefined : join(root, name.trim());
}

async function chooseAnyFolder(): Promise<string | undefined> {
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Create the plan here'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return chosen?.[0]?.fsPath;
}

/** The files of the new plan that already exist in its folder: nothing is ever overwritten. */
function filesInTheWay(options: PlanScaffoldOptions): string[] {
  return planScaffold(options)
    .map(({ file }) => file)
    .filter((file) => existsSync(file));
}

/**
 * Why `name` cannot be the new plan folder in `root` (the input box's `validateInput`), or
 * `undefined` when it can: it must be a plain folder name that does not exist yet.
 */
export function folderNameProblem(root: string, name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return vscode.l10n.t('Give the new folder a name.');
  if (/[\\/]/.test(trimmed) || trimmed === '.' || trimmed === '..')
    return vscode.l10n.t('A folder name cannot hold a slash, nor be "." or "..".');
  if (existsSync(join(root, trimmed)))
    return vscode.l10n.t(
      '{0} already exists: choose another name, such as {1}.',
      trimmed,
      freeFolderName(root, trimmed),
    );
  return undefined;
}

/** `name` when `root` has no such entry, else the first free `name-2`, `name-3`… */
export function freeFolderName(root: string, name: string): string {
  if (!existsSync(join(root, name))) return name;
  let suffix = 2;
  while (existsSync(join(root, `${name}-${suffix}`))) suffix++;
  return `${name}-${suffix}`;
}

/** Says what was written and where, with a way to find the folder in the Explorer. */
function announceCreated(plan: vscode.Uri, created: string[]): void {
  const folder = dirname(plan.fsPath);
  const names = created.map((file) => relative(folder, file)).join(', ');
  const message = vscode.l10n.t('Plan created in {0}: {1}', vscode.workspace.asRelativePath(folder), names);
  const inWorkspace = vscode.workspace.getWorkspaceFolder(plan) !== undefined;
  const reveal = vscode.l10n.t('Reveal in Explorer');
  // Outside the workspace the Explorer cannot show the folder: the message alone says where.
  if (!inWorkspace) {
    void vscode.window.showInformationMessage(message);
    return;
  }
  void vscode.window.showInformationMessage(message, reveal).then((answer) => {
    if (answer === reveal) void vscode.commands.executeCommand('revealInExplorer', plan);
  });
}

/** `Boulangerie Rive-Sud` → `boulangerie-rive-sud`; `social-plan` without a client. */
export function folderName(client: string): string {
  const slug = client
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'social-plan';
}
