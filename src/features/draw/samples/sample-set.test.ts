import { describe, expect, it } from 'vitest';
import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { pickSampleSet } from './sample-set.ts';

const digits: DrawnDigit[] = Array.from({ length: 200 }, (_, i) => ({ label: i % 10, writer: i % 7, strokes: [[[i / 200, 0], [0, 1]]] }));

describe('pickSampleSet', () => {
  it('gives one digit of each label, in label order', () => {
    expect(pickSampleSet(digits, 1).map((d) => d.label)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives the same set for the same seed and another set for another seed', () => {
    expect(pickSampleSet(digits, 1)).toEqual(pickSampleSet(digits, 1));
    expect(pickSampleSet(digits, 2)).not.toEqual(pickSampleSet(digits, 1));
  });

  it('leaves out a label it has no digit for', () => {
    expect(pickSampleSet(digits.filter((d) => d.label !== 3), 1).map((d) => d.label)).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9]);
  });
});
