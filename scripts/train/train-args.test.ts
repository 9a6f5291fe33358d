import { describe, expect, it } from 'vitest';
import { configProblems } from '../../src/nn/config-limits.ts';
import { DEFAULT_CONFIG } from '../../src/nn/types.ts';
import { parseTrainArgs, USAGE } from './train-args.ts';

describe('the train command line', () => {
  it('reads a run within the app’s limits', () => {
    const { config } = parseTrainArgs(['--layers', '784,100,10', '--eta', '0.5', '--epochs', '2', '--seed', '7', '--train-size', '1000', '--cost', 'cross-entropy']);
    expect(config).toMatchObject({ layers: [784, 100, 10], eta: 0.5, epochs: 2, seed: 7, trainSize: 1000, cost: 'cross-entropy' });
    expect(configProblems(config)).toEqual({});
  });

  it('refuses an out-of-range value with the app’s own message', () => {
    const appSays = configProblems({ ...DEFAULT_CONFIG, eta: 50 }).eta;
    expect(appSays).toBe('learning rate must be from 0.001 to 10, got 50');
    expect(() => parseTrainArgs(['--eta', '50'])).toThrow(`--eta 50: ${appSays}`);
    expect(() => parseTrainArgs(['--train-size', '500'])).toThrow('--train-size 500: training-set size must be a whole number from 1000 to 50000, got 500');
    expect(() => parseTrainArgs(['--seed', '4294967295'])).toThrow(/--seed 4294967295: seed must be a whole number from 0 to 2147483647/);
    expect(() => parseTrainArgs(['--layers', '784,5,10'])).toThrow(/--layers 784,5,10: layers must be 784, then 1 to 3 hidden layers of 10 to 300 neurons/);
    expect(() => parseTrainArgs(['--batch', 'ten'])).toThrow('--batch ten: expected a number');
  });

  it('reads a convolutional network, with dropout, and the engine asked for', () => {
    const args = parseTrainArgs(['--layers', 'conv 20@5x5, pool 2, 100, 10', '--dropout', '0.5', '--train-size', '2000', '--epochs', '1']);
    expect(args.model?.layers).toEqual([{ kind: 'conv', maps: 20, kernel: 5 }, { kind: 'pool', size: 2 }, { kind: 'dense', size: 100 }, { kind: 'dense', size: 10 }]);
    expect(args.config.layers).toEqual([784, 11_520, 2_880, 100, 10]);
    expect(args).toMatchObject({ dropout: 0.5, config: { trainSize: 2000, epochs: 1 } });
    expect(parseTrainArgs(['--layers', 'conv 20@5x5, 10', '--engine', 'wasm'])).toMatchObject({ engine: 'wasm' });
    expect(parseTrainArgs(['--layers', 'conv 8@5x5, pool 2, 30, 10', '--save', 'm.bin'])).toMatchObject({ save: 'm.bin' });
    expect(parseTrainArgs(['--layers', '784,30,10'])).toMatchObject({ model: undefined, dropout: 0, config: { layers: [784, 30, 10] } });
  });

  it('refuses a convolutional run it cannot do, saying why', () => {
    expect(() => parseTrainArgs(['--layers', 'conv 20@3x3, pool 2, pool 2, 10'])).toThrow('--layers conv 20@3x3, pool 2, pool 2, 10: pool 2 needs an even size: the maps are 13×13 here');
    expect(() => parseTrainArgs(['--layers', 'conv 20@5x5, 10', '--dropout', '1'])).toThrow('--dropout 1: dropout must be from 0 to 0.9');
    expect(() => parseTrainArgs(['--dropout', '0.5'])).toThrow('--dropout: only a convolutional network (--layers "conv ...") has dropout');
  });

  it('says in its usage that the limits are the app’s', () => {
    expect(USAGE).toMatch(/limits are the app's/);
    expect(USAGE).toMatch(/--eta 3 +learning rate \(0\.001 to 10\)/);
  });
});
