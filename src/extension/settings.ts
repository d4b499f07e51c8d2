import * as vscode from 'vscode';
import type { ConfigOverrides } from '../core/lint/config';
import { isLanguagePreference, type LanguagePreference } from '../core/i18n/message-locale';
import { isRecord } from '../core/util/guards';
import type { SeveritySetting } from '../core/types';

export const SECTION = 'socialplan';
export type RunMode = 'onType' | 'onSave';
/** `socialplan.export.onErrors`: what an export does when the plan has errors. */
export type OnErrors = 'ask' | 'export' | 'cancel';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/**
 * The extension's settings, every one read in this file. To add a setting: declare it under
 * `contributes.configuration` in package.json (title and description in package.nls*.json), and
 * read it here: in `Settings` when the session keeps it (it reads them again on every
 * `onDidChangeConfiguration`, `EditorSession.settingsChanged`), or in a function of its own when
 * it is read at the moment it is used, for a resource (`exportOnErrors`).
 */
export interface Settings {
  run: RunMode;
  overrides: ConfigOverrides;
  /** `socialplan.language`: the plan's language or VS Code's for messages, hovers and completions. */
  language: LanguagePreference;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    overrides: { rules: ruleSeverities(config.get<unknown>('rules')), schemas: schemaMappings() },
    language: languagePreference(config.get<unknown>('language')),
  };
}

/** `socialplan.export.onErrors` for the plan at `resource`, read when an export starts. */
export function exportOnErrors(resource: vscode.Uri): OnErrors {
  const setting = vscode.workspace.getConfiguration(SECTION, resource).get<string>('export.onErrors');
  return setting === 'export' || setting === 'cancel' ? setting : 'ask';
}

function languagePreference(value: unknown): LanguagePreference {
  return isLanguagePreference(value) ? value : 'auto';
}

function ruleSeverities(value: unknown): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  if (!isRecord(value)) return rules;
  for (const [id, severity] of Object.entries(value)) {
    if (typeof severity === 'string' && SEVERITIES.includes(severity)) rules[id] = severity as SeveritySetting;
  }
  return rules;
}

/** `socialplan.schemas` of each workspace folder, its paths and globs relative to that folder. */
function schemaMappings(): NonNullable<ConfigOverrides['schemas']> {
  const mappings: NonNullable<ConfigOverrides['schemas']>[number][] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (folder.uri.scheme !== 'file') continue;
    const value = vscode.workspace.getConfiguration(SECTION, folder.uri).get<unknown>('schemas');
    if (!Array.isArray(value)) continue;
    for (const entry of value) {
      if (!isRecord(entry) || typeof entry.schema !== 'string' || !isGlobs(entry.files)) continue;
      mappings.push({ base: folder.uri.fsPath, files: entry.files, schema: entry.schema });
    }
  }
  return mappings;
}

function isGlobs(value: unknown): value is string | string[] {
  return (
    typeof value === 'string' ||
    (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
  );
}
