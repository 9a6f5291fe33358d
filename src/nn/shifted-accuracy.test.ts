import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { accuracyByShift, shiftedAccuracy } from './shifted-accuracy.ts';

// One image with a single ink pixel at (row 10, column 10); a "network" that is right only while the ink stays there.
const at = 10 * 28 + 10;
const images = new Uint8Array(IMAGE_SIZE);
images[at] = 255;
const set: LabelledImages = { images, labels: new Uint8Array([0]), count: 1 };
const inPlace = (s: LabelledImages) => (s.images[at] === 255 ? 1 : 0);
// Right while the ink is in the left half: moving right loses it (column 10 + k ≥ 14 from k = 4).
const leftHalf = (s: LabelledImages) => (s.images.slice(0, IMAGE_SIZE).findIndex((v) => v > 0) % 28 < 14 ? 1 : 0);

describe('shiftedAccuracy', () => {
  it('is the plain accuracy unmoved, and the mean over left, right, up and down when moved', () => {
    expect(shiftedAccuracy(inPlace, set, 0)).toBe(1);
    expect(shiftedAccuracy(inPlace, set, 1)).toBe(0);
    expect(shiftedAccuracy(leftHalf, set, 3)).toBe(1);
    // Moved 4 right, the ink is at column 14: one direction of four is wrong.
    expect(shiftedAccuracy(leftHalf, set, 4)).toBe(0.75);
    expect(accuracyByShift(leftHalf, set)).toEqual([1, 1, 1, 1, 0.75]);
  });
});
