import assert from 'node:assert/strict';
import { fixUntilStable, MAX_FIX_PASSES } from '../../../src/core/lint/fix-loop';
import type { Finding, Fix } from '../../../src/core/types';

/** A "rule" over one text: every `a` wants to become `b`, with a fix that may overlap the next one. */
function findingsOf(text: string, width: number): Finding[] {
  const findings: Finding[] = [];
  for (let at = text.indexOf('a'); at !== -1; at = text.indexOf('a', at + 1)) {
    const range = { start: at, end: Math.min(text.length, at + width) };
    const fix: Fix = {
      title: { en: 'b', fr: 'b' },
      safe: true,
      edits: [{ file: 'f', range, newText: `b${text.slice(at + 1, range.end)}` }],
    };
    findings.push({ file: 'f', rule: 'r', severity: 'error', message: { en: 'a', fr: 'a' }, range, fixes: [fix] });
  }
  return findings;
}

describe('fixUntilStable', () => {
  it('applies what does not overlap, then the rest in later passes, and stops when nothing applies', () => {
    let text = 'aaaa';
    let passes = 0;
    fixUntilStable({
      lint: () => findingsOf(text, 2),
      choose: (finding) => finding.fixes?.[0],
      readText: () => text,
      take: (outcome) => {
        passes++;
        text = outcome.changed.get('f') ?? text;
      },
    });
    assert.equal(text, 'bbbb');
    assert.equal(passes, 2);
  });

  it('takes only the chosen fixes', () => {
    let text = 'aaa';
    fixUntilStable({
      lint: () => findingsOf(text, 1),
      choose: (finding) => (finding.range.start === 1 ? finding.fixes?.[0] : undefined),
      readText: () => text,
      take: (outcome) => {
        text = outcome.changed.get('f') ?? text;
      },
    });
    assert.equal(text, 'aba');
  });

  it(`gives up after ${MAX_FIX_PASSES} passes when the fixes never settle`, () => {
    let passes = 0;
    fixUntilStable({
      lint: () => findingsOf('a', 1),
      choose: (finding) => finding.fixes?.[0],
      readText: () => 'a',
      take: () => passes++,
    });
    assert.equal(passes, MAX_FIX_PASSES);
  });
});
