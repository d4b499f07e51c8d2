import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfObjectsText } from './pdf';

/**
 * The machine-checkable part of PDF/UA-1, by the Matterhorn Protocol's checkpoint numbers, read
 * with pdfjs-dist (structure tree, operators, annotations, metadata) and poppler (`pdffonts`,
 * `pdfinfo -struct`). No offline PDF/UA validator is packaged here (veraPDF is not), so these are
 * what the tests hold the export to; docs/exporting.md ("Accessibility") lists what is checked
 * and what is not. `pdfUaFailures` returns one line per failure, its checkpoint first.
 */

interface StructNode {
  role?: string;
  alt?: string;
  type?: 'content' | 'object' | 'annotation';
  id?: string;
  children?: StructNode[];
}

interface PdfJs {
  getDocument(options: { data: Uint8Array; verbosity: number }): { promise: Promise<PdfJsDocument> };
  OPS: Record<string, number>;
}

interface PdfJsDocument {
  numPages: number;
  getMarkInfo(): Promise<{ Marked?: boolean } | null>;
  getViewerPreferences(): Promise<Record<string, unknown> | null>;
  getMetadata(): Promise<{ info: Record<string, unknown>; metadata: { get(name: string): unknown } | null }>;
  getPage(number: number): Promise<PdfJsPage>;
  destroy(): Promise<void>;
}

interface PdfJsPage {
  getStructTree(): Promise<StructNode | null>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  getAnnotations(): Promise<{ subtype: string; id: string; contentsObj?: { str: string } }[]>;
}

/** Operators that paint something on the page: each must be in the structure or an artifact. */
const PAINTING = [
  'stroke',
  'closeStroke',
  'fill',
  'eoFill',
  'fillStroke',
  'eoFillStroke',
  'closeFillStroke',
  'closeEOFillStroke',
  'showText',
  'showSpacedText',
  'nextLineShowText',
  'nextLineSetSpacingShowText',
  'paintImageXObject',
  'paintInlineImageXObject',
  'paintImageMaskXObject',
  'shadingFill',
];

/** What the checks look at: the PDF, and optionally the language it must declare. */
export interface PdfUaExpectations {
  lang?: string;
}

export async function pdfUaFailures(bytes: Uint8Array, expected: PdfUaExpectations = {}): Promise<string[]> {
  const failures: string[] = [];
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    await documentChecks(doc, expected, failures);
    const headings: string[] = [];
    const ops = new Map(Object.entries(pdfjs.OPS).map(([name, code]) => [code, name]));
    for (let number = 1; number <= doc.numPages; number++)
      await pageChecks(await doc.getPage(number), number, ops, headings, failures);
    headingChecks(headings, failures);
  } finally {
    await doc.destroy();
  }
  popplerChecks(bytes, failures);
  tabOrderCheck(bytes, failures);
  return failures;
}

async function documentChecks(doc: PdfJsDocument, expected: PdfUaExpectations, failures: string[]): Promise<void> {
  if ((await doc.getMarkInfo())?.Marked !== true) failures.push('01-002: MarkInfo /Marked is not true');
  const { info, metadata } = await doc.getMetadata();
  if (info.PDFFormatVersion !== '1.7') failures.push(`PDF version ${String(info.PDFFormatVersion)}, not 1.7`);
  if (metadata?.get('pdfuaid:part') !== '1') failures.push('06-002: no PDF/UA identifier (pdfuaid:part 1) in the XMP');
  const title = metadata?.get('dc:title');
  if (typeof title !== 'string' || title.trim() === '') failures.push('06-003: no dc:title in the XMP metadata');
  if (typeof info.Title !== 'string' || info.Title.trim() === '')
    failures.push('06-003: no Title in the document info');
  if ((await doc.getViewerPreferences())?.DisplayDocTitle !== true)
    failures.push('07-001: ViewerPreferences /DisplayDocTitle is not true');
  const lang = info.Language;
  if (typeof lang !== 'string' || lang === '') failures.push('11-006: the catalog has no /Lang');
  else if (expected.lang !== undefined && lang !== expected.lang)
    failures.push(`11-006: /Lang is ${lang}, not ${expected.lang}`);
}

async function pageChecks(
  page: PdfJsPage,
  number: number,
  ops: Map<number, string>,
  headings: string[],
  failures: string[],
): Promise<void> {
  const tree = await page.getStructTree();
  const inTree = new Set<string>();
  const linkedObjects = new Set<string>();
  if (tree) walkTree(tree, [], inTree, linkedObjects, headings, number, failures);

  const { fnArray, argsArray } = await page.getOperatorList();
  // The marked-content sequences open at each operator: an artifact, or a structure MCID.
  const open: { artifact: boolean; mcid: number | null }[] = [];
  let untagged = 0;
  const used = new Set<number>();
  fnArray.forEach((code, index) => {
    const name = ops.get(code);
    if (name === 'beginMarkedContent' || name === 'beginMarkedContentProps') {
      const [tag, props] = argsArray[index] as [{ name?: string } | string, unknown];
      const tagName = typeof tag === 'string' ? tag : tag?.name;
      const mcid = typeof props === 'number' ? props : null;
      if (mcid !== null) used.add(mcid);
      open.push({ artifact: tagName === 'Artifact', mcid });
    } else if (name === 'endMarkedContent') open.pop();
    else if (name && PAINTING.includes(name) && !open.some((marked) => marked.artifact || marked.mcid !== null))
      untagged++;
  });
  if (untagged > 0)
    failures.push(`01-005: page ${number}: ${untagged} painting operators neither in the structure nor an artifact`);
  const orphans = [...used].filter((mcid) => ![...inTree].some((id) => id.endsWith(`_mc${mcid}`)));
  if (orphans.length > 0)
    failures.push(`01-005: page ${number}: marked content ${orphans.join(', ')} is in no structure element`);

  for (const annotation of await page.getAnnotations()) {
    if (annotation.subtype !== 'Link') continue;
    if (!annotation.contentsObj?.str?.trim())
      failures.push(`28-011: page ${number}: link annotation ${annotation.id} has no Contents`);
    if (!linkedObjects.has(annotation.id))
      failures.push(`28-002: page ${number}: link annotation ${annotation.id} is not in a Link structure element`);
  }
}

/** Roles whose parent is fixed by ISO 32000 (the structure rules PDF/UA relies on, 09-004). */
const PARENTS: Record<string, readonly string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  LI: ['L'],
  Lbl: ['LI', 'TOCI', 'BibEntry', 'Note'],
  LBody: ['LI'],
  TOCI: ['TOC'],
};

function walkTree(
  node: StructNode,
  path: string[],
  inTree: Set<string>,
  linkedObjects: Set<string>,
  headings: string[],
  page: number,
  failures: string[],
): void {
  const role = node.role;
  if (node.type === 'content' && node.id) inTree.add(node.id);
  if ((node.type === 'object' || node.type === 'annotation') && node.id && path[path.length - 1] === 'Link')
    linkedObjects.add(node.id);
  if (role === undefined) {
    for (const child of node.children ?? []) walkTree(child, path, inTree, linkedObjects, headings, page, failures);
    return;
  }
  const parent = path[path.length - 1];
  const allowed = PARENTS[role];
  if (allowed && parent !== undefined && !allowed.includes(parent))
    failures.push(`09-004: page ${page}: ${role} inside ${parent}`);
  if (role === 'Figure' && !node.alt?.trim()) failures.push(`13-004: page ${page}: a Figure has no alternative text`);
  if (/^H[1-6]$/.test(role)) headings.push(role);
  if (role === 'H') failures.push(`14-007: page ${page}: an unnumbered H among numbered headings`);
  for (const child of node.children ?? [])
    walkTree(child, [...path, role], inTree, linkedObjects, headings, page, failures);
}

/**
 * Headings in document order (each page's part of the tree, page after page; a heading split over
 * two pages counts twice, which changes no level): H1 first, no level skipped (14-002, 14-003).
 */
function headingChecks(headings: string[], failures: string[]): void {
  if (headings.length > 0 && headings[0] !== 'H1') failures.push(`14-002: the first heading is ${headings[0]}`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading.slice(1));
    if (level > previous + 1) failures.push(`14-003: H${previous} followed by ${heading}`);
    previous = level;
  }
}

/** Fonts embedded with a Unicode map (31-*); tables with headers (15-003), every TH with a Scope (15-005). */
function popplerChecks(bytes: Uint8Array, failures: string[]): void {
  const folder = mkdtempSync(join(tmpdir(), 'socialplan-ua-'));
  try {
    const file = join(folder, 'out.pdf');
    writeFileSync(file, bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    for (const line of fonts) {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: the flags are the 5th, 4th and 3rd from the end.
      const [emb, , uni] = columns.slice(-5, -2);
      if (emb !== 'yes') failures.push(`31-001: font ${columns[0]} is not embedded`);
      if (uni !== 'yes') failures.push(`31-027: font ${columns[0]} has no ToUnicode map`);
    }
    const structure = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const lines = structure.split('\n');
    const headers = lines.filter((line) => /^\s*TH\b/.test(line));
    tablesWithoutHeaders(lines).forEach((line) =>
      failures.push(`15-003: the Table at line ${line} of the tree has no TH`),
    );
    const scoped = structure.match(/\/Scope \/(Column|Row|Both)/g) ?? [];
    if (scoped.length < headers.length)
      failures.push(`15-005: ${headers.length - scoped.length} of ${headers.length} TH cells have no Scope`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The whole tree (`pdfinfo -struct`, one element a line, indented by depth): tables with no TH under them. */
function tablesWithoutHeaders(lines: readonly string[]): number[] {
  const depth = (line: string) => line.length - line.trimStart().length;
  const out: number[] = [];
  lines.forEach((line, index) => {
    if (!/^\s*Table\b/.test(line)) return;
    let found = false;
    for (let next = index + 1; next < lines.length && depth(lines[next]) > depth(line); next++)
      if (/^\s*TH\b/.test(lines[next])) {
        found = true;
        break;
      }
    if (!found) out.push(index + 1);
  });
  return out;
}

/** Every page's tab order follows the structure (`/Tabs /S`, PDF/UA 7.18.3); page objects may be in object streams. */
function tabOrderCheck(bytes: Uint8Array, failures: string[]): void {
  const text = pdfObjectsText(bytes);
  const pages = text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
  if (pages === 0) failures.push('PDF/UA 7.18.3: no page object found to check /Tabs on');
  const tabs = text.match(/\/Tabs \/S\b/g)?.length ?? 0;
  if (tabs < pages) failures.push(`PDF/UA 7.18.3: ${pages - tabs} of ${pages} pages have no /Tabs /S`);
}

/** The alternative text of every Figure, page after page (pdfjs reads `/Alt`; poppler does not print it). */
export async function figureAlts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const alts: string[] = [];
  const collect = (node: StructNode) => {
    if (node.role === 'Figure') alts.push(node.alt ?? '');
    for (const child of node.children ?? []) collect(child);
  };
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const tree = await (await doc.getPage(number)).getStructTree();
      if (tree) collect(tree);
    }
  } finally {
    await doc.destroy();
  }
  return alts;
}
