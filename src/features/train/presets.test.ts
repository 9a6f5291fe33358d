import { describe, expect, it } from 'vitest';
import { configProblems } from '../../nn/config-limits.ts';
import { matchingPreset, PRESETS } from './presets.ts';

describe('presets', () => {
  it('are all within the limits', () => {
    for (const preset of PRESETS) expect(configProblems(preset.config), preset.id).toEqual({});
  });

  it('tell a convolutional network from the fully connected one whose layers it keeps aside', () => {
    const conv = PRESETS.find((p) => p.id === 'conv-quick')!.config;
    expect(matchingPreset({ ...conv, epochs: 1, trainSize: 1000 })?.id).toBe('conv-quick');
    expect(matchingPreset({ ...conv, model: 'CONV 8 @ 5x5,pool 2,  10' })?.id).toBe('conv-quick');
    const { model: _, ...dense } = conv;
    expect(matchingPreset(dense)).toBeUndefined();
    expect(matchingPreset({ ...conv, model: 'conv 9@5x5, pool 2, 10' })).toBeUndefined();
  });
});
