import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnyBinaryModel } from '../src/nn/binary-model.ts';
import { isConvNetwork } from '../src/nn/conv/any-network.ts';
import { formatModel } from '../src/nn/conv/parse-model.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { accuracyOfModelFile } from './measure-shift/shift-models.ts';
import { parseTrainArgs } from './train/train-args.ts';

const file = (name: string) => new Uint8Array(readFileSync(new URL(`../public/models/${name}`, import.meta.url)));
/** The training command at the top of a results file (`$ npm run train -- …`), as its arguments. */
const commandIn = (results: string) => {
  const line = readFileSync(new URL(`../results/${results}`, import.meta.url), 'utf8').split('\n').find((l) => l.startsWith('$ npm run train -- '))!;
  return line.slice('$ npm run train -- '.length).match(/"[^"]*"|\S+/g)!.map((arg) => arg.replace(/^"|"$/g, ''));
};

describe('the ready models the page ships', () => {
  it('ready.bin is the convolutional model its recorded command trains, small enough for a first visit, and reads MNIST as its record says', async () => {
    const bytes = file('ready.bin');
    // int8-scaled: 86,218 bytes, against 171,840 in float16 and 159,508 for the fully connected one before it.
    expect(bytes.length).toBeLessThan(100_000);
    const { net, config, metrics } = parseAnyBinaryModel(bytes);
    const { config: asked, save, model, data } = parseTrainArgs(commandIn('ready-model.txt'));
    expect(save).toBe('public/models/ready.json');
    expect(isConvNetwork(net) && formatModel(net.spec)).toBe(model && formatModel(model));
    expect(data).toMatchObject({ drawn: true, drawnWriters: { from: 1, to: 30 }, augment: true, expand: false });
    expect(config).toMatchObject({ eta: asked.eta, batchSize: asked.batchSize, epochs: asked.epochs, seed: asked.seed, lambda: asked.lambda, activation: asked.activation, cost: asked.cost });
    expect(metrics?.trainingData).toMatch(/^mnist\+drawn writers 1-30 .*augmented/);
    const { test } = loadMnistFromDisk();
    const accuracy = (await accuracyOfModelFile(bytes))(test);
    // The 99.46% the file records for its own int8 weights (README), and issue 21's target of 99.3%.
    expect(accuracy).toBeCloseTo(Number(metrics?.finalTestAccuracy), 6);
    expect(accuracy).toBeGreaterThanOrEqual(0.993);
  });

  it('ready-dense.bin is the fully connected [784, 100, 10] the views for single neurons use', () => {
    const { net, metrics } = parseAnyBinaryModel(file('ready-dense.bin'));
    expect(!isConvNetwork(net) && net.layers).toEqual([784, 100, 10]);
    expect(metrics?.finalTestAccuracy).toBe(0.9859);
  });
});
