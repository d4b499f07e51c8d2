/**
 * What `target.push(...items)` and `Math.max(...values)` do, for arrays of any length: a spread
 * passes each element as an argument on the stack, and past about 100,000 of them V8 throws
 * "Maximum call stack size exceeded" (130,000 unknown keys crashed the lint). Nothing in `src/`
 * spreads an array that the input sizes into a call (test/spread-arguments.test.ts).
 */

/** Appends `items` to `target`, in order; returns `target`. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` when there are none or all are smaller. */
export function maxOf(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}

/** The smallest of `values`, or `ceiling` when there are none or all are larger. */
export function minOf(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let min = ceiling;
  for (const value of values) if (value < min) min = value;
  return min;
}
