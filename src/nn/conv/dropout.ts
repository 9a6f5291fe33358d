import type { Rng } from '../rng.ts';
import type { ConvScratch } from './conv-scratch.ts';

/**
 * Inverted dropout on the hidden fully connected layers: while training, each neuron is kept with
 * probability 1 - p and its activation scaled by 1 / (1 - p), so the expected input of the next
 * layer is unchanged and evaluation uses the weights as they are, without scaling.
 */

/** Draws new masks for the first `count` examples of a batch from `rng` (a no-op without dropout). */
export function drawDropoutMasks(scratch: Pick<ConvScratch, 'dropout' | 'masks' | 'capacity'>, count: number, rng: Rng): void {
  const p = scratch.dropout;
  if (p === 0) return;
  const keep = 1 / (1 - p);
  for (const mask of scratch.masks) {
    const n = (count * mask.length) / scratch.capacity;
    for (let i = 0; i < n; i++) mask[i] = rng.next() < p ? 0 : keep;
  }
}

/** Forward: keeps the activations (for f'(z)) and multiplies them by the mask, in place. */
export function applyMask(acts: Float32Array, kept: Float32Array, mask: Float32Array, length: number): void {
  for (let i = 0; i < length; i++) {
    kept[i] = acts[i];
    acts[i] *= mask[i];
  }
}

/** Backward: dC/d(f(z)) = mask * dC/d(masked output), in place. */
export function maskDeltas(delta: Float32Array, mask: Float32Array, length: number): void {
  for (let i = 0; i < length; i++) delta[i] *= mask[i];
}
