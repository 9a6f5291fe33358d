import { describe, expect, it } from 'vitest';
import { scheduledEta } from './lr-schedule.ts';

describe('scheduledEta', () => {
  it('keeps eta constant when asked to', () => {
    expect([0, 10, 29].map((e) => scheduledEta(e, 30, 0.5, 'constant'))).toEqual([0.5, 0.5, 0.5]);
  });

  it('divides eta by 10 for the last 20% of the epochs', () => {
    const etas = Array.from({ length: 30 }, (_, e) => scheduledEta(e, 30, 0.5, 'step-decay'));
    expect(etas.slice(0, 24).every((eta) => eta === 0.5)).toBe(true);
    expect(etas.slice(24).every((eta) => eta === 0.05)).toBe(true);
  });

  it('decays at least the last epoch of a short run, and never a one-epoch run', () => {
    expect([0, 1, 2].map((e) => scheduledEta(e, 3, 1, 'step-decay'))).toEqual([1, 1, 0.1]);
    expect(scheduledEta(0, 1, 1, 'step-decay')).toBe(1);
  });
});
