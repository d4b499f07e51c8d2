import type { PdfKitDocument, PdfKitFont } from './pdfkit';

/**
 * The faces of the report: the family of a style (`Roboto`, and `DejaVu Sans Mono` for code, both
 * embedded and subset: PDF/UA wants every font in the file) with its weight and slant, and their
 * metrics. Word widths are asked for again and again
 * (every word of a plan, in every measure): pdfkit caches the shaping of each word, and this keeps
 * the few sizes apart so a width is one lookup.
 */

export interface FaceStyle {
  font: string;
  bold: boolean;
  italics: boolean;
}

export interface Face {
  readonly name: string;
  readonly font: PdfKitFont;
}

/** The registered name of each face: Roboto's four files, DejaVu Sans Mono's four. */
export const FACES: Record<string, [normal: string, bold: string, italics: string, boldItalics: string]> = {
  Roboto: ['Roboto', 'Roboto-Medium', 'Roboto-Italic', 'Roboto-MediumItalic'],
  // Code in italics is drawn upright: the oblique faces are not shipped (assets/fonts/DejaVuSansMono).
  'DejaVu Sans Mono': ['DejaVuSansMono', 'DejaVuSansMono-Bold', 'DejaVuSansMono', 'DejaVuSansMono-Bold'],
};
/** The monospace family's former name: definitions that still say Courier get the embedded face. */
FACES.Courier = FACES['DejaVu Sans Mono'];

/** Every face the engine registers, which `LayoutEngine.fonts` holds. */
export const EMBEDDED_FACES: readonly string[] = [...new Set(Object.values(FACES).flat())];

export class FontBook {
  private readonly faces = new Map<string, Face>();

  constructor(private readonly doc: PdfKitDocument) {}

  face(style: FaceStyle): Face {
    const names = FACES[style.font] ?? FACES.Roboto;
    const name = names[(style.bold ? 1 : 0) + (style.italics ? 2 : 0)];
    let face = this.faces.get(name);
    if (!face) {
      face = { name, font: this.doc.font(name)._font };
      this.faces.set(name, face);
    }
    return face;
  }

  width(face: Face, text: string, size: number, characterSpacing = 0): number {
    if (text === '') return 0;
    return face.font.widthOfString(text, size) + characterSpacing * text.length;
  }
}
