import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8'));

/** VS Code's own button in the editor title of every Markdown file (markdown-language-features). */
const MARKDOWN_PREVIEW_BUTTON = { title: 'Open Preview to the Side', icon: '$(open-preview)' };

interface Command {
  command: string;
  title: string;
  icon?: string;
}

describe('manifest: the preview button in the editor title', () => {
  const manifest = read('package.json');
  const commands: Command[] = manifest.contributes.commands;
  const buttons: { command: string; group?: string }[] = manifest.contributes.menus['editor/title'];
  const inTitleBar = buttons.filter((item) => item.group === 'navigation');
  const english: Record<string, string> = read('package.nls.json');
  const french: Record<string, string> = read('package.nls.fr.json');
  const titleOf = (command: Command, strings: Record<string, string>) =>
    command.title.replace(/^%(.+)%$/, (_, key: string) => strings[key] ?? `missing ${key}`);

  it('has one button on a plan document, and it does not look like the Markdown preview button', () => {
    assert.equal(inTitleBar.length, 1);
    const command = commands.find((candidate) => candidate.command === inTitleBar[0].command);
    assert.ok(command, inTitleBar[0].command);
    assert.equal(titleOf(command, english), 'Open Plan Preview to the Side');
    assert.notEqual(titleOf(command, english), MARKDOWN_PREVIEW_BUTTON.title);
    assert.ok(command.icon, 'an icon');
    assert.notEqual(command.icon, MARKDOWN_PREVIEW_BUTTON.icon);
    assert.match(command.icon, /^\$\([a-z-]+\)$/, 'a codicon: it takes the colour of every theme');
  });

  it('names both preview commands after the plan, in English and in French', () => {
    const preview = commands.filter((command) => /^socialplan\.openPreview/.test(command.command));
    assert.deepEqual(
      preview.map((command) => [titleOf(command, english), titleOf(command, french)]),
      [
        ['Open Plan Preview', 'Ouvrir l’aperçu du plan'],
        ['Open Plan Preview to the Side', 'Ouvrir l’aperçu du plan sur le côté'],
      ],
    );
  });
});
