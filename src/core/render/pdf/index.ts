import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanModel } from '../../report/model';
import type { Localized } from '../../types';
import { pluralText } from '../../i18n/plural';
import { planPdfDocument, type PdfLogo } from './document';
import { EMBEDDED_FACES } from '../../../pdf-layout/fonts';
import type { PdfKitConstructor, SvgToPdf } from '../../../pdf-layout/pdfkit';
import { Pauser } from '../../util/pause';
import { logoProblem } from '../logo';
import { svgHrefs } from '../logo-limits';
import { renderDefinition, type LayoutEngine } from '../../../pdf-layout/render';

export { planPdfDocument, type PdfDocument, type PdfDocumentOptions, type PdfLogo } from './document';

/**
 * PDF export without a browser: the assembled plan → a document definition (`./document.ts`,
 * plain data) → our layout engine (`src/pdf-layout/`) → pdfkit → bytes.
 *
 * pdfkit, fontkit and svg-to-pdfkit weigh a few megabytes; they are `require`d here, the first
 * time a PDF is asked for, so that `socialplan lint` and the extension's activation never load
 * them. The packaged extension and the CLI bundle load `pdf-engine.js` beside them; running from
 * sources (the tests), the modules come from node_modules, through a variable so that esbuild
 * leaves that require alone.
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

const MODULES = { pdfkit: 'pdfkit', svg: 'svg-to-pdfkit' };
/** The embedded fonts' files, by face: Roboto (Apache License 2.0), DejaVu Sans Mono (Bitstream Vera licence). */
const FONT_FILES: Record<string, [folder: string, file: string]> = {
  Roboto: ['Roboto', 'Roboto-Regular.ttf'],
  'Roboto-Medium': ['Roboto', 'Roboto-Medium.ttf'],
  'Roboto-Italic': ['Roboto', 'Roboto-Italic.ttf'],
  'Roboto-MediumItalic': ['Roboto', 'Roboto-MediumItalic.ttf'],
  DejaVuSansMono: ['DejaVuSansMono', 'DejaVuSansMono.ttf'],
  'DejaVuSansMono-Bold': ['DejaVuSansMono', 'DejaVuSansMono-Bold.ttf'],
};

let loaded: LayoutEngine | undefined;

/** A font folder beside the bundle (`dist/fonts/<family>`), else in the repository (`assets/fonts/<family>`). */
export function fontFolder(family: string): string {
  const bundled = join(__dirname, 'fonts', family);
  return existsSync(bundled) ? bundled : join(__dirname, '..', '..', '..', '..', 'assets', 'fonts', family);
}

export function robotoFolder(): string {
  return fontFolder('Roboto');
}

/** pdfkit and svg-to-pdfkit, loaded once, with the fonts read into memory. */
export function loadPdfEngine(): LayoutEngine {
  if (loaded) return loaded;
  const load: NodeJS.Require = require;
  const bundled = join(__dirname, 'pdf-engine.js');
  const modules = existsSync(bundled)
    ? (load(bundled) as { PDFDocument: PdfKitConstructor; svg: SvgToPdf })
    : { PDFDocument: load(MODULES.pdfkit) as PdfKitConstructor, svg: load(MODULES.svg) as SvgToPdf };
  const fonts = Object.fromEntries(
    EMBEDDED_FACES.map((face) => {
      const [family, file] = FONT_FILES[face];
      return [face, readFileSync(join(fontFolder(family), file))];
    }),
  );
  loaded = { PDFDocument: modules.PDFDocument, svg: modules.svg, fonts };
  return loaded;
}

export async function renderPlanPdf(model: PlanModel, options: PdfRenderOptions = {}): Promise<PdfResult> {
  const warnings: Localized[] = [];
  const logo = pdfLogo(options.logoDataUri, warnings);
  const engine = loadPdfEngine();
  const render = async (withLogo: PdfLogo | undefined) => {
    const document = planPdfDocument(model, { logo: withLogo, generator: options.generator });
    const bytes = await renderDefinition(document.definition, engine, { pause: new Pauser() });
    return { bytes, missing: document.missingGlyphs };
  };
  let result: { bytes: Buffer; missing: string[] };
  try {
    result = await render(logo);
  } catch (error) {
    // A logo pdfkit cannot read (a damaged PNG, an SVG it cannot parse) must not cost the export.
    if (!logo) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push({
      en: `The logo could not be drawn in the PDF (${reason}); it was left out.`,
      fr: `Le logo n’a pas pu être dessiné dans le PDF (${reason}) ; il a été omis.`,
    });
    result = await render(undefined);
  }
  if (!isPdf(result.bytes)) throw new Error('pdfkit returned something that is not a PDF.');
  if (result.missing.length > 0) {
    const list = result.missing.slice(0, 12).join(' ');
    const more = result.missing.length > 12 ? ' …' : '';
    const count = pluralText(result.missing.length, {
      en: {
        one: "{count} character of the plan has no glyph in the PDF's font and shows as �",
        other: "{count} characters of the plan have no glyph in the PDF's font and show as �",
      },
      fr: {
        one: '{count} caractère du plan n’a pas de glyphe dans la police du PDF et s’affiche comme �',
        other: '{count} caractères du plan n’ont pas de glyphe dans la police du PDF et s’affichent comme �',
      },
    });
    warnings.push({ en: `${count.en}: ${list}${more}`, fr: `${count.fr} : ${list}${more}` });
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
 * What the PDF can do with the logo: PNG and JPEG as they are; SVG through svg-to-pdfkit,
 * unless it points at anything outside itself (pdfkit would read an `<image href>` from disk);
 * GIF and WebP, which pdfkit cannot embed, are left out with a warning.
 */
function pdfLogo(dataUri: string | undefined, warnings: Localized[]): PdfLogo | undefined {
  if (!dataUri) return undefined;
  const match = /^data:(image\/[a-z+]+);base64,(.*)$/s.exec(dataUri);
  if (!match) return undefined;
  const [, type, base64] = match;
  // Checked again here: `renderPlanPdf` may be given any data URI, not only one `readLogo` made.
  const tooBig = logoProblem(Buffer.from(base64, 'base64'), type, '');
  if (tooBig) {
    warnings.push(tooBig);
    return undefined;
  }
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
  for (const href of svgHrefs(svg)) if (!href.trim().startsWith('#')) return false;
  return true;
}
