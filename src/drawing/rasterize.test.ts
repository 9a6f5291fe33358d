import { describe, expect, it } from 'vitest';
import { BRUSH_WIDTH, PAD_SIZE } from './brush.ts';
import { rasterizeStrokes } from './rasterize.ts';

const at = (pad: Float32Array, x: number, y: number, size = PAD_SIZE) => pad[y * size + x];
const sum = (pad: Float32Array) => pad.reduce((a, b) => a + b, 0);

describe('rasterizeStrokes', () => {
  it('leaves the pad blank when nothing is drawn', () => {
    expect(sum(rasterizeStrokes([]))).toBe(0);
    expect(sum(rasterizeStrokes([[]]))).toBe(0);
  });

  it('draws a tap as a round dot of the brush diameter', () => {
    const pad = rasterizeStrokes([[{ x: 140, y: 140 }]]);
    const r = BRUSH_WIDTH / 2;
    expect(at(pad, 140, 140)).toBe(1);
    expect(at(pad, 140 + Math.floor(r) - 2, 140)).toBe(1);
    expect(at(pad, 140 + Math.ceil(r) + 1, 140)).toBe(0);
    // A disc's area, to within the anti-aliased rim.
    expect(sum(pad)).toBeCloseTo(Math.PI * r * r, -1);
  });

  it('draws a segment as a capsule with a grey one-pixel edge', () => {
    // The line runs through the centres of row 100 (y = 100.5); the brush radius is 10.
    const pad = rasterizeStrokes([[{ x: 50, y: 100.5 }, { x: 200, y: 100.5 }]], PAD_SIZE, 20);
    expect(at(pad, 120, 100)).toBe(1);
    expect(at(pad, 120, 91)).toBe(1); // centre 9 px away
    expect(at(pad, 120, 90)).toBeCloseTo(0.5, 5); // centre 10 px away, on the edge: half covered
    expect(at(pad, 120, 110)).toBeCloseTo(0.5, 5);
    expect(at(pad, 120, 89)).toBe(0);
    expect(at(pad, 59, 100)).toBe(1); // round cap beyond the end point
    expect(sum(pad)).toBeCloseTo(150 * 20 + Math.PI * 100, -1);
  });

  it('keeps coverage in [0, 1] where strokes cross, and clips at the pad edge', () => {
    const pad = rasterizeStrokes([
      [{ x: -40, y: 140 }, { x: 320, y: 140 }],
      [{ x: 140, y: -40 }, { x: 140, y: 320 }, { x: 139, y: 141 }],
    ]);
    expect(Math.max(...pad)).toBe(1);
    expect(Math.min(...pad)).toBe(0);
    expect(at(pad, 0, 140)).toBe(1);
    expect(at(pad, 279, 140)).toBe(1);
  });

  it('ignores points that are not numbers instead of smearing ink', () => {
    const pad = rasterizeStrokes([[{ x: 100, y: 100 }, { x: Number.NaN, y: 5 }]]);
    expect(sum(pad)).toBeCloseTo(sum(rasterizeStrokes([[{ x: 100, y: 100 }]])), 5);
  });
});
