import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import { markdownFilesUnder } from '../../src/core/workspace/files';
import { NodeFileHost } from '../../src/core/workspace/host';
import { Linter } from '../../src/core/lint/linter';
import { PRESET_NAMES } from '../../src/core/method/methods';
import { parse } from 'yaml';

/**
 * `socialplan init`, run in process through the same `runCli` that `bin/socialplan.js` calls (the
 * scaffold is plain file writing; spawning the bundle would only add start-up time).
 */

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function socialplan(cwd: string, args: string[], env: Record<string, string> = { LANG: 'C' }): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** The findings a new plan legitimately has (documented in `socialplan init --help` and docs/authoring.md). */
const FRESH_PLAN_FINDINGS = ['charter.md charter-legal', 'plan.md dedicated-resource'];

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sp-init-'));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/**
 * The `legal` block a new charter suggests as comments, uncommented and parsed: what the
 * strategist gets by removing the `# `s, as the template's own first line tells them to.
 */
function suggestedLegal(charter: string): { jurisdictions: string[]; privacy: { regulations: string[] } } {
  const lines = charter.split('\n');
  const start = lines.indexOf('# legal:');
  assert.notEqual(start, -1, 'the charter suggests no legal block');
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('#   '));
  return parse(
    lines
      .slice(start, end)
      .map((line) => line.slice(2))
      .join('\n'),
  ).legal;
}

function findingsIn(folder: string): string[] {
  const host = new NodeFileHost();
  return new Linter(host)
    .lint(markdownFilesUnder(host, folder))
    .findings.map((finding) => `${finding.file.slice(folder.length + 1)} ${finding.rule}`);
}

describe('socialplan init', () => {
  it('creates the plan, every step document of the method and the charter, in a new folder', async () => {
    const run = await socialplan(root, [
      'init',
      'acme',
      '--method',
      'five-steps',
      '--lang',
      'en',
      '--client',
      'Acme Bakery',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const folder = join(root, 'acme');
    assert.deepEqual(readdirSync(folder).sort(), [
      '01-listen.md',
      '02-story.md',
      '03-measure.md',
      '04-platforms.md',
      '05-organize.md',
      'charter.md',
      'plan.md',
    ]);
    assert.match(run.stdout, /^Created 7 files:\n {2}acme\/plan\.md\n {2}acme\/01-listen\.md\n/);
    assert.match(run.stdout, /Next: fill in plan\.md, then run "socialplan lint acme"\./);

    const plan = readFileSync(join(folder, 'plan.md'), 'utf8');
    assert.match(plan, /^---\nsocialplan: plan\ntitle: "Social media plan — Acme Bakery"\nclient: Acme Bakery\n/);
    assert.match(plan, /\nlocale: en\nmethod: five-steps\n/);
    assert.match(plan, /\nstatus: draft\nversion: "0\.1"\ncharter: charter\.md\n/);
    assert.match(plan, /\n## Context\n\n<!-- Who is the client/);
    const step = readFileSync(join(folder, '03-measure.md'), 'utf8');
    assert.match(step, /^---\nsocialplan: step\nstep: measure\ntitle: Measure\nstatus: todo\n/);
    assert.match(step, /## Indicators, baselines and targets/);
    const charter = readFileSync(join(folder, 'charter.md'), 'utf8');
    assert.match(charter, /^---\nsocialplan: charter\ntitle: "Social media charter — Acme Bakery"\nlocale: en\n/);
    assert.match(charter, /## Who may speak for the brand/);
  });

  it('writes French documents with French file names with --lang fr, and the default method is six-phases', async () => {
    const run = await socialplan(root, ['init', 'plan-fr', '--lang', 'fr']);
    assert.equal(run.code, 0, run.stderr);
    const folder = join(root, 'plan-fr');
    // The names of the French example (examples/fr), but for what a plan gets once it runs: its
    // monthly results, its editorial calendar and the config that shows it as of a given day
    // (docs/measuring.md, docs/calendar.md).
    const planned = readdirSync(join(__dirname, '..', '..', 'examples', 'fr')).filter(
      (name) => !name.startsWith('resultats-') && !name.startsWith('calendrier-') && name !== '.socialplan.yaml',
    );
    assert.deepEqual(readdirSync(folder).sort(), planned.sort());
    assert.deepEqual(readdirSync(folder).sort(), [
      '01-ecoute.md',
      '02-profils.md',
      '03-contenu.md',
      '04-distribution.md',
      '05-communaute.md',
      '06-mesure.md',
      'charter.md',
      'plan.md',
    ]);
    assert.match(
      readFileSync(join(folder, 'plan.md'), 'utf8'),
      /\ntitle: "Plan médias sociaux"\n# client: .*\n[\s\S]*\nlocale: fr\nmethod: six-phases\n/,
    );
    assert.match(
      readFileSync(join(folder, '01-ecoute.md'), 'utf8'),
      /\ntitle: "Écoute et monitorage"\n[\s\S]*## Statistiques de départ/,
    );
    assert.match(readFileSync(join(folder, 'charter.md'), 'utf8'), /## Qui peut parler au nom de la marque/);
  });

  it('suggests Quebec’s Law 25 as the privacy regulation of a charter published in CA-QC, in English as in French', async () => {
    for (const [lang, law] of [
      ['en', 'Quebec Law 25'],
      ['fr', 'Loi 25'],
    ]) {
      assert.equal((await socialplan(root, ['init', `charter-${lang}`, '--lang', lang])).code, 0);
      const legal = suggestedLegal(readFileSync(join(root, `charter-${lang}`, 'charter.md'), 'utf8'));
      assert.deepEqual(legal.jurisdictions, ['CA-QC'], lang);
      assert.deepEqual(legal.privacy.regulations, [law], lang);
    }
  });

  it('asks in the first pillar whether the site has a professional design and one visual identity, in English and French', async () => {
    for (const [lang, heading, question] of [
      [
        'en',
        'Design and visual identity',
        /<!-- Does the site look professionally designed, with one consistent visual identity/,
      ],
      [
        'fr',
        'Design et identité visuelle',
        /<!-- Le site a-t-il un design professionnel, avec une identité visuelle cohérente/,
      ],
    ] as const) {
      const run = await socialplan(root, ['init', `pillars-${lang}`, '--method', 'three-pillars', '--lang', lang]);
      assert.equal(run.code, 0, run.stderr);
      const file = lang === 'fr' ? '01-offre-contenu.md' : '01-content-offer.md';
      const step = readFileSync(join(root, `pillars-${lang}`, file), 'utf8');
      const section = step.slice(step.indexOf(`\n## ${heading}\n`));
      assert.notEqual(step.indexOf(`\n## ${heading}\n`), -1, `${lang}: no "${heading}" section`);
      assert.match(section.split('\n## ')[1], question);
    }
  });

  it('takes the document language and the messages from LANG when --lang is not given', async () => {
    const run = await socialplan(root, ['init', 'p', '--method', 'three-pillars'], { LANG: 'fr_CA.UTF-8' });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^5 fichiers créés :\n/);
    assert.match(readFileSync(join(root, 'p', 'plan.md'), 'utf8'), /\nlocale: fr\nmethod: three-pillars\n/);
  });

  it('lints with only the findings a fresh plan has: no resource yet, no legal limits yet — for every method and language', async () => {
    for (const method of PRESET_NAMES) {
      for (const lang of ['en', 'fr']) {
        const run = await socialplan(root, [
          'init',
          `${method}-${lang}`,
          '--method',
          method,
          '--lang',
          lang,
          '--client',
          'Café « Le Quai »: 2027',
        ]);
        assert.equal(run.code, 0, run.stderr);
        assert.deepEqual(findingsIn(join(root, `${method}-${lang}`)), FRESH_PLAN_FINDINGS, `${method} ${lang}`);
      }
    }
  });

  it('gives the same findings through `socialplan lint`, which exits with 1 for the two errors', async () => {
    assert.equal((await socialplan(root, ['init', 'plan', '--method', 'five-questions'])).code, 0);
    const lint = await socialplan(root, ['lint', 'plan', '--format', 'json']);
    assert.equal(lint.code, 1);
    const findings = JSON.parse(lint.stdout) as { file: string; rule: string }[];
    assert.deepEqual(
      findings.map((finding) => `${finding.file.replace(/^plan\//, '')} ${finding.rule}`),
      FRESH_PLAN_FINDINGS,
    );
  });

  it('refuses to overwrite: names the existing file, exits with 2 and writes nothing', async () => {
    const folder = join(root, 'existing');
    mkdirSync(folder);
    writeFileSync(join(folder, '02-profiles.md'), 'my notes\n');
    const run = await socialplan(root, ['init', 'existing', '--method', 'six-phases', '--lang', 'en']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'socialplan: nothing was written: this file already exists:\n  existing/02-profiles.md\n');
    assert.equal(run.stdout, '');
    assert.deepEqual(readdirSync(folder), ['02-profiles.md']);
    assert.equal(readFileSync(join(folder, '02-profiles.md'), 'utf8'), 'my notes\n');
  });

  it('says why, without a stack trace, when the folder cannot be created', async () => {
    writeFileSync(join(root, 'taken'), 'a file, not a folder\n');
    const run = await socialplan(root, ['init', 'taken']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^socialplan: cannot create the plan in taken: /);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
  });

  it('running it twice changes nothing the second time', async () => {
    assert.equal((await socialplan(root, ['init', '.'])).code, 0);
    const before = readFileSync(join(root, 'plan.md'), 'utf8');
    const again = await socialplan(root, ['init', '.']);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /these files already exist:\n {2}plan\.md\n {2}01-listen\.md\n/);
    assert.equal(readFileSync(join(root, 'plan.md'), 'utf8'), before);
  });

  it('rejects an unknown method, language or a missing folder with exit 2 and says what is allowed', async () => {
    const method = await socialplan(root, ['init', 'x', '--method', 'seven-wonders']);
    assert.equal(method.code, 2);
    assert.match(
      method.stderr,
      /--method must be one of three-pillars, five-steps, six-phases, five-questions, socialmedia-11, not "seven-wonders"/,
    );
    const lang = await socialplan(root, ['init', 'x', '--lang', 'de']);
    assert.equal(lang.code, 2);
    assert.match(lang.stderr, /--lang must be en or fr, not "de"/);
    const folder = await socialplan(root, ['init']);
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /init needs the folder to create the plan in/);
    const option = await socialplan(root, ['init', 'x', '--colour']);
    assert.equal(option.code, 2);
    assert.equal(existsSync(join(root, 'x')), false);
  });

  it('has its own --help, and is listed in the main help', async () => {
    const help = await socialplan(root, ['init', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: socialplan init <dir>/);
    assert.match(help.stdout, /dedicated-resource/);
    assert.match((await socialplan(root, ['--help'])).stdout, /socialplan init <dir>/);
  });
});
