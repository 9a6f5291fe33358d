import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { MAX_SHIFT, shiftBy, shiftImage, shiftInto, shiftSet, SHIFT_DIRECTIONS } from './shift-image.ts';

const at = (row: number, col: number) => row * 28 + col;

describe('shiftImage', () => {
  it('moves each pixel dx right and dy down, filling with paper', () => {
    const image = new Float32Array(IMAGE_SIZE);
    image[at(10, 12)] = 1;
    image[at(0, 0)] = 0.5;
    const moved = shiftImage(image, { dx: 3, dy: -2 });
    expect(moved[at(8, 15)]).toBe(1);
    expect(moved[at(10, 12)]).toBe(0);
    // The pixel at the top left went off the top: nothing of it is left.
    expect(moved.reduce((a, v) => a + v, 0)).toBe(1);
    expect(image[at(10, 12)]).toBe(1);
  });

  it('names the four directions as the buttons do, and moves back to the start', () => {
    const image = new Float32Array(IMAGE_SIZE).map((_, i) => (i % 28 >= 4 && i % 28 < 24 && i >= 4 * 28 && i < 24 * 28 ? (i % 7) / 7 : 0));
    for (const direction of Object.keys(SHIFT_DIRECTIONS) as (keyof typeof SHIFT_DIRECTIONS)[]) {
      const there = shiftImage(image, shiftBy(direction, MAX_SHIFT));
      const { dx, dy } = shiftBy(direction, -MAX_SHIFT);
      expect(shiftImage(there, { dx, dy })).toEqual(image);
    }
    expect(shiftBy('left', 2)).toEqual({ dx: -2, dy: 0 });
    expect(shiftBy('down', 4)).toEqual({ dx: 0, dy: 4 });
  });

  it('moves a whole set of bytes the same way, image by image', () => {
    const images = new Uint8Array(2 * IMAGE_SIZE);
    images[at(5, 5)] = 200;
    images[IMAGE_SIZE + at(27, 27)] = 9;
    const moved = shiftSet({ images, labels: new Uint8Array([1, 2]), count: 2 }, { dx: -1, dy: 0 });
    expect(moved.images[at(5, 4)]).toBe(200);
    expect(moved.images[IMAGE_SIZE + at(27, 26)]).toBe(9);
    expect(moved.images.reduce((a, v) => a + v, 0)).toBe(209);
    const one = new Uint8Array(IMAGE_SIZE);
    shiftInto(images.subarray(0, IMAGE_SIZE), { dx: 0, dy: 0 }, one);
    expect(one).toEqual(images.subarray(0, IMAGE_SIZE));
  });
});
