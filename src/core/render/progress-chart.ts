import type { ProgressChart } from '../report/model';
import { daysBetween } from '../util/dates';
import { maxOf, minOf } from '../util/arrays';

/**
 * Where the progress chart of one objective puts its marks, in a box of `width` × `height`: the
 * HTML draws them as SVG, the PDF as a canvas, so both show the same chart.
 */
export interface ProgressGeometry {
  /** The baseline, then each result. */
  points: { x: number; y: number }[];
  /** The target's level across the chart. */
  targetY: number;
  /** The deadline's place on the time axis. */
  deadlineX: number;
  /** From the latest point to the projection at the deadline; undefined when nothing is projected. */
  projection: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export function progressGeometry(chart: ProgressChart, width: number, height: number): ProgressGeometry {
  // Thousands of weekly results are a plan's right: no spread of them into a call (maxOf, minOf).
  const lastDay = maxOf(
    chart.readings.map((reading) => daysBetween(chart.start, reading.date)),
    Math.max(daysBetween(chart.start, chart.deadline), 1),
  );
  const values = chart.readings.map((reading) => reading.value);
  values.push(chart.baseline, chart.target);
  if (chart.projected !== undefined) values.push(chart.projected);
  const low = minOf(values);
  const high = maxOf(values);
  // A tenth of the range above and below, so that no mark sits on the box's edge.
  const margin = (high - low) / 10 || 1;
  const x = (day: number) => (day / lastDay) * width;
  const y = (value: number) => height - ((value - (low - margin)) / (high - low + 2 * margin)) * height;
  const points = [
    { x: 0, y: y(chart.baseline) },
    ...chart.readings.map((reading) => ({ x: x(daysBetween(chart.start, reading.date)), y: y(reading.value) })),
  ];
  const latest = points[points.length - 1];
  const deadlineX = x(daysBetween(chart.start, chart.deadline));
  const projection =
    chart.projected === undefined ? undefined : { x1: latest.x, y1: latest.y, x2: deadlineX, y2: y(chart.projected) };
  return { points, targetY: y(chart.target), deadlineX, projection };
}
