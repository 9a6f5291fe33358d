import { describe, expect, it } from 'vitest';
import { TEST_DIGITS } from '../drawing/test-digits.ts';
import { createRng } from '../nn/rng.ts';
import { createPoolRenderer, renderPenDigit, renderPool } from './render-pen-digit.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const digits = Object.values(TEST_DIGITS).map((strokes, i) => ({ label: i, writer: 1, strokes }));

describe('renderPenDigit', () => {
  it('writes 784 bytes with full ink, centred by mass, at the offset asked', () => {
    const out = new Uint8Array(2 * IMAGE_SIZE);
    expect(renderPenDigit(TEST_DIGITS.seven, createRng(1), out, 784)).toBe(true);
    const image = out.subarray(IMAGE_SIZE);
    expect(out.subarray(0, 784).every((v) => v === 0)).toBe(true);
    expect(Math.max(...image)).toBe(255);
    let mass = 0;
    let x = 0;
    let y = 0;
    image.forEach((v, i) => ((mass += v), (x += v * (i % 28)), (y += v * Math.floor(i / 28))));
    expect(x / mass).toBeCloseTo(14, 0);
    expect(y / mass).toBeCloseTo(14, 0);
  });

  it('draws the same digit differently each time, and the same way for the same seed', () => {
    const render = (rng: ReturnType<typeof createRng>) => {
      const out = new Uint8Array(IMAGE_SIZE);
      renderPenDigit(TEST_DIGITS.two, rng, out);
      return out;
    };
    const rng = createRng(5);
    const a = render(rng);
    expect(render(rng)).not.toEqual(a);
    expect(render(createRng(5))).toEqual(a);
  });

  it('gives nothing for a digit with no strokes', () => {
    expect(renderPenDigit([], createRng(1), new Uint8Array(784))).toBe(false);
  });
});

describe('renderPool', () => {
  it('renders each digit `variants` times, digit by digit, with its label', () => {
    const pool = renderPool([...digits, { label: 9, writer: 2, strokes: [] }], 2, createRng(3));
    expect(pool.count).toBe(6);
    expect(Array.from(pool.labels)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(pool.images).toHaveLength(6 * 784);
  });

  it('gives the same pool rendered in slices as in one go', () => {
    const renderer = createPoolRenderer(digits, 2, createRng(3));
    expect(renderer.renderSome(2)).toBe(false);
    expect(renderer.done).toBe(2);
    expect(renderer.renderSome(5)).toBe(true);
    expect(renderer.pool()).toEqual(renderPool(digits, 2, createRng(3)));
  });
});
