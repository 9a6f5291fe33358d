import { describe, expect, it } from 'vitest';
import { IMAGE_SIDE, IMAGE_SIZE } from '../mnist/dataset.ts';
import { EXPANSION_FACTOR, expandByOnePixelMoves } from './expand.ts';

/** One image with a single inked pixel at (x, y). */
const dot = (x: number, y: number) => {
  const image = new Uint8Array(IMAGE_SIZE);
  image[y * IMAGE_SIDE + x] = 255;
  return image;
};
const inkAt = (images: Uint8Array, index: number) => {
  const image = images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE);
  const at = image.indexOf(255);
  return at < 0 ? null : [at % IMAGE_SIDE, Math.floor(at / IMAGE_SIDE)];
};

describe('expandByOnePixelMoves', () => {
  it('keeps each image and adds it moved one pixel down, up, right and left, with its label', () => {
    const images = new Uint8Array(2 * IMAGE_SIZE);
    images.set(dot(10, 12), 0);
    images.set(dot(3, 4), IMAGE_SIZE);
    const expanded = expandByOnePixelMoves({ images, labels: Uint8Array.of(7, 2), count: 2 });
    expect(expanded.count).toBe(2 * EXPANSION_FACTOR);
    expect([0, 1, 2, 3, 4].map((i) => inkAt(expanded.images, i))).toEqual([[10, 12], [10, 13], [10, 11], [11, 12], [9, 12]]);
    expect([5, 6, 7, 8, 9].map((i) => inkAt(expanded.images, i))).toEqual([[3, 4], [3, 5], [3, 3], [4, 4], [2, 4]]);
    expect([...expanded.labels]).toEqual([7, 7, 7, 7, 7, 2, 2, 2, 2, 2]);
  });

  it('lets ink at the border move out, and paper come in: nothing wraps around', () => {
    const expanded = expandByOnePixelMoves({ images: dot(27, 0), labels: Uint8Array.of(1), count: 1 });
    // Down stays in, up and right leave the image, left stays in.
    expect([1, 2, 3, 4].map((i) => inkAt(expanded.images, i))).toEqual([[27, 1], null, null, [26, 0]]);
    for (let i = 1; i < EXPANSION_FACTOR; i++) {
      const inked = expanded.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE).filter((v) => v > 0).length;
      expect(inked).toBeLessThanOrEqual(1);
    }
  });
});
