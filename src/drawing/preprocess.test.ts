import { describe, expect, it } from 'vitest';
import { PAD_SIZE } from './brush.ts';
import { preprocess, strokesToInput } from './preprocess.ts';
import { placeDigit, TEST_DIGITS } from './test-digits.ts';

/** A digit drawn the usual way: two thirds of the pad, centred. */
const typical = (digit: number[][][]) => strokesToInput(placeDigit(digit, 182, 49, 49))!;

function meanAbsDiff(a: Float32Array, b: Float32Array): number {
  return a.reduce((s, v, i) => s + Math.abs(v - b[i]), 0) / a.length;
}

function centreOfMass(image: Float32Array): { x: number; y: number } {
  let m = 0;
  let x = 0;
  let y = 0;
  image.forEach((v, i) => {
    m += v;
    x += v * (i % 28);
    y += v * Math.floor(i / 28);
  });
  return { x: x / m, y: y / m };
}

/** Rows and columns holding ink (> 0.5). */
function inkExtent(image: Float32Array): { width: number; height: number } {
  const cols = new Set<number>();
  const rows = new Set<number>();
  image.forEach((v, i) => v > 0.5 && (cols.add(i % 28), rows.add(Math.floor(i / 28))));
  return { width: cols.size, height: rows.size };
}

describe('strokesToInput', () => {
  it('gives nothing for an empty pad', () => {
    expect(strokesToInput([])).toBeNull();
    expect(strokesToInput([[], []])).toBeNull();
    expect(preprocess(new Float32Array(PAD_SIZE * PAD_SIZE), PAD_SIZE)).toBeNull();
  });

  it('gives 784 values in [0, 1], ink 1 and paper 0, centred by mass at (14, 14)', () => {
    for (const digit of Object.values(TEST_DIGITS)) {
      const image = typical(digit);
      expect(image).toHaveLength(784);
      expect(Math.min(...image)).toBe(0);
      expect(Math.max(...image)).toBeCloseTo(1, 3);
      const { x, y } = centreOfMass(image);
      expect(x).toBeCloseTo(14, 1);
      expect(y).toBeCloseTo(14, 1);
    }
  });

  it('scales the longer side of the ink to about 20 px and keeps the aspect ratio', () => {
    const tall = inkExtent(typical(TEST_DIGITS.seven));
    expect(tall.height).toBeGreaterThanOrEqual(19);
    expect(tall.height).toBeLessThanOrEqual(21);
    const oneStroke = inkExtent(strokesToInput([[{ x: 140, y: 40 }, { x: 140, y: 240 }]])!);
    expect(oneStroke.height).toBeGreaterThanOrEqual(19);
    expect(oneStroke.width).toBeLessThanOrEqual(4); // a thin "1", not stretched into a square
  });

  it('gives nearly the same image for the same digit drawn small, large or off-centre', () => {
    const variants = [
      { side: 140, left: 20, top: 30 }, // small, top left
      { side: 238, left: 21, top: 21 }, // large
      { side: 140, left: 120.3, top: 110.9 }, // small, bottom right
    ];
    for (const [name, digit] of Object.entries(TEST_DIGITS)) {
      const reference = typical(digit);
      for (const { side, left, top } of variants) {
        const image = strokesToInput(placeDigit(digit, side, left, top))!;
        // The brush keeps its width while the digit shrinks or grows, so strokes differ a little
        // in thickness; different digits differ by 0.18 or more on this measure.
        expect(meanAbsDiff(image, reference), `${name} at ${side} px`).toBeLessThan(0.05);
        for (const [other, otherDigit] of Object.entries(TEST_DIGITS)) {
          if (other !== name) expect(meanAbsDiff(image, typical(otherDigit))).toBeGreaterThan(0.15);
        }
      }
    }
  });

  it('gives the same image, to a few percent per pixel, for the same digit moved on the pad', () => {
    // Moves that keep the whole brush on the pad: ink past its edge is lost, as on a real canvas.
    for (const digit of Object.values(TEST_DIGITS)) {
      const reference = typical(digit);
      for (const [left, top] of [[80.5, 14.3], [17.7, 77.1], [12, 80.6]]) {
        const image = strokesToInput(placeDigit(digit, 182, left, top))!;
        expect(meanAbsDiff(image, reference)).toBeLessThan(0.01);
        expect(Math.max(...image.map((v, i) => Math.abs(v - reference[i])))).toBeLessThan(0.1);
      }
    }
  });

  it('turns a tap into a round dot in the middle', () => {
    const image = strokesToInput([[{ x: 60, y: 220 }]])!;
    expect(image[14 * 28 + 14]).toBe(1);
    expect(image[0]).toBe(0);
    const { x, y } = centreOfMass(image);
    expect(x).toBeCloseTo(14, 2);
    expect(y).toBeCloseTo(14, 2);
    const { width, height } = inkExtent(image);
    expect(width).toBe(height);
    expect(width).toBeGreaterThanOrEqual(19);
    expect(width).toBeLessThanOrEqual(21);
  });
});
