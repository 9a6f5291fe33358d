import { describe, expect, it } from 'vitest';
import { parseCompareArgs } from './compare-args.ts';

describe('npm run compare --layers', () => {
  it('reads layer sizes as the fully connected network, and a description with a conv layer as a convolutional one', () => {
    expect(parseCompareArgs(['--layers', '784,30,10']).config).not.toHaveProperty('model');
    const { config } = parseCompareArgs(['--layers', 'conv 20@5x5, pool 2, 100, 10', '--activation', 'relu', '--eta', '0.1']);
    expect(config).toMatchObject({ model: 'conv 20@5x5, pool 2, 100, 10', activation: 'relu', eta: 0.1 });
    expect(parseCompareArgs(['--layers', 'conv 8@5x5, pool 2, 10']).config.activation).toBe('sigmoid');
  });

  it('refuses what it cannot compare, in the parser’s words', () => {
    expect(() => parseCompareArgs(['--layers', 'conv 8@5x5, pool 3, 10'])).toThrow('Cannot compare: pool 3: pooling is 2x2.');
    expect(() => parseCompareArgs(['--activation', 'relu'])).toThrow(/--activation is for a convolutional network/);
    expect(() => parseCompareArgs(['--layers', 'conv 8@5x5, pool 2, 10', '--activation', 'tanh'])).toThrow('--activation tanh: expected one of sigmoid, relu');
  });
});
