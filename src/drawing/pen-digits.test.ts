import { describe, expect, it } from 'vitest';
import { PAD_SIZE } from './brush.ts';
import { DRAWN_DIGIT_FRACTION, penDigitToStrokes } from './pen-digits.ts';

describe('penDigitToStrokes', () => {
  it('draws the 0..1 box as a centred square of two thirds of the pad, keeping strokes apart', () => {
    const strokes = penDigitToStrokes([[[0, 0], [1, 1]], [[0.5, 0.5]]]);
    const side = DRAWN_DIGIT_FRACTION * PAD_SIZE;
    const margin = (PAD_SIZE - side) / 2;
    expect(strokes).toEqual([
      [{ x: margin, y: margin }, { x: margin + side, y: margin + side }],
      [{ x: PAD_SIZE / 2, y: PAD_SIZE / 2 }],
    ]);
    expect(side / PAD_SIZE).toBeGreaterThanOrEqual(0.6);
    expect(side / PAD_SIZE).toBeLessThanOrEqual(0.7);
  });

  it('scales to another pad size', () => {
    expect(penDigitToStrokes([[[0.5, 1]]], 100)).toEqual([[{ x: 50, y: 50 + DRAWN_DIGIT_FRACTION * 50 }]]);
  });
});

describe('penDigitToStrokes with a placement', () => {
  it('maps the 0..1 box onto the given square', () => {
    expect(penDigitToStrokes([[[0, 0], [1, 0.5]]], PAD_SIZE, { side: 100, left: 30, top: 40 })).toEqual([[{ x: 30, y: 40 }, { x: 130, y: 90 }]]);
  });
});
