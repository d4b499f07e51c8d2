import { maxOf } from './arrays';

/**
 * The largest amount a fix writes: beyond it, amounts summed to the cent (`sumAmounts`) are no
 * longer exact in a double (2^53 cents, about 90 trillion), and the sum a fix would write is noise
 * (`1e21 + 0.005` summed to 999999999999999900000).
 */
export const LARGEST_WRITTEN_AMOUNT = Number.MAX_SAFE_INTEGER / 100;

/**
 * How a fix writes an amount computed from `inputs` (a sum of budget lines) into YAML: in plain
 * digits, with no more decimals than the most precise input (and at most cents, as `sumAmounts`
 * counts). `undefined` for an amount no fix should write: not finite, or beyond
 * {@link LARGEST_WRITTEN_AMOUNT}.
 */
export function amountText(amount: number, inputs: readonly number[]): string | undefined {
  if (!Number.isFinite(amount) || Math.abs(amount) > LARGEST_WRITTEN_AMOUNT) return undefined;
  if (inputs.some((input) => !Number.isFinite(input) || Math.abs(input) > LARGEST_WRITTEN_AMOUNT)) return undefined;
  const places = maxOf(inputs.map(decimalPlaces), 0);
  const text = amount.toFixed(places);
  const trimmed = places > 0 ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** The decimals an amount is written with, up to cents (0 for 12, 1 for 0.5, 2 for 0.25 or 0.005). */
function decimalPlaces(amount: number): number {
  for (let places = 0; places < 2; places++) if (Number(amount.toFixed(places)) === amount) return places;
  return 2;
}
