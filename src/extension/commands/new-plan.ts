import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_METHOD, METHOD_PRESETS, PRESET_NAMES, isPresetName, type PresetName } from '../../core/method/methods';
import { createPlan, PLAN_FILE } from '../../core/method/scaffold';
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
 * same files as `socialplan init` and opens the plan. Resolves with the created files, or
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
        ? await pickFolder(client)
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
    if (given.open !== false) await vscode.window.showTextDocument(vscode.Uri.file(join(folder, PLAN_FILE)));
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

/** A new folder named after the client in a workspace folder, that folder itself, or any folder. */
async function pickFolder(client: string): Promise<string | undefined> {
  const name = folderName(client);
  const items: Picked<string | undefined>[] = [];
  for (const workspaceFolder of vscode.workspace.workspaceFolders ?? []) {
    if (workspaceFolder.uri.scheme !== 'file') continue;
    const root = workspaceFolder.uri.fsPath;
    items.push({
      value: join(root, name),
      label: `$(new-folder) ${basename(root)}/${name}`,
      description: vscode.l10n.t('new folder'),
    });
    items.push({
      value: root,
      label: `$(folder) ${basename(root)}`,
      description: vscode.l10n.t('the workspace folder itself'),
    });
  }
  items.push({ value: undefined, label: `$(folder-opened) ${vscode.l10n.t('Choose a folder…')}` });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New SocialPlan plan (4/4): folder'),
    placeHolder: vscode.l10n.t('Where do the plan’s files go?'),
  });
  if (!picked) return undefined;
  if (picked.value) return picked.value;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: vscode.l10n.t('Create the plan here'),
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return chosen?.[0]?.fsPath;
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
