import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The layout of `src/` that docs/architecture.md describes, kept true: the PDF layout engine stands
 * alone, no folder imports a folder that imports it back, `src/core` keeps its files in folders, and
 * long files say why they are long.
 */
const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');
const MAX_LINES = 450;
const LONG_FILE_REASON = /^\s*(?:\/\/|\/?\*+)\s*Longer than 450 lines:/m;

interface Import {
  file: string;
  target: string;
}

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFilesUnder(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function relativeImports(file: string): Import[] {
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const specifiers = [...source.matchAll(/\b(?:from|import|require)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (match) => match[1],
  );
  return specifiers.map((specifier) => ({ file, target: resolve(dirname(file), specifier) }));
}

/** The folder a file belongs to for the cycle check: `src/core/<folder>`, or `src/<folder>` elsewhere. */
function unitOf(path: string): string | undefined {
  const parts = relative(SRC, path).split(sep);
  if (parts[0] === '..' || parts.length < 2) return undefined;
  if (parts[0] === 'core') return parts.length > 2 ? `core/${parts[1]}` : 'core';
  return parts[0];
}

/** Each cycle among units, as "a → b → … → a". */
function cycles(edges: Map<string, Set<string>>): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (unit: string) => {
    state.set(unit, 'open');
    stack.push(unit);
    for (const next of edges.get(unit) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(unit, 'done');
  };
  for (const unit of [...edges.keys()].sort()) if (!state.has(unit)) visit(unit);
  return found;
}

describe('the layout of src/', () => {
  const files = sourceFilesUnder(SRC);
  const imports = files.flatMap(relativeImports);

  it('src/pdf-layout imports nothing else of src/', () => {
    const layout = join(SRC, 'pdf-layout');
    const outside = imports.filter(
      ({ file, target }) =>
        file.startsWith(layout + sep) && target.startsWith(SRC + sep) && !target.startsWith(layout + sep),
    );
    assert.deepEqual(
      outside.map(({ file, target }) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
      [],
    );
  });

  it('no folder imports a folder that imports it back', () => {
    const edges = new Map<string, Set<string>>();
    for (const { file, target } of imports) {
      const [from, to] = [unitOf(file), unitOf(target)];
      if (!from || !to || from === to) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    assert.ok((edges.get('core/lint')?.size ?? 0) > 0, 'the scanner found no import between folders');
    assert.deepEqual(cycles(edges), []);
  });

  it('the cycle check does find a cycle', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    assert.deepEqual(cycles(edges), ['a → b → c → a']);
  });

  it('src/core keeps at most three loose files', () => {
    const loose = readdirSync(join(SRC, 'core')).filter((name) => statSync(join(SRC, 'core', name)).isFile());
    assert.ok(loose.length <= 3, `loose files in src/core: ${loose.join(', ')}`);
  });

  it(`no file in src/ is over ${MAX_LINES} lines without saying why at its top`, () => {
    const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length;
    const long = files.filter(
      (file) =>
        lineCount(file) > MAX_LINES &&
        !LONG_FILE_REASON.test(readFileSync(file, 'utf8').split('\n').slice(0, 12).join('\n')),
    );
    assert.deepEqual(
      long.map((file) => `${relative(ROOT, file)} (${lineCount(file)} lines)`),
      [],
    );
  });
});
