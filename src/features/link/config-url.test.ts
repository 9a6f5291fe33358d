import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type TrainConfig } from '../../nn/types.ts';
import { configFromSearch, configToSearch } from './config-url.ts';

const ch3: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 100, 10], cost: 'cross-entropy', init: 'scaled', eta: 0.5, lambda: 5, epochs: 12, trainSize: 20_000, seed: 42 };

describe('config links', () => {
  it('round-trips every setting and the seed', () => {
    const search = configToSearch(ch3);
    expect(search).toContain('layers=784-100-10');
    expect(search).toContain('seed=42');
    expect(configFromSearch(`?${search}`, DEFAULT_CONFIG)).toEqual({ config: ch3, found: true, ignored: [] });
  });

  it('keeps the base config for a link without settings', () => {
    expect(configFromSearch('?utm_source=chat', DEFAULT_CONFIG)).toEqual({ config: DEFAULT_CONFIG, found: false, ignored: [] });
  });

  it('ignores each value out of range or unreadable, naming it, and applies the rest', () => {
    const { config, ignored } = configFromSearch('?eta=99&batch=0&epochs=2.5&seed=-1&layers=784-5000-10&cost=hinge&lambda=abc&train=&activation=tanh&init=scaled', DEFAULT_CONFIG);
    expect(config).toEqual({ ...DEFAULT_CONFIG, activation: 'tanh', init: 'scaled' });
    expect(ignored).toHaveLength(8);
    expect(ignored[0]).toMatch(/^layers=784-5000-10: layers must be/);
    expect(ignored.find((line) => line.startsWith('eta='))).toBe('eta=99: learning rate must be from 0.001 to 10, got 99');
  });

  it('accepts up to three hidden layers written with commas', () => {
    expect(configFromSearch('?layers=784,60,30,10', DEFAULT_CONFIG).config.layers).toEqual([784, 60, 30, 10]);
  });
});

describe('a link to a convolutional network', () => {
  const conv = { ...DEFAULT_CONFIG, model: 'conv 8@5x5, pool 2, 10' };

  it('carries the description and reads it back', () => {
    const { config, ignored } = configFromSearch(configToSearch(conv), DEFAULT_CONFIG);
    expect(ignored).toEqual([]);
    expect(config.model).toBe('conv 8@5x5, pool 2, 10');
  });

  it('ignores a description past the limits, saying why in one sentence', () => {
    const { config, ignored } = configFromSearch('model=conv+8%407x7%2C+10', DEFAULT_CONFIG);
    expect(config.model).toBeUndefined();
    expect(ignored).toEqual(['model=conv 8@7x7, 10: conv 8@7x7: kernels are 3x3 or 5x5']);
  });

  it('leaves a link from before, with layers only, a fully connected network', () => {
    expect(configFromSearch('layers=784-30-10', conv).config.model).toBeUndefined();
  });
});
