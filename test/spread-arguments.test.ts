import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const SRC = join(__dirname, '..', 'src');

/**
 * No array that the input sizes is spread into a call (`push(...x)`, `Math.max(...x)`,
 * `String.fromCharCode(...x)`): each element becomes an argument on the stack, and past about
 * 100,000 V8 throws "Maximum call stack size exceeded" — 130,000 unknown keys crashed the lint.
 * `src/core/util/arrays.ts` has `append` and `maxOf` instead. A spread of a list that cannot grow
 * with the input says so in a `// bounded: why` comment on the line before.
 * `src/pdf-layout`, which imports nothing else of `src/`, folds with `reduce` and loops instead.
 */

function sources(folder: string, found: string[] = []): string[] {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) sources(path, found);
    else if (name.endsWith('.ts')) found.push(path);
  }
  return found;
}

/** `file:line: call` for each spread argument without a `// bounded:` comment just above it. */
function spreadArguments(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = text.split('\n');
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      if (!/\/\/ bounded: /.test(lines[line - 1] ?? '')) {
        found.push(`${relative(SRC, file)}:${line + 1}: ${node.parent.getText().split('\n')[0]}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('spread arguments', () => {
  it('no array is spread into a call in src/ unless it is bounded', () => {
    const files = sources(SRC).filter((file) => !file.includes(`${join('src', 'core', 'schema', 'generated')}`));
    assert.ok(files.length > 100, `only ${files.length} files scanned`);
    assert.deepEqual(
      files.flatMap((file) => spreadArguments(file)),
      [],
    );
  });

  it('the scan finds spread arguments, and lets a bounded one or an array literal pass', () => {
    const probe = [
      'a.push(...b);',
      'Math.max(0,\n  ...c);',
      'new Set(...d);',
      '// bounded: three words',
      'f(...WORDS);',
      'const e = [...b, ...c];',
    ].join('\n');
    assert.deepEqual(
      spreadArguments(join(SRC, 'probe.ts'), probe).map((found) => found.replace(/: .*/, '')),
      ['probe.ts:1', 'probe.ts:3', 'probe.ts:4'],
    );
  });
});
