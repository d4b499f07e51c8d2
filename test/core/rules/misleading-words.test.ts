import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { Linter } from '../../../src/core/lint/linter';
import { readLogo } from '../../../src/core/render/logo';
import { toSchemaProblems } from '../../../src/core/schema/problems';
import { NodeFileHost } from '../../../src/core/workspace/host';

/**
 * Messages that said something else than what is wrong (issue 16, item 8): a charter path that
 * names a folder or a device, an SVG logo refused for the entities of its DOCTYPE, an enum of
 * 200,000 values listed whole.
 */
describe('the words of a refusal say what is wrong', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-words-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  function charterMessage(charter: string): { en: string; fr: string } {
    const folder = mkdtempSync(join(root, 'plan-'));
    mkdirSync(join(folder, 'brand'));
    const file = join(folder, 'plan.md');
    writeFileSync(file, `---\nsocialplan: plan\ntitle: Spring launch\ncharter: ${charter}\n---\n`);
    const findings = new Linter(new NodeFileHost(), { trusted: true })
      .lint([file])
      .findings.filter((finding) => finding.rule === 'plan-structure' && /charter|charte/i.test(finding.message.en));
    assert.equal(findings.length, 1, findings.map((finding) => finding.message.en).join('\n'));
    return findings[0].message;
  }

  it('a charter path that names a folder says it is a folder', () => {
    const message = charterMessage('./brand');
    assert.equal(
      message.en,
      "The charter `./brand` is a folder, not a file: name the charter's Markdown file in it (e.g. `charter/charter.md`).",
    );
    assert.match(message.fr, /^La charte `\.\/brand` est un dossier, pas un fichier : indiquez le fichier Markdown/);
  });

  it('a charter path that names a device says it is a device', function () {
    if (process.platform === 'win32') this.skip();
    const message = charterMessage('/dev/null');
    assert.match(message.en, /^The charter `\/dev\/null` is a device, a pipe or a socket, not a file/);
    assert.match(message.fr, /est un périphérique, un tube ou une socket, pas un fichier/);
  });

  it('a charter path where nothing is still says it does not exist, and where the path starts', () => {
    assert.equal(
      charterMessage('./nowhere.md').en,
      "The charter `./nowhere.md` does not exist; the path is relative to this plan's folder.",
    );
  });

  it('an SVG logo with entities in its DOCTYPE (as Illustrator writes) is refused for that reason', () => {
    const file = join(root, 'illustrator.svg');
    writeFileSync(
      file,
      '<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 27.0.0 -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n]>\n<svg xmlns="&ns_svg;" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n',
    );
    const logo = readLogo(file);
    assert.ok('problem' in logo);
    assert.doesNotMatch(logo.problem.en, /is not a PNG/);
    assert.match(logo.problem.en, /is an SVG whose DOCTYPE declares entities .* which SocialPlan does not expand/);
    assert.match(logo.problem.fr, /est un SVG dont le DOCTYPE déclare des entités/);
    const plain = join(root, 'plain.svg');
    writeFileSync(
      plain,
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    assert.ok('dataUri' in readLogo(plain), 'a DOCTYPE without entities is fine');
  });

  it('an enum of 200,000 values lists 20 of them and says how many more', () => {
    const values = Array.from({ length: 200_000 }, (_, index) => `client-${index}`);
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    const validate = ajv.compile({ type: 'object', properties: { client: { enum: values } } });
    const data = { client: 'nobody' };
    assert.equal(validate(data), false);
    const [problem] = toSchemaProblems(validate.errors ?? [], data);
    assert.ok(problem.message.en.length < 1000, `${problem.message.en.length} characters`);
    assert.match(
      problem.message.en,
      /^`client` must be one of `client-0`, `client-1`, .*, `client-19`… \(and 199,980 more\); found `nobody`\.$/,
    );
    assert.match(problem.message.fr, /`client-19`… \(et 199\u00A0980 autres\) ; trouvé `nobody`\.$/);
    const small = ajv.compile({ type: 'object', properties: { kind: { enum: ['a', 'b'] } } });
    small({ kind: 'zzz' });
    assert.equal(
      toSchemaProblems(small.errors ?? [], { kind: 'zzz' })[0].message.en,
      '`kind` must be one of `a`, `b`; found `zzz`.',
    );
  });
});
