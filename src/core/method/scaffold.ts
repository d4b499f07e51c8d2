import { closeSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { METHOD_PRESETS, type PresetName } from './methods';
import { charterDocument, planDocument, stepDocument, stepFileName } from './templates';
import type { Locale } from '../types';

/**
 * A new plan folder: `plan.md`, one document per step of the method, and `charter.md`. The CLI's
 * `socialplan init` and the editor's "New Plan…" both call this, so they write the same files.
 */
export interface PlanScaffoldOptions {
  /** Absolute path of the plan folder (created when missing). */
  folder: string;
  method: PresetName;
  /** The language the documents are written in. */
  locale: Locale;
  client?: string;
  title?: string;
}

export interface ScaffoldFile {
  file: string;
  content: string;
}

export const PLAN_FILE = 'plan.md';
export const CHARTER_FILE = 'charter.md';

/** The files of a new plan, plan first, then the steps in method order, then the charter. */
export function planScaffold(options: PlanScaffoldOptions): ScaffoldFile[] {
  const method = METHOD_PRESETS[options.method];
  const client = options.client?.trim() || undefined;
  const title = options.title?.trim() || undefined;
  return [
    {
      file: join(options.folder, PLAN_FILE),
      content: planDocument(method, options.locale, { client, title, charter: CHARTER_FILE }),
    },
    ...method.steps.map((step) => ({
      file: join(options.folder, stepFileName(method, step.id, options.locale)),
      content: stepDocument(method, step, options.locale, { status: 'todo' }),
    })),
    { file: join(options.folder, CHARTER_FILE), content: charterDocument(options.locale, { client }) },
  ];
}

export type ScaffoldOutcome = { created: string[]; existing: [] } | { created: []; existing: string[] };

/**
 * Writes a new plan. Never overwrites: when any of its files already exists, nothing is written
 * and the existing files are named. Files are also created exclusively (`wx`), so a file that
 * appears meanwhile is not overwritten either; what this call wrote is then removed again.
 */
export function createPlan(options: PlanScaffoldOptions): ScaffoldOutcome {
  const files = planScaffold(options);
  const present = files.filter(({ file }) => existsSync(file)).map(({ file }) => file);
  if (present.length > 0) return { created: [], existing: present };
  mkdirSync(options.folder, { recursive: true });
  const created: string[] = [];
  const existing: string[] = [];
  for (const { file, content } of files) {
    try {
      const handle = openSync(file, 'wx');
      try {
        writeSync(handle, content);
      } finally {
        closeSync(handle);
      }
      created.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        removeAll(created);
        throw error;
      }
      existing.push(file);
    }
  }
  if (existing.length === 0) return { created, existing: [] };
  removeAll(created);
  return { created: [], existing };
}

function removeAll(files: string[]): void {
  for (const file of files) rmSync(file, { force: true });
}
