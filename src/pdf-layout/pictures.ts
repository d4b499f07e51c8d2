/** Sizes of pictures (PNG, JPEG, SVG) and what refuses a broken SVG. */

/** A picture scaled into `fit`, keeping its proportions. */
export function fitted(width: number, height: number, fit: readonly [number, number] | undefined): [number, number] {
  if (!fit || width <= 0 || height <= 0) return [width, height];
  const scale = Math.min(fit[0] / width, fit[1] / height);
  return [width * scale, height * scale];
}

/**
 * svg-to-pdfkit draws what it could parse of a broken SVG and only warns; a logo that is not
 * well-formed is refused instead (the export then goes on without it, and says so). Its other
 * warnings (an unsupported attribute) change nothing the reader would miss.
 */
export function refuseMalformed(message: string): void {
  if (message.startsWith('parseXml'))
    throw new Error(`the SVG is not well-formed (${message.replace(/^parseXml: /, '')})`);
}

/** An SVG's size: its width and height, else its view box, else 100 × 100. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)(?:px|pt)?\\s*["']`, 'i').exec(root)?.[1];
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = /\sviewBox\s*=\s*["']([^"']*)["']/i
    .exec(root)?.[1]
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box && box.length === 4 && box[2] > 0 && box[3] > 0) return { width: box[2], height: box[3] };
  return { width: 100, height: 100 };
}
