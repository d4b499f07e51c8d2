import type { ContentNode } from './content';
import { Drawing, type Box, type Painter } from './boxes';
import type { Face } from './fonts';

/**
 * What is drawn rather than typeset: the definition's `canvas` shapes (rectangles, rounded or not,
 * lines, ellipses, polylines; the charts, the step numbers, the timeline) and list markers.
 */

function shapeBottom(shape: ContentNode): number {
  const n = (key: string) => (typeof shape[key] === 'number' ? (shape[key] as number) : 0);
  const half = n('lineWidth') / 2;
  switch (shape.type) {
    case 'rect':
      return n('y') + n('h') + half;
    case 'line':
      return Math.max(n('y1'), n('y2')) + half;
    case 'ellipse':
      return n('y') + n('r2') + half;
    case 'polyline':
      return Math.max(0, ...((shape.points as { y: number }[] | undefined) ?? []).map((point) => point.y)) + half;
    default:
      return 0;
  }
}

export function shapeRight(shape: ContentNode): number {
  const n = (key: string) => (typeof shape[key] === 'number' ? (shape[key] as number) : 0);
  if (shape.type === 'rect') return n('x') + n('w');
  if (shape.type === 'line') return Math.max(n('x1'), n('x2'));
  if (shape.type === 'ellipse') return n('x') + n('r1');
  if (shape.type === 'polyline')
    return Math.max(0, ...((shape.points as { x: number }[] | undefined) ?? []).map((point) => point.x));
  return 0;
}

export function canvas(shapes: ContentNode[]): Box {
  const height = Math.max(0, ...shapes.map(shapeBottom));
  return new Drawing(height, (painter, x, y) => {
    for (const shape of shapes) drawShape(painter, shape, x, y);
  });
}

function drawShape(painter: Painter, shape: ContentNode, x: number, y: number): void {
  const doc = painter.doc;
  const n = (key: string) => (typeof shape[key] === 'number' ? (shape[key] as number) : 0);
  const fill = typeof shape.color === 'string' ? shape.color : undefined;
  const stroke = typeof shape.lineColor === 'string' ? shape.lineColor : undefined;
  doc.save();
  if (typeof shape.fillOpacity === 'number') doc.fillOpacity(shape.fillOpacity);
  doc.lineWidth(typeof shape.lineWidth === 'number' ? shape.lineWidth : 1);
  if (shape.lineCap === 'round' || shape.lineCap === 'square') doc.lineCap(shape.lineCap);
  switch (shape.type) {
    case 'rect':
      if (n('r') > 0) doc.roundedRect(x + n('x'), y + n('y'), n('w'), n('h'), n('r'));
      else doc.rect(x + n('x'), y + n('y'), n('w'), n('h'));
      break;
    case 'line':
      doc.moveTo(x + n('x1'), y + n('y1')).lineTo(x + n('x2'), y + n('y2'));
      break;
    case 'ellipse':
      doc.ellipse(x + n('x'), y + n('y'), n('r1'), n('r2'));
      break;
    case 'polyline': {
      const points = (shape.points as { x: number; y: number }[] | undefined) ?? [];
      points.forEach((point, index) =>
        index === 0 ? doc.moveTo(x + point.x, y + point.y) : doc.lineTo(x + point.x, y + point.y),
      );
      if (shape.closePath === true) doc.closePath();
      break;
    }
    default:
      doc.restore();
      return;
  }
  if (shape.type === 'line') doc.stroke(stroke ?? '#000000');
  else if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else doc.stroke(stroke ?? '#000000');
  doc.restore();
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
