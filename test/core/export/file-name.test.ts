import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultExportName, planOf, slugify, untrustedSkips } from '../../../src/core/export';
import { Linter } from '../../../src/core/lint/linter';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { writeTree } from '../../support/tree';

function planDocument(frontmatter: string): string {
  return `---\nsocialplan: plan\n${frontmatter}method: five-steps\nlocale: en\nstatus: draft\n---\n\nIntro.\n`;
}

describe('export file names and what an untrusted workspace leaves out', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-file-name-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  function planIn(folder: string, files: Record<string, string>) {
    writeTree(join(work, folder), files);
    const linter = new Linter(new NodeFileHost(), { trusted: false });
    const document = linter.documents.document(join(work, folder, 'plan.md'));
    assert.ok(document);
    const plan = planOf(linter, document);
    assert.ok(plan);
    return { linter, plan };
  }

  it('slugs titles to ASCII, lowercase, diacritics folded, one hyphen between words', () => {
    assert.equal(slugify('Plan social média 2027', 60), 'plan-social-media-2027');
    assert.equal(
      slugify('Millrace Arts Center — Social Media Plan, 2027–28 Season', 60),
      'millrace-arts-center-social-media-plan-2027-28-season',
    );
    assert.equal(slugify('Œuvres & cœurs : l’été à Montréal, Straße', 60), 'oeuvres-coeurs-l-ete-a-montreal-strasse');
    assert.equal(slugify('  ÉTÉ  ', 60), 'ete');
    assert.equal(slugify('🎉 🎂', 60), '', 'nothing ASCII: empty, so the folder name is used');
    assert.equal(slugify('v1.1-rc.2', 20, true), 'v1.1-rc.2');
    assert.equal(slugify('..1.1..', 20, true), '1.1');
  });

  it('bounds the slug, cutting between words', () => {
    const long = slugify('word '.repeat(100), 60);
    assert.ok(long.length <= 60, long);
    assert.match(long, /^word(?:-word)+$/);
    assert.equal(slugify('x'.repeat(200), 60), 'x'.repeat(60));
  });

  it('names an export after the plan’s title and version, else after its folder', () => {
    const { plan } = planIn('bakery', {
      'plan.md': planDocument('title: Plan social média 2027\nversion: "1.1"\n'),
    });
    assert.equal(defaultExportName(plan, 'pdf'), 'plan-social-media-2027-1.1.pdf');
    const numeric = planIn('numeric', { 'plan.md': planDocument('title: Plan\nversion: 2\n') });
    assert.equal(defaultExportName(numeric.plan, 'html'), 'plan-2.html');
    const untitled = planIn('Café du port', { 'plan.md': planDocument('') });
    assert.equal(defaultExportName(untitled.plan, 'html'), 'Café du port.html');
    const emoji = planIn('emoji', { 'plan.md': planDocument('title: "🎉"\nversion: "3"\n') });
    assert.equal(defaultExportName(emoji.plan, 'pdf'), 'emoji.pdf');
    const broken = planIn('broken', { 'plan.md': '---\nsocialplan: plan\ntitle: "Open\n---\n' });
    assert.equal(defaultExportName(broken.plan, 'pdf'), 'broken.pdf');
  });

  it('lists the agency schemas and the logo that a trusted workspace would use', () => {
    writeTree(work, {
      '.socialplan.yaml':
        'schemas:\n  - files: "agency/*.md"\n    schema: ./agency.schema.json\n  - files: "other/*.md"\n    schema: ./other.schema.json\nexport:\n  logo: ./brand/logo.png\n',
    });
    const { linter, plan } = planIn('agency', { 'plan.md': planDocument('title: Plan\n') });
    const skips = untrustedSkips(linter, plan, linter.configs.forFile(plan.planDocuments[0].file));
    assert.deepEqual(skips, { schemaFiles: [join(work, 'agency.schema.json')], logo: join(work, 'brand', 'logo.png') });
    rmSync(join(work, '.socialplan.yaml'));
    const bare = planIn('bare', { 'plan.md': planDocument('title: Plan\n') });
    assert.deepEqual(
      untrustedSkips(bare.linter, bare.plan, bare.linter.configs.forFile(bare.plan.planDocuments[0].file)),
      {
        schemaFiles: [],
        logo: undefined,
      },
    );
  });
});
