import { describe, expect, it } from 'vitest';
import { formatDuration } from './format.ts';

describe('durations in words', () => {
  it('a run of a few seconds says tenths, never "0 s"', () => {
    expect(formatDuration(0.01)).toBe('under 0.1 s');
    expect(formatDuration(0.34)).toBe('0.3 s');
    expect(formatDuration(9.9)).toBe('9.9 s');
  });

  it('longer ones count whole seconds, then minutes, then hours', () => {
    expect(formatDuration(12.4)).toBe('12 s');
    expect(formatDuration(75)).toBe('1 min 15 s');
    expect(formatDuration(3_720)).toBe('1 h 02 min');
  });
});
