import assert from 'node:assert/strict';
import { headDeclaresSocialPlan } from '../../../src/core/document/document';

describe('headDeclaresSocialPlan: the editor’s start-up check of a file’s first bytes', () => {
  it('sees a `socialplan:` key in a frontmatter, closed or cut off by the bytes read', () => {
    assert.equal(headDeclaresSocialPlan('---\nsocialplan: plan\ntitle: Bakery\n---\n# Bakery\n'), true);
    assert.equal(headDeclaresSocialPlan('\uFEFF---\r\ntitle: Bakery\r\nsocialplan: step\r\n---\r\n'), true);
    assert.equal(
      headDeclaresSocialPlan('---\ntitle: A very long frontmatter\nsocialplan: "charter"\nnotes: |\n  cut he'),
      true,
    );
  });

  it('not in a file without a frontmatter, nor in the body, nor as another key', () => {
    assert.equal(headDeclaresSocialPlan('# Notes\n\nsocialplan: plan\n'), false);
    assert.equal(headDeclaresSocialPlan('---\ntitle: Notes\n---\nsocialplan: plan\n'), false);
    assert.equal(headDeclaresSocialPlan('---\nmysocialplan: plan\n  socialplan: nested\n---\n'), false);
    assert.equal(headDeclaresSocialPlan(''), false);
  });
});
