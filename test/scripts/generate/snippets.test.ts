import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { Linter } from '../../../src/core/lint/linter';
import { METHOD_PRESETS, PRESET_NAMES } from '../../../src/core/method/methods';
import { generateSnippets, snippetFileText, type Snippet } from '../../../scripts/generate/snippets';
import { stepFileName } from '../../../src/core/method/templates';
import { writeTree } from '../../support/tree';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');
const LOCALES = ['en', 'fr'] as const;
/** The findings a snippet must never cause, whatever its placeholders hold. */
const WELL_FORMED = ['yaml-syntax', 'schema', 'unknown-key'];

/** The text a snippet inserts when every placeholder is left as is and every choice takes its first value. */
function expand(snippet: Snippet): string {
  return snippet.body
    .join('\n')
    .replace(/\$\{\d+\|((?:\\.|[^,|\\])*)[,|][^}]*\}/g, '$1')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([$}\\,|])/g, '$1');
}

function snippetsByPrefix(locale: 'en' | 'fr'): Map<string, Snippet> {
  const found = new Map<string, Snippet>();
  for (const snippet of Object.values(generateSnippets(locale)))
    for (const prefix of snippet.prefix) found.set(prefix, snippet);
  return found;
}

describe('snippets', () => {
  for (const locale of LOCALES) {
    it(`snippets/socialplan.${locale}.json is what scripts/generate/gen-snippets.ts generates (run it after changing methods, templates or schemas)`, () => {
      assert.equal(readFileSync(join(ROOT, 'snippets', `socialplan.${locale}.json`), 'utf8'), snippetFileText(locale));
    });
  }

  it('are contributed for Markdown in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const contributed = (manifest.contributes?.snippets ?? []) as { language: string; path: string }[];
    for (const locale of LOCALES)
      assert.ok(
        contributed.some(
          (entry) => entry.language === 'markdown' && entry.path === `./snippets/socialplan.${locale}.json`,
        ),
        `socialplan.${locale}.json is not contributed`,
      );
  });

  it('give every step of every method a snippet in English and in French', () => {
    for (const locale of LOCALES) {
      const bodies = Object.values(generateSnippets(locale)).map((snippet) => snippet.body.join('\n'));
      for (const name of PRESET_NAMES) {
        for (const step of METHOD_PRESETS[name].steps) {
          assert.ok(
            bodies.some((body) => body.includes(`\nstep: ${step.id}\n`) && body.includes(step.title[locale])),
            `${locale}: no snippet for ${name}/${step.id}`,
          );
        }
      }
    }
  });

  it('have prefixes unique across both languages, short ones for steps only one method has', () => {
    const all = LOCALES.flatMap((locale) =>
      Object.values(generateSnippets(locale)).flatMap((snippet) => snippet.prefix),
    );
    assert.deepEqual(
      all.filter((prefix, index) => all.indexOf(prefix) !== index),
      [],
    );
    const en = snippetsByPrefix('en');
    const fr = snippetsByPrefix('fr');
    for (const prefix of [
      'sp-six-listen',
      'sp-five-listen',
      'sp-profiles',
      'sp-objective',
      'sp-resource',
      'sp-budget-line',
      'sp-platform',
      'sp-legal',
    ])
      assert.ok(en.has(prefix), prefix);
    for (const prefix of [
      'sp-ecoute',
      'sp-ecouter',
      'sp-profils',
      'sp-objectif',
      'sp-ressource',
      'sp-ligne-budget',
      'sp-plateforme',
      'sp-juridique',
    ])
      assert.ok(fr.has(prefix), prefix);
    assert.equal(en.has('sp-listen'), false, 'listen is a step of two methods: each gets its own prefix');
    assert.match(en.get('sp-questions-resource')?.body.join('\n') ?? '', /step: resource/);
  });

  it('for a step: the template’s frontmatter and sections, tab stops on the title, the status and each section', () => {
    const snippet = snippetsByPrefix('en').get('sp-six-profiles');
    assert.ok(snippet);
    const body = snippet.body.join('\n');
    assert.match(
      body,
      /^---\nsocialplan: step\nstep: profiles\ntitle: \$\{1:Profiles and brand\}\nstatus: \$\{2\|todo,in-progress,done,skipped\|\}\n# owner: /,
    );
    assert.match(
      body,
      /## Names we reserve\n\n<!-- Which handles do we secure, on which platforms, even those we will not run yet\? -->\n\$3\n/,
    );
    assert.match(body, /<!--\nReserve the brand’s names on the platforms/);
    const french = snippetsByPrefix('fr').get('sp-profils')?.body.join('\n') ?? '';
    assert.match(french, /## Noms réservés\n\n<!-- Quels identifiants protégeons-nous/);
  });

  it('inserted as they are, every step snippet gives a well-formed step document', () => {
    for (const locale of LOCALES) {
      for (const name of PRESET_NAMES) {
        const method = METHOD_PRESETS[name];
        const root = mkdtempSync(join(tmpdir(), 'sp-snippets-'));
        try {
          const files: Record<string, string> = {
            'plan.md': `---\nsocialplan: plan\ntitle: Snippets\nmethod: ${name}\n---\n`,
          };
          const snippets = Object.values(generateSnippets(locale));
          for (const step of method.steps) {
            const snippet = snippets.find(
              (candidate) =>
                candidate.prefix[0].startsWith('sp-') &&
                candidate.body.includes(`step: ${step.id}`) &&
                candidate.description.includes(method.title[locale]),
            );
            assert.ok(snippet, `${locale} ${name}/${step.id}`);
            files[stepFileName(method, step.id)] = expand(snippet);
          }
          writeTree(root, files);
          const linter = new Linter(new NodeFileHost());
          const findings = linter.lint(Object.keys(files).map((file) => join(root, file))).findings;
          assert.deepEqual(
            findings
              .filter((finding) => WELL_FORMED.includes(finding.rule))
              .map((finding) => `${finding.file}: ${finding.message.en}`),
            [],
          );
          assert.deepEqual(
            findings.filter((finding) => finding.rule === 'no-skipped-steps'),
            [],
            `${locale} ${name}: a step snippet has the wrong step id`,
          );
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }
    }
  });

  it('inserted as they are under their keys, the block snippets give well-formed documents (but for the date to write)', () => {
    for (const locale of LOCALES) {
      const snippets = Object.values(generateSnippets(locale)).filter((snippet) => !snippet.body.includes('---'));
      assert.equal(snippets.length, 7);
      const [objective, resource, line, platform, result, post, legal] = snippets.map((snippet) =>
        expand(snippet).trimEnd(),
      );
      const indent = (text: string, by: number) => text.replace(/^/gm, ' '.repeat(by));
      const root = mkdtempSync(join(tmpdir(), 'sp-blocks-'));
      try {
        writeTree(root, {
          'plan.md': [
            '---',
            'socialplan: plan',
            'title: Blocks',
            'charter: charter.md',
            'objectives:',
            indent(objective, 2),
            'resources:',
            indent(resource, 2),
            'budget:',
            '  currency: CAD',
            '  lines:',
            indent(line, 4),
            'platforms:',
            indent(platform, 2),
            '---',
            '',
          ].join('\n'),
          'charter.md': `---\nsocialplan: charter\n${legal}\n---\n`,
          'results.md': `---\nsocialplan: results\nresults:\n${indent(result, 2)}\n---\n`,
          'calendar.md': `---\nsocialplan: calendar\nposts:\n${indent(post, 2)}\n---\n`,
        });
        const findings = new Linter(new NodeFileHost()).lint([
          join(root, 'plan.md'),
          join(root, 'charter.md'),
          join(root, 'results.md'),
          join(root, 'calendar.md'),
        ]).findings;
        // A date left as `YYYY-MM-DD` is reported, on purpose: the snippet cannot know the date.
        const placeholderDate = (finding: { message: { en: string } }) =>
          /found `(?:YYYY-MM-DD|AAAA-MM-JJ)`/.test(finding.message.en);
        const malformed = findings.filter((finding) => WELL_FORMED.includes(finding.rule));
        assert.deepEqual(
          malformed
            .filter((finding) => !placeholderDate(finding))
            .map((finding) => `${finding.rule}: ${finding.message.en}`),
          [],
          locale,
        );
        assert.equal(
          malformed.filter(placeholderDate).length,
          3,
          'the objective’s deadline, the result’s date and the post’s date ask for a date',
        );
        // Its texts are real examples; its ids are placeholders, which charter-legal does not count as names.
        assert.deepEqual(
          findings
            .filter((finding) => finding.rule === 'charter-legal')
            .map((finding) => finding.message.en.replace(/\. Write these limits.*/, '')),
          ["The charter's `legal` block still holds template text in `spokespersons`, which does not count as written"],
          'the legal snippet covers what the charter-legal rule asks, but for the ids to write',
        );
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('the legal block suggests Quebec’s Law 25 as the privacy regulation of its CA-QC jurisdiction, in both languages', () => {
    for (const [locale, prefix, law] of [
      ['en', 'sp-legal', 'Quebec Law 25'],
      ['fr', 'sp-juridique', 'Loi 25'],
    ] as const) {
      const legal = parse(expand(snippetsByPrefix(locale).get(prefix) as Snippet)).legal;
      assert.deepEqual(legal.jurisdictions, ['CA-QC'], locale);
      assert.deepEqual(legal.privacy.regulations, [law], locale);
    }
  });
});
