import { createRng } from '../rng.ts';
import { IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';

/** `count` random images that look sparse like MNIST's (about 3 pixels in 4 blank), with labels. */
export function randomImages(count: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = new Uint8Array(count * IMAGE_SIZE).map(() => (rng.next() < 0.25 ? rng.int(256) : 0));
  const labels = Uint8Array.from({ length: count }, () => rng.int(10));
  return { images, labels, count };
}

/** 0, 1, ..., count - 1. */
export const identityOrder = (count: number) => Uint32Array.from({ length: count }, (_, i) => i);
