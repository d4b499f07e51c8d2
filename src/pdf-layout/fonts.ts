import type { PdfKitDocument, PdfKitFont } from './pdfkit';

/**
 * The faces of the report: the family of a style (`Roboto` embedded, `Courier` built into every PDF
 * reader) with its weight and slant, and their metrics. Word widths are asked for again and again
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

/** The registered name of each face: Roboto's four files, and PDF's standard Courier. */
export const FACES: Record<string, [normal: string, bold: string, italics: string, boldItalics: string]> = {
  Roboto: ['Roboto', 'Roboto-Medium', 'Roboto-Italic', 'Roboto-MediumItalic'],
  Courier: ['Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique'],
};

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
