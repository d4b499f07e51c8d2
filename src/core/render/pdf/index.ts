import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PlanModel } from '../../assemble/types';
import type { Localized } from '../../types';
import { planPdfDocument, type PdfLogo } from './document';
import { patchRenderer } from './merge-inlines';
import type { ContentNode } from './theme';

export { planPdfDocument, type PdfDocument, type PdfDocumentOptions, type PdfLogo } from './document';

/**
 * PDF export without a browser: the assembled plan → a pdfmake document definition
 * (`./document.ts`) → pdfmake (pure JavaScript, on pdfkit) → bytes.
 *
 * pdfmake, pdfkit and fontkit weigh several megabytes; they are `require`d here, the first time a
 * PDF is asked for, so that `socialplan lint` and the extension's activation never load them.
 * The require is made through a variable so that esbuild leaves it alone: pdfmake stays in
 * `node_modules` (with the Roboto fonts it ships, read from there) instead of being bundled.
 */

export interface PdfRenderOptions {
  /** The configured logo, as `readLogo` gives it: `data:image/…;base64,…`. */
  logoDataUri?: string;
  /** `SocialPlan 0.1.0`, written as the PDF's creator. */
  generator?: string;
}

export interface PdfResult {
  bytes: Uint8Array;
  /** Things the reader should know (a logo left out, characters no font could draw), in both languages. */
  warnings: Localized[];
}

interface Pdfmake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void; existsSync(name: string): boolean };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: ContentNode): { getBuffer(): Promise<Buffer> };
}

const PDFMAKE_MODULE = 'pdfmake';
const FONT_DIR = 'socialplan-fonts';
const ROBOTO = { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' };
const COURIER = { normal: 'Courier', bold: 'Courier-Bold', italics: 'Courier-Oblique', bolditalics: 'Courier-BoldOblique' };
const STANDARD_FONTS = new Set(Object.values(COURIER));

let loaded: Pdfmake | undefined;

/**
 * The bundled engine beside the running bundle (`dist/pdf-engine.js`, what the packaged extension
 * ships), else pdfmake from node_modules (running from sources, in tests).
 */
function loadEngine(): { pdfmake: Pdfmake; Renderer: unknown; fontFolder: string } {
  const load: NodeJS.Require = require;
  const bundled = join(__dirname, 'pdf-engine.js');
  if (existsSync(bundled)) {
    const engine = load(bundled) as { pdfmake: Pdfmake; Renderer: unknown };
    return { ...engine, fontFolder: join(__dirname, 'fonts', 'Roboto') };
  }
  return {
    pdfmake: load(PDFMAKE_MODULE) as Pdfmake,
    Renderer: load(`${PDFMAKE_MODULE}/js/Renderer`),
    fontFolder: join(dirname(load.resolve(`${PDFMAKE_MODULE}/package.json`)), 'fonts', 'Roboto'),
  };
}

/** pdfmake, loaded once, with the fonts registered and every network and file access refused. */
export function loadPdfmake(): Pdfmake {
  if (loaded) return loaded;
  const { pdfmake, Renderer, fontFolder } = loadEngine();
  patchRenderer(Renderer);
  for (const file of Object.values(ROBOTO)) {
    const name = `${FONT_DIR}/${file}`;
    if (!pdfmake.virtualfs.existsSync(name)) pdfmake.virtualfs.writeFileSync(name, readFileSync(join(fontFolder, file)));
  }
  pdfmake.setFonts({
    Roboto: Object.fromEntries(Object.entries(ROBOTO).map(([style, file]) => [style, `${FONT_DIR}/${file}`])),
    Courier: COURIER,
  });
  // Nothing in a plan may make the export fetch a URL or read a file: images come as data, fonts
  // from the virtual file system above; only pdfkit's built-in Courier is a "path" pdfmake checks.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));
  loaded = pdfmake;
  return pdfmake;
}

export async function renderPlanPdf(model: PlanModel, options: PdfRenderOptions = {}): Promise<PdfResult> {
  const warnings: Localized[] = [];
  const logo = pdfLogo(options.logoDataUri, warnings);
  const pdfmake = loadPdfmake();
  const render = async (withLogo: PdfLogo | undefined) => {
    const document = planPdfDocument(model, { logo: withLogo, generator: options.generator });
    const bytes = await pdfmake.createPdf(document.definition).getBuffer();
    return { bytes, missing: document.missingGlyphs };
  };
  let result: { bytes: Buffer; missing: string[] };
  try {
    result = await render(logo);
  } catch (error) {
    // A logo pdfkit cannot read (a damaged PNG, an SVG it cannot parse) must not cost the export.
    if (!logo) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push({ en: `The logo could not be drawn in the PDF (${reason}); it was left out.`, fr: `Le logo n’a pas pu être dessiné dans le PDF (${reason}) ; il a été omis.` });
    result = await render(undefined);
  }
  if (!isPdf(result.bytes)) throw new Error('pdfmake returned something that is not a PDF.');
  if (result.missing.length > 0) {
    const list = result.missing.slice(0, 12).join(' ');
    const more = result.missing.length > 12 ? ' …' : '';
    warnings.push({
      en: `${result.missing.length} character${result.missing.length === 1 ? '' : 's'} of the plan have no glyph in the PDF's font and show as �: ${list}${more}`,
      fr: `${result.missing.length} caractère${result.missing.length === 1 ? '' : 's'} du plan n’ont pas de glyphe dans la police du PDF et s’affichent comme � : ${list}${more}`,
    });
  }
  return { bytes: new Uint8Array(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength), warnings };
}

/** A complete PDF starts with its header and ends with `%%EOF`. */
export function isPdf(bytes: Uint8Array): boolean {
  if (bytes.length < 64) return false;
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 32))).toString('latin1');
  return head === '%PDF-' && tail.includes('%%EOF');
}

/**
 * What the PDF can do with the logo: PNG and JPEG as they are; SVG through pdfmake's SVG support,
 * unless it points at anything outside itself (pdfkit would read an `<image href>` from disk);
 * GIF and WebP, which pdfkit cannot embed, are left out with a warning.
 */
function pdfLogo(dataUri: string | undefined, warnings: Localized[]): PdfLogo | undefined {
  if (!dataUri) return undefined;
  const match = /^data:(image\/[a-z+]+);base64,(.*)$/s.exec(dataUri);
  if (!match) return undefined;
  const [, type, base64] = match;
  if (type === 'image/png' || type === 'image/jpeg') return { kind: 'image', dataUri };
  if (type === 'image/svg+xml') {
    const svg = Buffer.from(base64, 'base64').toString('utf8');
    if (svgIsSelfContained(svg)) return { kind: 'svg', svg };
    warnings.push({
      en: 'The SVG logo refers to images, fonts or styles outside itself, which the PDF export does not load; it was left out. A PNG logo works everywhere.',
      fr: 'Le logo SVG fait appel à des images, polices ou styles externes, que l’export PDF ne charge pas ; il a été omis. Un logo PNG fonctionne partout.',
    });
    return undefined;
  }
  const name = type.slice('image/'.length).toUpperCase();
  warnings.push({
    en: `The PDF export cannot embed a ${name} logo (PNG, JPEG or SVG only); it was left out.`,
    fr: `L’export PDF ne peut pas intégrer un logo ${name} (PNG, JPEG ou SVG seulement) ; il a été omis.`,
  });
  return undefined;
}

function svgIsSelfContained(svg: string): boolean {
  if (/<(?:image|script|foreignObject|feImage)\b/i.test(svg)) return false;
  if (/@import|url\(\s*['"]?(?!#)/i.test(svg)) return false;
  // Every href must be a fragment (`<use href="#shape">`).
  for (const match of svg.matchAll(/\bhref\s*=\s*(['"])(.*?)\1/gis)) if (!match[2].trim().startsWith('#')) return false;
  return true;
}
