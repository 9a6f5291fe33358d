import type { Stroke } from './strokes.ts';

/** Hand-made digits in a 0..1 box (y down), the shape of the drawn-digits file, for tests. */
export const TEST_DIGITS = {
  two: [[[0.1, 0.25], [0.2, 0.08], [0.4, 0], [0.62, 0.02], [0.78, 0.15], [0.78, 0.35], [0.6, 0.55], [0.3, 0.8], [0.1, 1], [0.5, 0.98], [0.9, 1]]],
  four: [[[0.6, 0], [0.05, 0.65], [0.95, 0.65]], [[0.7, 0.2], [0.68, 1]]],
  seven: [[[0.05, 0.02], [0.9, 0], [0.6, 0.45], [0.4, 1]]],
};

/** A digit drawn with its 0..1 box at (left, top) on the pad, `side` px wide. */
export function placeDigit(digit: number[][][], side: number, left: number, top: number): Stroke[] {
  return digit.map((stroke) => stroke.map(([x, y]) => ({ x: left + x * side, y: top + y * side })));
}
