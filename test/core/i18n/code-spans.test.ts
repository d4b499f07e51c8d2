import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeSpan, messageParts, plainMessage } from '../../../src/core/i18n/code-spans';
import { propertyParameters } from '../../support/property';

describe('code spans of messages', () => {
  it('splits a message into text and code parts', () => {
    assert.deepEqual(messageParts('Unknown month `juli`: write `july`.'), [
      { kind: 'text', text: 'Unknown month ' },
      { kind: 'code', text: 'juli' },
      { kind: 'text', text: ': write ' },
      { kind: 'code', text: 'july' },
      { kind: 'text', text: '.' },
    ]);
    assert.deepEqual(messageParts('`kpi.baseline`'), [{ kind: 'code', text: 'kpi.baseline' }]);
    assert.deepEqual(messageParts('No code here.'), [{ kind: 'text', text: 'No code here.' }]);
  });

  it('follows CommonMark: longer fences hold backticks, an unclosed run is text, one padding space is stripped', () => {
    assert.deepEqual(messageParts('a `` x`y `` b'), [
      { kind: 'text', text: 'a ' },
      { kind: 'code', text: 'x`y' },
      { kind: 'text', text: ' b' },
    ]);
    assert.deepEqual(messageParts('add `]` after `['), [
      { kind: 'text', text: 'add ' },
      { kind: 'code', text: ']' },
      { kind: 'text', text: ' after `[' },
    ]);
    assert.deepEqual(messageParts('`` ` ``'), [{ kind: 'code', text: '`' }]);
    assert.deepEqual(messageParts('` `'), [{ kind: 'code', text: ' ' }]);
    assert.deepEqual(messageParts('``a` b'), [{ kind: 'text', text: '``a` b' }]);
  });

  it('plain text: English puts code between straight quotes, French between guillemets', () => {
    assert.equal(plainMessage('Unknown month `juli`.', 'en'), "Unknown month 'juli'.");
    assert.equal(plainMessage('Mois inconnu `juli`.', 'fr'), 'Mois inconnu «\u00A0juli\u00A0».');
    assert.equal(plainMessage('No code.', 'fr'), 'No code.');
  });

  it('codeSpan makes a span that reads back as the value, whatever backticks and spaces it holds', () => {
    assert.equal(codeSpan('juli'), '`juli`');
    assert.equal(codeSpan('a`b'), '``a`b``');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '`', ' ', 'é') }), fc.string(), (value, before) => {
        fc.pre(value.trim() !== '' && !before.includes('`'));
        const parts = messageParts(`${before}${codeSpan(value)}.`);
        const code = parts.filter((part) => part.kind === 'code');
        assert.deepEqual(code, [{ kind: 'code', text: value }]);
      }),
      propertyParameters(500),
    );
  });
});
