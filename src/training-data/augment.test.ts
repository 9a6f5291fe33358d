import { describe, expect, it } from 'vitest';
import { createRng } from '../nn/rng.ts';
import { strokesToInput } from '../drawing/preprocess.ts';
import { placeDigit, TEST_DIGITS } from '../drawing/test-digits.ts';
import { augmentImage, DEFAULT_AFFINE } from './augment.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const toBytes = (image: Float32Array) => Uint8Array.from(image, (v) => Math.round(v * 255));

function centreOfMass(image: Uint8Array): { x: number; y: number; mass: number } {
  let mass = 0;
  let x = 0;
  let y = 0;
  image.forEach((v, i) => {
    mass += v;
    x += v * (i % 28);
    y += v * Math.floor(i / 28);
  });
  return { x: x / mass, y: y / mass, mass };
}

describe('augmentImage', () => {
  const digits = Object.values(TEST_DIGITS).map((d) => toBytes(strokesToInput(placeDigit(d, 182, 49, 49))!));

  it('keeps pixel values in [0, 1] (bytes 0-255, never wrapped) and the ink near the centre', () => {
    const rng = createRng(7);
    const out = new Uint8Array(IMAGE_SIZE);
    for (const image of digits) {
      const before = centreOfMass(image);
      for (let i = 0; i < 200; i++) {
        augmentImage(image, 0, out, 0, rng);
        const unit = Array.from(out, (v) => v / 255);
        expect(Math.min(...unit)).toBeGreaterThanOrEqual(0);
        expect(Math.max(...unit)).toBeLessThanOrEqual(1);
        const { x, y, mass } = centreOfMass(out);
        // Rotation and scale turn about (14, 14); only the shift (at most 1 px per axis) moves the ink.
        expect(Math.hypot(x - 14, y - 14)).toBeLessThan(Math.SQRT2 * DEFAULT_AFFINE.maxShift + 0.3);
        // The ink scales with the area, (1 +- 0.1)^2, and stays on the image.
        expect(mass / before.mass).toBeGreaterThan(0.75);
        expect(mass / before.mass).toBeLessThan(1.3);
      }
    }
  });

  it('leaves solid ink solid (no byte overflow) and an unchanged image unchanged', () => {
    const solid = new Uint8Array(IMAGE_SIZE).fill(255);
    const out = new Uint8Array(IMAGE_SIZE);
    augmentImage(solid, 0, out, 0, createRng(1));
    expect(out[14 * 28 + 14]).toBe(255);
    augmentImage(digits[0], 0, out, 0, createRng(1), { maxShift: 0, maxRotation: 0, maxScale: 0 });
    expect(out).toEqual(digits[0]);
  });

  it('gives the same distortions for the same seed', () => {
    const a = new Uint8Array(IMAGE_SIZE);
    const b = new Uint8Array(IMAGE_SIZE);
    augmentImage(digits[1], 0, a, 0, createRng(3));
    augmentImage(digits[1], 0, b, 0, createRng(3));
    expect(a).toEqual(b);
  });
});
