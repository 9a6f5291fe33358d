import { describe, expect, it } from 'vitest';
import { createNetwork, type Network } from './network.ts';
import { createTsEngine } from './training-engine.ts';
import { createTrainingSession, type TrainingSession } from './training-session.ts';
import { DEFAULT_CONFIG, type TrainConfig } from './types.ts';
import { randomImages } from './wasm/test-data.ts';
import { planEpochData } from '../training-data/epoch-data.ts';

// Every moving part: L2 decay, a step-down schedule, augmented epochs (a new set each epoch), a short last mini-batch.
const config: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 12, 10], batchSize: 7, epochs: 4, trainSize: 40, lambda: 0.5, seed: 9, augment: true, lrSchedule: 'step-decay' };
const mnist = randomImages(50, 3);

function start(now?: () => number): { session: TrainingSession; net: Network } {
  const net = createNetwork(config, config.init, config.seed);
  const session = createTrainingSession({ engine: createTsEngine(net, config.batchSize), config, plan: planEpochData(config, mnist, null), net, now });
  return { session, net };
}

const sameWeights = (a: Network, b: Network) =>
  [...a.weights, ...a.biases].every((w, i) => Buffer.from(w.buffer).equals(Buffer.from([...b.weights, ...b.biases][i].buffer)));

describe('the training session', () => {
  it('Step trains exactly one mini-batch', () => {
    const { session, net } = start();
    const before = createNetwork(config, config.init, config.seed);
    const step = session.stepBatches(1);
    expect(step).toMatchObject({ batches: 1, examples: 7, epochEnded: false, diverged: false });
    expect(step.costSum).toBeGreaterThan(0);
    expect(session.examples).toBe(7);
    expect(session.position).toBe(7);
    expect(sameWeights(net, before)).toBe(false);
    session.stepBatches(1);
    expect(session.examples).toBe(14);
  });

  it('a run at Watch speed (one mini-batch at a time) ends with the same weights as at full speed', () => {
    let t = 0;
    // A clock that moves 1 ms per reading, so the budgeted steps take several chunks.
    const full = start(() => t++);
    while (!full.session.done) full.session.step(5);
    const watch = start();
    while (!watch.session.done) watch.session.stepBatches(1);
    // Watch, then Full, then Watch again: the speed changes, the run does not.
    const mixed = start(() => t++);
    for (let i = 0; !mixed.session.done; i++) {
      if (i % 9 < 4) mixed.session.stepBatches(1);
      else mixed.session.step(3);
    }
    expect(watch.session.examples).toBe(4 * 40);
    expect(full.session.examples).toBe(4 * 40);
    expect(sameWeights(full.net, watch.net)).toBe(true);
    expect(sameWeights(mixed.net, watch.net)).toBe(true);
  });

  it('stops each step at the end of an epoch, the last mini-batch smaller', () => {
    const { session } = start();
    const sizes: number[] = [];
    let step;
    do sizes.push((step = session.stepBatches(1)).examples);
    while (!step.epochEnded);
    expect(sizes).toEqual([7, 7, 7, 7, 7, 5]);
    expect(session.stepBatches(100)).toMatchObject({ batches: 6, examples: 40, epochEnded: true });
    expect(session.epoch).toBe(2);
  });

  it('steps the learning rate down for the last epoch, from the rate set last', () => {
    const { session } = start();
    session.stepBatches(100);
    session.setLearningRate(2);
    expect(session.eta).toBe(2);
    session.stepBatches(100);
    session.stepBatches(100);
    session.stepBatches(1);
    expect(session.epoch).toBe(3);
    expect(session.eta).toBeCloseTo(0.2, 10);
  });

  it('says when the cost diverges', () => {
    const engine = { setTrainingData: () => {}, trainBatch: () => NaN };
    const session = createTrainingSession({ engine, config, plan: planEpochData(config, mnist, null) });
    expect(session.step(1).diverged).toBe(true);
  });
});
