import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIFT_FIGURES } from '../../src/features/learn/shift-figures.ts';
import type { LabelledImages } from '../../src/mnist/dataset.ts';
import { parseAnyBinaryModel } from '../../src/nn/binary-model.ts';
import { isConvNetwork } from '../../src/nn/conv/any-network.ts';
import { formatModel } from '../../src/nn/conv/parse-model.ts';
import { WHY_CONV_MODEL, WHY_CONV_MODEL_DESCRIPTION, whyConvCommand } from '../../src/nn/conv/why-conv-model.ts';
import { shiftedAccuracy } from '../../src/nn/shifted-accuracy.ts';
import { loadMnistFromDisk } from '../node-mnist.ts';
import { parseTrainArgs } from '../train/train-args.ts';
import { accuracyOfModelFile, SHIFT_MODELS } from './shift-models.ts';

// The real MNIST test set (run `npm run prepare-data` first), all 10,000 images: the figures are of all of them.
let test: LabelledImages;
beforeAll(() => {
  test = loadMnistFromDisk().test;
});

const bytesOf = (name: keyof typeof SHIFT_MODELS) => new Uint8Array(readFileSync(SHIFT_MODELS[name]));

describe('the step "Why convolution": its model and its figures', () => {
  it('public/models/why-conv.bin is what the documented command saves: its description, settings and size', () => {
    const bytes = bytesOf('conv');
    // A few tens of kB: it is fetched when the step opens.
    expect(bytes.length).toBeLessThan(30_000);
    const { net, config, metrics } = parseAnyBinaryModel(bytes);
    expect(isConvNetwork(net) && formatModel(net.spec)).toBe(WHY_CONV_MODEL_DESCRIPTION);
    const { config: asked, save } = parseTrainArgs([...WHY_CONV_MODEL.trainArgs]);
    expect(save).toBe(`public/models/${WHY_CONV_MODEL.file}`);
    // A convolutional model file keeps its layers in the description, not as sizes.
    const { layers: _sizes, ...settings } = asked;
    expect(config).toEqual(settings);
    expect(metrics?.trainingData).toBe('mnist');
    expect(readFileSync(new URL('../../docs/results.md', import.meta.url), 'utf8')).toContain(whyConvCommand());
  });

  it('the unmoved figures are each model file’s accuracy on the test set', async () => {
    for (const name of Object.keys(SHIFT_MODELS) as (keyof typeof SHIFT_MODELS)[]) {
      expect(shiftedAccuracy(await accuracyOfModelFile(bytesOf(name)), test, 0)).toBeCloseTo(SHIFT_FIGURES[name][0], 6);
    }
    expect(SHIFT_FIGURES.testImages).toBe(test.count);
  });

  it('moved 3 pixels (the step’s sentence), the figures are what the models read (else: npm run measure-shift)', async () => {
    for (const name of ['book', 'conv'] as const) {
      expect(shiftedAccuracy(await accuracyOfModelFile(bytesOf(name)), test, 3)).toBeCloseTo(SHIFT_FIGURES[name][3], 6);
    }
  }, 120_000);
});
