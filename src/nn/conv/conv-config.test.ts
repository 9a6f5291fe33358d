import { describe, expect, it } from 'vitest';
import { configProblems } from '../config-limits.ts';
import { DEFAULT_CONFIG } from '../types.ts';

describe('a config with a convolutional description', () => {
  it('is valid when the one parser reads it within MODEL_LIMITS', () => {
    expect(configProblems({ ...DEFAULT_CONFIG, model: 'conv 20@5x5, pool 2, 100, 10' })).toEqual({});
    expect(configProblems({ ...DEFAULT_CONFIG, model: 'conv 8@5x5, pool 2, 10' })).toEqual({});
  });

  it('leaves an older config, without a description, as it was', () => {
    const { model: _, ...old } = { ...DEFAULT_CONFIG, model: undefined };
    expect(configProblems(old)).toEqual({});
  });

  it.each([
    ['conv 20@4x4, pool 2, 10', /kernels are 3x3 or 5x5/],
    ['conv 20@5x5, pool 2, 100', /last layer must be 10 neurons/],
    ['conv 100@5x5, pool 2, 10', /1 to 64 feature maps/],
    ['conv 20@5x5, pool 3, 10', /pooling is 2x2/],
    ['convolution, 10', /is not a layer/],
    ['784, 30, 10', /starts with a convolutional layer/],
    ['conv 20@5x5, '.repeat(20) + '10', /longer than 200 characters/],
  ])('refuses "%s" in one sentence', (model, message) => {
    expect(configProblems({ ...DEFAULT_CONFIG, model }).model).toMatch(message);
  });

  it('refuses a description that is not text', () => {
    expect(configProblems({ ...DEFAULT_CONFIG, model: 42 }).model).toMatch(/must be text/);
  });
});
