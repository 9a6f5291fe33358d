import type { DrawnDigit } from '../../src/drawing/drawn-digits-file.ts';
import { createRng } from '../../src/nn/rng.ts';

/** How many digits of each label the sample file keeps: enough for many "New samples" sets. */
export const SAMPLES_PER_LABEL = 20;

/** SAMPLES_PER_LABEL digits of each label, chosen by a fixed seed from every writer's digits, in label order. */
export function pickSampleDigits(all: readonly DrawnDigit[], seed = 7): DrawnDigit[] {
  const rng = createRng(seed);
  return Array.from({ length: 10 }, (_, label) => {
    const pool = all.filter((d) => d.label === label);
    // A partial Fisher-Yates shuffle: the first SAMPLES_PER_LABEL places get distinct random digits.
    for (let i = 0; i < Math.min(SAMPLES_PER_LABEL, pool.length); i++) {
      const j = i + rng.int(pool.length - i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, SAMPLES_PER_LABEL);
  }).flat();
}
