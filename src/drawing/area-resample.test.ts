import { describe, expect, it } from 'vitest';
import { areaResample, areaWeights } from './area-resample.ts';

describe('area resampling', () => {
  it('averages each destination pixel over exactly its preimage', () => {
    // 9 source pixels onto destination span [0.2, 3.8): pixels 0 and 3 are partly covered, 4 not.
    const { first, weights } = areaWeights(9, 0.4, 0.2, 5);
    const sums = weights.map((w) => w.reduce((a, b) => a + b, 0));
    expect(sums[0]).toBeCloseTo(0.8, 6);
    expect(sums[1]).toBeCloseTo(1, 6);
    expect(sums[2]).toBeCloseTo(1, 6);
    expect(sums[3]).toBeCloseTo(0.8, 6);
    expect(weights[4]).toHaveLength(0);
    expect(Array.from(first.subarray(0, 3))).toEqual([0, 2, 4]);
  });

  it('keeps the total ink, scaled by the area ratio, with grey edges where pixels are cut', () => {
    const size = 10;
    const src = new Float32Array(size * size).fill(1);
    const axis = areaWeights(size, 0.25, 0.5, 4);
    const out = areaResample(src, size, 0, 0, axis, axis, size, 4);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(size * size * 0.25 * 0.25, 5);
    expect(out[1 * 4 + 1]).toBeCloseTo(1, 6);
    expect(out[0]).toBeCloseTo(0.25, 6);
  });
});
