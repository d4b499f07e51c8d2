import { crc32, deflateSync } from 'node:zlib';
import type { BudgetEnvelope, ProgressChart } from '../../report/model';
import { progressGeometry } from '../progress-chart';
import { maxOf } from '../../util/arrays';

/**
 * The budget chart of the Word export as a PNG drawn here, pixel by pixel: Word shows PNG
 * everywhere (SVG only from Word 2016, with a PNG fallback anyway), and no browser or canvas is
 * needed at export time. The bars carry no text: the chart's alternative text states the figures,
 * and the table under it gives them.
 */

export interface Png {
  bytes: Buffer;
  width: number;
  height: number;
}

type Rgb = [number, number, number];
type Point = { x: number; y: number };

/** An RGB canvas, white, drawn on with rectangles, discs and lines. */
class Canvas {
  readonly pixels: Buffer;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = Buffer.alloc(width * height * 3, 0xff);
  }

  fill(x: number, y: number, width: number, height: number, rgb: Rgb): void {
    const right = Math.min(this.width, Math.round(x + width));
    const bottom = Math.min(this.height, Math.round(y + height));
    for (let row = Math.max(0, Math.round(y)); row < bottom; row++)
      for (let column = Math.max(0, Math.round(x)); column < right; column++) {
        const at = (row * this.width + column) * 3;
        this.pixels[at] = rgb[0];
        this.pixels[at + 1] = rgb[1];
        this.pixels[at + 2] = rgb[2];
      }
  }

  /** A disc of radius `r` centred on (x, y). */
  disc(x: number, y: number, r: number, rgb: Rgb): void {
    for (let row = Math.floor(y - r); row <= Math.ceil(y + r); row++) {
      const half = Math.sqrt(Math.max(0, r * r - (row + 0.5 - y) ** 2));
      if (half > 0) this.fill(x - half, row, 2 * half, 1, rgb);
    }
  }

  /** A line `thickness` pixels wide, dashed as `dash` ([drawn, gap] pixels) when given. */
  stroke(from: Point, to: Point, thickness: number, rgb: Rgb, dash?: [number, number]): void {
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const steps = Math.max(1, Math.ceil(length * 2));
    for (let step = 0; step <= steps; step++) {
      const along = (step / steps) * length;
      if (dash && along % (dash[0] + dash[1]) >= dash[0]) continue;
      const x = from.x + ((to.x - from.x) * step) / steps;
      const y = from.y + ((to.y - from.y) * step) / steps;
      this.disc(x, y, thickness / 2, rgb);
    }
  }

  png(): Png {
    const stride = this.width * 3 + 1;
    const raw = Buffer.alloc(stride * this.height);
    // Each scanline starts with filter type 0 (none).
    for (let row = 0; row < this.height; row++)
      this.pixels.copy(raw, row * stride + 1, row * this.width * 3, (row + 1) * this.width * 3);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: RGB
    const bytes = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    return { bytes, width: this.width, height: this.height };
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, checksum]);
}

/** `#RRGGBB` → its channels; mixed with white by `strength` (1: the colour itself). */
function shade(color: string, strength: number): Rgb {
  const value = /^#[0-9a-fA-F]{6}$/.test(color) ? Number.parseInt(color.slice(1), 16) : 0x1f6feb;
  const channel = (shift: number) => Math.round(255 - (255 - ((value >> shift) & 0xff)) * strength);
  return [channel(16), channel(8), channel(0)];
}

/** Pixels of the chart at 2× its size in the document, so that it stays sharp when printed. */
const BAR_AREA = 1200;
const ROW = 56;
const BAR = 36;

/**
 * One horizontal bar per category with an amount, its length by its share, on a light track,
 * fading as the HTML chart's bars do; `undefined` when no category has an amount.
 */
export function budgetChartPng(envelope: BudgetEnvelope, color: string): Png | undefined {
  const categories = envelope.categories.filter((category) => category.amount.value > 0);
  if (categories.length === 0) return undefined;
  const canvas = new Canvas(BAR_AREA, categories.length * ROW);
  const max = maxOf(categories.map((category) => category.share.value));
  categories.forEach((category, position) => {
    const y = position * ROW + (ROW - BAR) / 2;
    canvas.fill(0, y, BAR_AREA, BAR, shade(color, 0.08));
    const width = max > 0 ? Math.max(4, (category.share.value / max) * BAR_AREA) : 4;
    canvas.fill(0, y, width, BAR, shade(color, Math.max(0.35, 1 - position * 0.09)));
  });
  return canvas.png();
}

/** What the chart shows, in words: the alternative text (as the HTML chart's `aria-label`). */
export function budgetChartText(envelope: BudgetEnvelope): string {
  return envelope.categories
    .filter((category) => category.amount.value > 0)
    .map((category) => `${category.category.label} ${category.share.text} (${category.amount.text})`)
    .join(', ');
}

/** The progress chart's box, at 2× its size in the document (600 × 100 points there). */
const PROGRESS_WIDTH = 1200;
const PROGRESS_HEIGHT = 200;
const PROGRESS_MARGIN = 20;

/**
 * The progress chart of one objective (`render/progress-chart.ts`, as the HTML and the PDF draw
 * it): the target's level and the deadline, the results' line from the baseline, the projection
 * dashed. Its figures are in its alternative text.
 */
export function progressChartPng(
  chart: ProgressChart,
  colors: { accent: string; ok: string; warning: string; muted: string },
): Png {
  const canvas = new Canvas(PROGRESS_WIDTH, PROGRESS_HEIGHT);
  const box = progressGeometry(chart, PROGRESS_WIDTH - 2 * PROGRESS_MARGIN, PROGRESS_HEIGHT - 2 * PROGRESS_MARGIN);
  const at = (point: Point): Point => ({ x: point.x + PROGRESS_MARGIN, y: point.y + PROGRESS_MARGIN });
  const accent = shade(colors.accent, 1);
  const targetY = box.targetY + PROGRESS_MARGIN;
  canvas.stroke(
    { x: PROGRESS_MARGIN, y: targetY },
    { x: PROGRESS_WIDTH - PROGRESS_MARGIN, y: targetY },
    3,
    shade(colors.ok, 1),
    [4, 6],
  );
  const deadlineX = box.deadlineX + PROGRESS_MARGIN;
  canvas.stroke(
    { x: deadlineX, y: PROGRESS_MARGIN },
    { x: deadlineX, y: PROGRESS_HEIGHT - PROGRESS_MARGIN },
    3,
    shade(colors.warning, 1),
  );
  if (box.projection) {
    const { x1, y1, x2, y2 } = box.projection;
    canvas.stroke(at({ x: x1, y: y1 }), at({ x: x2, y: y2 }), 4, shade(colors.accent, 0.6), [10, 8]);
  }
  box.points.forEach((point, position) => {
    if (position > 0) canvas.stroke(at(box.points[position - 1]), at(point), 5, accent);
  });
  box.points.forEach((point, position) =>
    canvas.disc(at(point).x, at(point).y, 8, position === 0 ? shade(colors.muted, 1) : accent),
  );
  return canvas.png();
}
