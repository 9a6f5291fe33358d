import { describe, expect, it } from 'vitest';
import { BRUSH_WIDTH, PAD_SIZE } from '../drawing/brush.ts';
import { strokePaths } from './stroke-paths.ts';

describe('strokePaths', () => {
  it('draws each stroke of two points or more as a line and each tap as a dot, with the pad’s brush', () => {
    const { lines, dots, viewBox, width } = strokePaths([
      [{ x: 10, y: 20 }, { x: 30.04, y: 40.06 }, { x: 50, y: 60 }],
      [{ x: 140, y: 140 }],
      [{ x: 1, y: 2 }, { x: 3, y: 4 }],
    ]);
    expect(lines).toBe('M10 20L30 40.1L50 60M1 2L3 4');
    expect(dots).toEqual([[140, 140]]);
    expect(viewBox).toBe(`0 0 ${PAD_SIZE} ${PAD_SIZE}`);
    expect(width).toBe(BRUSH_WIDTH);
  });

  it('draws nothing for an empty drawing', () => {
    expect(strokePaths([])).toMatchObject({ lines: '', dots: [] });
  });
});
