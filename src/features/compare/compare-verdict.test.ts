import { describe, expect, it } from 'vitest';
import { FRAMEWORK_DEFAULTS, MATCHED_TO_BOOK, type CompareSide, type SideEpoch } from './sides/compare-api.ts';
import { compareVerdict, sideSummary } from './compare-verdict.ts';

const epochs = (side: CompareSide, ...accuracies: number[]): SideEpoch[] =>
  accuracies.map((testAccuracy, i) => ({ side, epoch: i + 1, testAccuracy, testCost: 0.1, seconds: 1, examplesPerSecond: 1000 }));

describe('the compare verdict', () => {
  it('says nothing before both sides finished an epoch', () => {
    expect(compareVerdict(epochs('ours', 0.9), [], { framework: FRAMEWORK_DEFAULTS })).toBeNull();
  });

  it('compares the last epoch both finished and suggests matching the book when the framework lags', () => {
    const verdict = compareVerdict(epochs('ours', 0.9, 0.956), epochs('framework', 0.861), { framework: FRAMEWORK_DEFAULTS });
    expect(verdict).toBe('After epoch 1: ours 90.00%, TF.js 86.10%: a gap of 3.9 points. Choose “Matched to the book” and run again to close it.');
  });

  it('calls a gap within half a point the same mathematics when the settings match', () => {
    expect(compareVerdict(epochs('ours', 0.9557), epochs('framework', 0.9531), { framework: MATCHED_TO_BOOK })).toContain('within 0.3 points, the same mathematics');
  });

  it('says so when TF.js is ahead, or a gap stays with matched settings', () => {
    expect(compareVerdict(epochs('ours', 0.8), epochs('framework', 0.9), { framework: FRAMEWORK_DEFAULTS })).toContain('TF.js ahead by 10.0 points. Choose “Matched');
    expect(compareVerdict(epochs('ours', 0.95), epochs('framework', 0.9), { framework: MATCHED_TO_BOOK })).toContain('a gap of 5.0 points, even with matched settings');
  });

  it('for a convolutional network, ignores the cost toggle (one reduction on both sides) and blames no plateau', () => {
    const model = 'conv 4@5x5, pool 2, 10';
    const meanCost = { ...MATCHED_TO_BOOK, costReduction: 'framework-mean' as const };
    expect(compareVerdict(epochs('ours', 0.951), epochs('framework', 0.95), { framework: meanCost, model })).toContain('the same mathematics computed twice');
    const gap = compareVerdict(epochs('ours', 0.95), epochs('framework', 0.9), { framework: meanCost, model });
    expect(gap).toContain('even with matched settings');
    expect(gap).not.toContain('plateau');
    expect(compareVerdict(epochs('ours', 0.95), epochs('framework', 0.9), { framework: FRAMEWORK_DEFAULTS, model })).toContain('Choose “Matched to the book”');
  });

  it('sums a side up for the live region', () => {
    const state = { status: 'training' as const, engine: 'x', progress: null, epochs: epochs('framework', 0.5), message: null };
    expect(sideSummary('framework', state, 30)).toBe('TF.js: training, epoch 1 of 30, test accuracy 50.00%.');
    expect(sideSummary('ours', { ...state, status: 'error', epochs: [], message: 'no MNIST' }, 30)).toBe('Ours: failed: no MNIST.');
  });
});
