import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatProbability, formatShortDate, formatTopOutput } from './format.ts';

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

describe('probabilities, as the bars and the answer sentence show them', () => {
  it('keeps one decimal near the ends, so the sentence agrees with a 99.6% bar', () => {
    expect([0.996, 0.55, 0.004, 0.05].map(formatProbability)).toEqual(['99.6%', '55%', '0.4%', '5.0%']);
  });

  it('the top output of a softmax layer is written as the bars write it, never a rounded 100%; a sigmoid one as an activation', () => {
    expect([formatTopOutput(0.99996, true), formatTopOutput(0.996, true), formatTopOutput(0.87, true), formatTopOutput(0.87, false)]).toEqual(['over 99.9%', '99.6%', '87%', 'output 0.87']);
  });

  it('never rounds to a 100% or 0% the network did not give', () => {
    expect([0.99996, 0.00001, 1, 0].map(formatProbability)).toEqual(['over 99.9%', 'under 0.1%', '100.0%', '0.0%']);
  });
});

describe('counts and days', () => {
  it('groups counts by thousands with commas, as Intl does in English, whole numbers only', () => {
    const english = new Intl.NumberFormat('en');
    for (const n of [0, 7, 999, 1000, 12_345, 50_000, 1_234_567, -4321, 999_999.6]) expect(formatCount(n)).toBe(english.format(Math.round(n)));
  });

  it('writes a day as "1 Dec", as British English does', () => {
    const british = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
    for (let month = 0; month < 12; month++) {
      const day = new Date(2026, month, 1 + month * 2);
      expect(formatShortDate(day)).toBe(british.format(day));
    }
  });
});
