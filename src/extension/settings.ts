import * as vscode from 'vscode';
import type { ConfigOverrides } from '../core/lint/config';
import { isRecord } from '../core/util/guards';
import type { SeveritySetting } from '../core/types';

export const SECTION = 'socialplan';
export type RunMode = 'onType' | 'onSave';

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/**
 * The extension's settings, read in one place. To add a setting: declare it under
 * `contributes.configuration` in package.json (title and description in package.nls*.json),
 * read it here, and re-read it where `onDidChangeConfiguration` is handled (extension.ts).
 */
export interface Settings {
  run: RunMode;
  overrides: ConfigOverrides;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    overrides: { rules: ruleSeverities(config.get<unknown>('rules')), schemas: schemaMappings() },
  };
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
