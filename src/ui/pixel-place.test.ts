import { describe, expect, it } from 'vitest';
import { placeOf } from './pixel-place.ts';

describe('a pixel’s place in words', () => {
  it('names the third of the image, down and across', () => {
    expect(placeOf(0)).toBe('top left');
    expect(placeOf(27)).toBe('top right');
    expect(placeOf(14 * 28 + 14)).toBe('centre');
    expect(placeOf(14 * 28)).toBe('middle left');
    expect(placeOf(27 * 28 + 13)).toBe('bottom centre');
    expect(placeOf(28 * 28 - 1)).toBe('bottom right');
  });
});
