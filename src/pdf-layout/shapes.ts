import type { Shape } from './content';
import { Drawing, type Box, type Painter } from './boxes';
import type { Face } from './fonts';
import type { PdfKitDocument } from './pdfkit';

/**
 * What is drawn rather than typeset: the definition's `canvas` shapes (rectangles, rounded or not,
 * lines, ellipses, polylines; the charts, the step numbers, the timeline) and list markers.
 */

function shapeBottom(shape: Shape): number {
  const half = (shape.lineWidth ?? 0) / 2;
  switch (shape.type) {
    case 'rect':
      return shape.y + shape.h + half;
    case 'line':
      return Math.max(shape.y1, shape.y2) + half;
    case 'ellipse':
      return shape.y + shape.r2 + half;
    case 'polyline':
      return shape.points.reduce((bottom, point) => Math.max(bottom, point.y), 0) + half;
  }
}

export function shapeRight(shape: Shape): number {
  switch (shape.type) {
    case 'rect':
      return shape.x + shape.w;
    case 'line':
      return Math.max(shape.x1, shape.x2);
    case 'ellipse':
      return shape.x + shape.r1;
    case 'polyline':
      return shape.points.reduce((right, point) => Math.max(right, point.x), 0);
  }
}

export function canvas(shapes: readonly Shape[], meaning: 'content' | 'decoration' = 'decoration'): Box {
  const height = shapes.reduce((bottom, shape) => Math.max(bottom, shapeBottom(shape)), 0);
  return new Drawing(
    height,
    (painter, x, y) => {
      for (const shape of shapes) drawShape(painter, shape, x, y);
    },
    meaning,
  );
}

function drawShape(painter: Painter, shape: Shape, x: number, y: number): void {
  const doc = painter.doc;
  doc.save();
  if (shape.fillOpacity !== undefined) doc.fillOpacity(shape.fillOpacity);
  doc.lineWidth(shape.lineWidth ?? 1);
  if (shape.lineCap === 'round' || shape.lineCap === 'square') doc.lineCap(shape.lineCap);
  tracePath(doc, shape, x, y);
  const fill = shape.color;
  const stroke = shape.lineColor;
  if (shape.type === 'line') doc.stroke(stroke ?? '#000000');
  else if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else doc.stroke(stroke ?? '#000000');
  doc.restore();
}

function tracePath(doc: PdfKitDocument, shape: Shape, x: number, y: number): void {
  switch (shape.type) {
    case 'rect':
      if ((shape.r ?? 0) > 0) doc.roundedRect(x + shape.x, y + shape.y, shape.w, shape.h, shape.r ?? 0);
      else doc.rect(x + shape.x, y + shape.y, shape.w, shape.h);
      return;
    case 'line':
      doc.moveTo(x + shape.x1, y + shape.y1).lineTo(x + shape.x2, y + shape.y2);
      return;
    case 'ellipse':
      doc.ellipse(x + shape.x, y + shape.y, shape.r1, shape.r2);
      return;
    case 'polyline':
      shape.points.forEach((point, index) =>
        index === 0 ? doc.moveTo(x + point.x, y + point.y) : doc.lineTo(x + point.x, y + point.y),
      );
      if (shape.closePath === true) doc.closePath();
      return;
  }
}

/** Disc, circle, square, by depth, centred on the first line. */
export function bulletMarker(depth: number, fontSize: number, color: string, firstLine: number) {
  const radius = fontSize * 0.17;
  return (painter: Painter, x: number, y: number) => {
    const doc = painter.doc;
    const cx = x + radius + fontSize * 0.1;
    const cy = y + firstLine / 2;
    doc.save();
    const kind = depth % 3;
    if (kind === 0) doc.ellipse(cx, cy, radius, radius).fill(color);
    else if (kind === 1)
      doc
        .lineWidth(fontSize * 0.06)
        .ellipse(cx, cy, radius * 0.9, radius * 0.9)
        .stroke(color);
    else doc.rect(cx - radius * 0.85, cy - radius * 0.85, radius * 1.7, radius * 1.7).fill(color);
    doc.restore();
  };
}

export function orderedMarker(face: Face, label: string, fontSize: number, color: string, right: number) {
  return (painter: Painter, x: number, y: number) => {
    const width = painter.fonts.width(face, label, fontSize);
    painter.doc
      .font(face.name)
      .fontSize(fontSize)
      .fillColor(color)
      .text(label, x + right - width, y, { lineBreak: false, textWidth: width, wordCount: 1 });
  };
}
