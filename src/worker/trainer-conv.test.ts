import { detectEngine } from '../nn/wasm/detect-engine.ts';
import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type MnistSplit } from '../mnist/dataset.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';
import type { TrainerEvent } from '../protocol/trainer-events.ts';
import { encodeBinaryModel } from '../nn/binary-model.ts';
import { serializeModel } from '../nn/serialize.ts';
import { createTrainer } from './trainer.ts';
import { stripes, until } from './trainer-test-data.ts';


const split: MnistSplit = { train: stripes(1000), validation: stripes(100), test: stripes(100) };
const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  model: 'conv 4@5x5, pool 2, 10',
  activation: 'relu',
  cost: 'log-likelihood',
  init: 'scaled',
  eta: 0.1,
  epochs: 2,
  trainSize: 1000,
};


async function loadedTrainer() {
  const events: TrainerEvent[] = [];
  const trainer = createTrainer(async () => split);
  trainer.connect((e) => events.push(e));
  await trainer.loadMnist();
  return { trainer, events };
}

const statuses = (events: TrainerEvent[]) => events.flatMap((e) => (e.kind === 'status' ? [e.status] : []));
const image = (digit: number) => Float32Array.from(stripes(10).images.subarray(IMAGE_SIZE * ((digit * 3) % 10), IMAGE_SIZE * ((digit * 3) % 10 + 1)), (v) => v / 255);

describe('the worker trainer with a convolutional network', () => {
  it('trains through the one session, reporting progress and epochs, and reads a digit', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.train(config);
    await until(() => statuses(events).includes('done'));
    const started = events.find((e) => e.kind === 'status' && e.status === 'training');
    expect(started).toMatchObject({ config: { model: 'conv 4@5x5, pool 2, 10' }, engine: { kind: detectEngine(), workers: 1 } });
    // The WebAssembly engines train a copy of the weights: the network the worker reads from is kept up to date.
    const epochs = events.filter((e) => e.kind === 'epoch');
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[1].test.accuracy).toBeGreaterThan(0.9);
    const probabilities = trainer.predict(image(1))!;
    // stripes(10)'s image 3 is digit 1 (3 * 7 mod 10): the network reads it.
    expect(probabilities.indexOf(Math.max(...probabilities))).toBe(1);
    expect(trainer.modelOutputKind()).toBe('softmax');
    // The fully connected views get no network rather than a wrong one; the inspect views get a copy.
    expect(trainer.getWeights()).toBeNull();
    const copy = trainer.copyModel()!;
    expect(copy).not.toBe(trainer.readAnyModel());
    expect(copy).toEqual(trainer.readAnyModel());
  });

  it('steps one mini-batch at a time (Watch and Step) and takes a new learning rate mid-run', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.stepOnce(config);
    await trainer.stepOnce(config);
    const perBatch = events.filter((e) => e.kind === 'progress' && e.perBatch);
    expect(perBatch.map((e) => (e.kind === 'progress' ? e.examples : 0))).toEqual([10, 20]);
    trainer.setLearningRate(0.05);
    trainer.resume();
    await until(() => statuses(events).includes('done'));
    expect(statuses(events).at(-1)).toBe('done');
  });

  it('refuses a description past the limits in one sentence', async () => {
    const { trainer } = await loadedTrainer();
    await expect(trainer.train({ ...config, model: 'conv 4@4x4, pool 2, 10' })).rejects.toThrow(/kernels are 3x3 or 5x5/);
  });

  it('fine-tunes a convolutional network on drawings: a short run from its own weights, of the same description', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.train({ ...config, epochs: 1 });
    await until(() => statuses(events).includes('done'));
    const before = trainer.predict(image(1))!;
    // A drawn 1: one vertical stroke down the middle of the pad.
    await trainer.fineTune([{ label: 1, strokes: [[{ x: 140, y: 40 }, { x: 140, y: 240 }]] }]);
    await until(() => statuses(events).filter((s) => s === 'done').length === 2);
    const started = events.filter((e) => e.kind === 'status' && e.status === 'training').at(-1);
    expect(started).toMatchObject({ purpose: 'fine-tune', config: { model: 'conv 4@5x5, pool 2, 10' } });
    // Its own weights went on learning: the answers moved, and no new network was drawn from the seed.
    expect(Array.from(trainer.predict(image(1))!)).not.toEqual(Array.from(before));
    expect(trainer.modelOutputKind()).toBe('softmax');
  });

  it('loads its own model file, JSON or binary, and reads the same digit the same', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.train({ ...config, epochs: 1 });
    await until(() => statuses(events).includes('done'));
    const trained = Array.from(trainer.predict(image(4))!);
    const net = trainer.readAnyModel()!;
    for (const file of [serializeModel(net, config), encodeBinaryModel(net, config)]) {
      const { trainer: other } = await loadedTrainer();
      expect(other.loadModel(file)).toMatchObject({ model: 'conv 4@5x5, pool 2, 10', config: { model: 'conv 4@5x5, pool 2, 10' } });
      expect(Array.from(other.predict(image(4))!)).toEqual(trained);
    }
  });
});
