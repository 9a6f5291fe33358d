import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { createRng } from '../../../nn/rng.ts';

/** The set a page shows first: the same ten digits on every load, so a lesson can point at them. */
export const FIRST_SET_SEED = 1;

/**
 * One digit of each label 0..9, chosen at random (seeded) from pen-drawn digits, in label order.
 * A label with no digit is left out. Pure: tested in Node.
 */
export function pickSampleSet(digits: readonly DrawnDigit[], seed: number): DrawnDigit[] {
  const byLabel: DrawnDigit[][] = Array.from({ length: 10 }, () => []);
  for (const digit of digits) byLabel[digit.label].push(digit);
  const rng = createRng(seed);
  return byLabel.filter((list) => list.length > 0).map((list) => list[rng.int(list.length)]);
}
