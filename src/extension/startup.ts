import { open } from 'node:fs/promises';
import * as vscode from 'vscode';
import { headDeclaresSocialPlan } from '../core/document/document';
import type { EditorSession } from './session';

/** How many Markdown files the start-up check looks at, at most (a workspace of plans shows one early). */
const PROBE_FILES = 200;
/** How much of each it reads: a frontmatter's first lines, where `socialplan:` is written. */
const PROBE_BYTES = 1024;
/** Files read at once. */
const PROBE_BATCH = 16;

/**
 * The extension also activates on `onStartupFinished` (docs/authoring.md, "When the extension starts"), in
 * workspaces that may hold no plan at all: the workspace scan, which reads every Markdown file,
 * runs at once only when there is a reason to (a Markdown document open, a config file, or a
 * Markdown file whose first bytes hold a `socialplan:` frontmatter); otherwise it waits for the
 * first Markdown document opened. Called after `activate()` has returned; nothing here blocks it.
 */
export async function scanWhenPlansAround(session: EditorSession, context: vscode.ExtensionContext): Promise<void> {
  if (vscode.workspace.textDocuments.some((document) => session.handles(document)) || (await holdsPlans())) {
    await session.scanWorkspace();
    return;
  }
  const waiting = vscode.workspace.onDidOpenTextDocument((document) => {
    if (!session.handles(document)) return;
    waiting.dispose();
    void session.scanWorkspace();
  });
  context.subscriptions.push(waiting);
}

/** Whether the workspace has a SocialPlan config file or, among its first Markdown files, a document. */
async function holdsPlans(): Promise<boolean> {
  const excluded = '**/node_modules/**';
  try {
    if ((await vscode.workspace.findFiles('**/.socialplan.{yaml,yml,json}', excluded, 1)).length > 0) return true;
    const candidates = await vscode.workspace.findFiles('**/*.{md,markdown}', excluded, PROBE_FILES);
    const files = candidates.filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
    for (let index = 0; index < files.length; index += PROBE_BATCH) {
      const heads = await Promise.all(files.slice(index, index + PROBE_BATCH).map(readHead));
      if (heads.some(headDeclaresSocialPlan)) return true;
    }
    return false;
  } catch {
    // No file search here (a virtual workspace…): scan, as the extension did before.
    return true;
  }
}

/** The first bytes of `file` as UTF-8 text; empty when it cannot be read. */
async function readHead(file: string): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.alloc(PROBE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, PROBE_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}
