import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { RULES } from '../src/core/rules';

/**
 * What the .vsix holds (`vsce ls`, which applies .vscodeignore): the pages and pictures the
 * extension opens or shows must be inside it, since it never loads them from a remote host.
 */

const ROOT = join(__dirname, '..');

function packagedFiles(): Set<string> {
  const output = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return new Set(output.split('\n').filter((line) => line.trim() !== ''));
}

/** Relative links and images of a Markdown file, without their `#fragment`. */
function relativeTargets(markdown: string): string[] {
  const targets: string[] = [];
  for (const match of markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1].split('#')[0];
    if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    targets.push(target);
  }
  return targets;
}

describe('package contents', function () {
  this.timeout(60_000);
  let files: Set<string>;
  before(() => {
    files = packagedFiles();
  });

  it('holds the page of every rule, and of the two ids that are not rules', () => {
    const missing = [...RULES.map((rule) => rule.id), 'config', 'internal-error']
      .map((id) => `docs/rules/${id}.md`)
      .filter((page) => !files.has(page));
    assert.deepEqual(missing, []);
  });

  it('holds the media of every walkthrough step', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const steps = manifest.contributes.walkthroughs.flatMap((walkthrough: { steps: unknown[] }) => walkthrough.steps);
    assert.equal(steps.length, 5);
    const media = steps.map((step: { media: Record<string, string> }) => step.media.image ?? step.media.markdown);
    assert.deepEqual(
      media.filter((file: string) => !files.has(file)),
      [],
    );
  });

  it('resolves every relative link and image of the packaged Markdown to a packaged file', () => {
    const broken: string[] = [];
    for (const file of files) {
      if (!file.endsWith('.md') || file.startsWith('dist/')) continue;
      for (const target of relativeTargets(readFileSync(join(ROOT, file), 'utf8'))) {
        const resolved = normalize(join(dirname(file), decodeURI(target)));
        if (!files.has(resolved)) broken.push(`${file} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('ships no source, test or example', () => {
    const stray = [...files].filter(
      (file) => /^(src|test|examples|scripts|bench)\//.test(file) || file.endsWith('.ts'),
    );
    assert.deepEqual(stray, []);
  });
});
