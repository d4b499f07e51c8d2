import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { Linter } from '../../../src/core/lint/linter';
import { Documents } from '../../../src/core/workspace/documents';
import type { DirectoryEntry, FileHost } from '../../../src/core/workspace/host';

/** Files in memory, under /plans: enough for the cache and the plan finder. */
class MemoryHost implements FileHost {
  readonly files = new Map<string, string>();
  read(file: string) {
    const text = this.files.get(file);
    return text === undefined ? undefined : { text };
  }
  list(directory: string): DirectoryEntry[] {
    const names = new Set<string>();
    for (const file of this.files.keys()) if (dirname(file) === directory) names.add(file.slice(directory.length + 1));
    return [...names].map((name) => ({ name, directory: false }));
  }
  isFile(file: string): boolean {
    return this.files.has(file);
  }
}

const ROOT = '/plans';
const PLAN_FILE = join(ROOT, 'plan.md');
const STEP_FILE = join(ROOT, '01-listen.md');
const PLAN = '---\nsocialplan: plan\ntitle: Bakery\nmethod: five-steps\n---\n\n# Bakery\n';
const STEP = '---\nsocialplan: step\nstep: listen\ntitle: Listening\nstatus: todo\n---\n\n# Listening\n';

describe('Documents: the text cache, the incremental parse and the plans', () => {
  it('gives the same document while the text does not change', () => {
    const host = new MemoryHost();
    host.files.set(PLAN_FILE, PLAN);
    const documents = new Documents(host);
    const first = documents.document(PLAN_FILE);
    assert.ok(first);
    assert.equal(documents.document(PLAN_FILE), first);
  });

  it('keeps the frontmatter’s parse after an edit of the body, and parses it again after an edit of the frontmatter', () => {
    const host = new MemoryHost();
    host.files.set(PLAN_FILE, PLAN);
    const documents = new Documents(host);
    const before = documents.document(PLAN_FILE);
    host.files.set(PLAN_FILE, `${PLAN}More text.\n`);
    const body = documents.document(PLAN_FILE);
    assert.ok(before && body);
    assert.notEqual(body, before);
    assert.equal(body.text, `${PLAN}More text.\n`);
    assert.equal(body.yaml, before.yaml);
    assert.equal(body.data, before.data);
    host.files.set(PLAN_FILE, PLAN.replace('Bakery\nmethod', 'Cedar Lane\nmethod'));
    const frontmatter = documents.document(PLAN_FILE);
    assert.ok(frontmatter);
    assert.notEqual(frontmatter.yaml, before.yaml);
    assert.equal(frontmatter.data.title, 'Cedar Lane');
  });

  it('finds the plan around a step, and forgets a deleted document', () => {
    const host = new MemoryHost();
    host.files.set(PLAN_FILE, PLAN);
    host.files.set(STEP_FILE, STEP);
    const documents = new Documents(host);
    const step = documents.document(STEP_FILE);
    assert.ok(step);
    const plans = documents.plansAround([step]);
    assert.deepEqual(
      plans.map((plan) => [plan.folder, plan.planDocuments.map((document) => document.file)]),
      [[ROOT, [PLAN_FILE]]],
    );
    host.files.delete(STEP_FILE);
    assert.equal(documents.document(STEP_FILE), undefined);
  });

  it('is what a Linter given it reads: one cache for both', () => {
    const host = new MemoryHost();
    host.files.set(PLAN_FILE, PLAN);
    host.files.set(STEP_FILE, STEP);
    const documents = new Documents(host);
    const linter = new Linter(documents);
    assert.equal(linter.documents, documents);
    const result = linter.lint([STEP_FILE]);
    assert.equal(result.documents[0], documents.document(STEP_FILE));
    assert.deepEqual(linter.lint([STEP_FILE]).findings, new Linter(host).lint([STEP_FILE]).findings);
  });
});
