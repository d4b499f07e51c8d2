import assert from 'node:assert/strict';
import { editBytes, NOT_PLAIN_UTF8, NOT_THE_TEXT_READ } from '../../../src/core/lint/fixes-bytes';
import { applyFixes, fitLineEndings } from '../../../src/core/lint/fixes';
import { decodeBytes } from '../../../src/core/workspace/host';
import type { TextEdit } from '../../../src/core/types';

const edit = (start: number, end: number, newText: string): TextEdit => ({ file: 'f', range: { start, end }, newText });

function textOf(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes);
  assert.notEqual(decoded, 'binary');
  return (decoded as { text: string }).text;
}

describe('fixes written into bytes (editBytes, fitLineEndings)', () => {
  it('a byte order mark and multi-byte text before the edit: the edit lands on its bytes, the rest stays', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é😀 agncy: x\r\n', 'utf8')]);
    const text = textOf(bytes);
    const at = text.indexOf('agncy');
    const result = editBytes(bytes, text, [edit(at, at + 5, 'agency')]);
    assert.ok(result instanceof Uint8Array);
    assert.equal(
      Buffer.from(result).toString('latin1'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é😀 agency: x\r\n', 'utf8')]).toString('latin1'),
    );
  });

  it('classic Mac line endings: read as CRLF, written back as CR, inserted lines too', () => {
    const bytes = Buffer.from('a: 1\rb: 2\r');
    const text = textOf(bytes);
    assert.equal(text, 'a: 1\r\nb: 2\r\n');
    const insert = fitLineEndings(text, edit(4, 4, '\nc: 3'));
    const result = editBytes(bytes, text, [insert]);
    assert.equal(Buffer.from(result as Uint8Array).toString('latin1'), 'a: 1\rc: 3\rb: 2\r');
  });

  it('never writes bytes that are not the text the edits were made on, nor text that is not plain UTF-8', () => {
    assert.equal(editBytes(Buffer.from('a: 2\n'), 'a: 1\n', [edit(3, 4, '3')]), NOT_THE_TEXT_READ);
    const invalid = Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]);
    assert.equal(editBytes(invalid, textOf(invalid), [edit(0, 1, 'b')]), NOT_PLAIN_UTF8);
  });

  it('inserted lines take the line ending of the line they follow, in a file of mixed endings', () => {
    const text = 'a: 1\r\nb: 2\nc: 3';
    assert.equal(fitLineEndings(text, edit(4, 4, '\nx: 0')).newText, '\r\nx: 0');
    assert.equal(fitLineEndings(text, edit(10, 10, '\nx: 0')).newText, '\nx: 0');
    // The last line has no break: the one before it decides.
    assert.equal(fitLineEndings(text, edit(15, 15, '\nx: 0')).newText, '\nx: 0');
    assert.equal(fitLineEndings('a: 1', edit(4, 4, '\r\nx: 0')).newText, '\nx: 0');
    const outcome = applyFixes(
      [{ title: { en: '', fr: '' }, safe: true, edits: [{ ...edit(4, 4, '\nx: 0'), file: 'f' }] }],
      () => text,
    );
    assert.equal(outcome.changed.get('f'), 'a: 1\r\nx: 0\r\nb: 2\nc: 3');
  });
});
