import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MnistSplit } from '../mnist/dataset.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';
import type { TrainerEvent } from '../protocol/trainer-events.ts';
import { serializeModel } from '../nn/serialize.ts';
import { createTrainer } from './trainer.ts';
import { isConvNetwork } from '../nn/conv/any-network.ts';
import { stripes, until } from './trainer-test-data.ts';


const split: MnistSplit = { train: stripes(2000), validation: stripes(200), test: stripes(200) };
const config: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 20, 10], epochs: 2, trainSize: 2000 };


async function loadedTrainer() {
  const events: TrainerEvent[] = [];
  const trainer = createTrainer(async (onProgress) => {
    onProgress({ phase: 'download', loaded: 1, total: 1 });
    return split;
  });
  trainer.connect((e) => events.push(e));
  await trainer.loadMnist();
  return { trainer, events };
}

const statuses = (events: TrainerEvent[]) => events.flatMap((e) => (e.kind === 'status' ? [e.status] : []));

describe('the worker trainer', () => {
  it('trains to the end, reporting progress and per-epoch metrics', async () => {
    const { trainer, events } = await loadedTrainer();
    expect(events[0]).toMatchObject({ kind: 'load', phase: 'download' });
    trainer.train(config);
    await until(() => statuses(events).includes('done'));
    const epochs = events.filter((e) => e.kind === 'epoch');
    expect(epochs.map((e) => e.epoch)).toEqual([1, 2]);
    expect(epochs[1].test.accuracy).toBeGreaterThan(0.9);
    expect(epochs[1].test.total).toBe(200);
    const progress = events.filter((e) => e.kind === 'progress');
    expect(progress.at(-1)!.examples).toBe(4000);
    expect(progress.at(-1)!.epoch).toBe(2);
  });

  it('pauses, resumes and stops; predicts while paused', async () => {
    const { trainer, events } = await loadedTrainer();
    // Node runs MessageChannel yields ahead of timers, so the test acts from inside the listener.
    let step = 'pause';
    trainer.connect((e) => {
      events.push(e);
      if (e.kind !== 'progress') return;
      if (step === 'pause') trainer.pause();
      if (step === 'stop') trainer.stop();
      if (step === 'pause' || step === 'stop') step = 'waiting';
    });
    trainer.train({ ...config, epochs: 60 });
    await until(() => statuses(events).includes('paused'));
    const count = events.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(events.length).toBe(count);
    expect(trainer.predict(new Float32Array(784))).toHaveLength(10);
    step = 'stop';
    trainer.resume();
    await until(() => statuses(events).includes('stopped'));
    expect(statuses(events)).toEqual(['training', 'paused', 'training', 'stopped']);
  });

  it('stops by itself when the cost diverges', async () => {
    const { trainer, events } = await loadedTrainer();
    trainer.train({ ...config, layers: [784, 100, 100, 10], activation: 'relu', cost: 'log-likelihood', eta: 10, epochs: 60 });
    await until(() => statuses(events).includes('diverged'));
    // The model version that follows every status change aside, the run's last word is why it stopped.
    const last = events.filter((e) => e.kind !== 'model').at(-1)!;
    expect(last).toMatchObject({ kind: 'status', status: 'diverged' });
    expect(last.kind === 'status' && last.message).toMatch(/learning rate is too high/);
    expect(trainer.predict(new Float32Array(784))).toBeNull();
  });

  it('gives the model a new, greater version whenever its weights change: during a run, at its end, on reset and on load', async () => {
    const { trainer, events } = await loadedTrainer();
    const versions = () => events.flatMap((e) => (e.kind === 'model' ? [e.version] : []));
    trainer.reset(config);
    expect(versions()).toEqual([1]);
    trainer.train(config);
    await until(() => statuses(events).includes('done'));
    const run = versions();
    // Each progress report and status change of the run is followed by a version of its own.
    const changes = events.filter((e) => e.kind === 'progress' || e.kind === 'status').length;
    expect(run).toHaveLength(changes);
    expect(run.every((v, i) => i === 0 || v > run[i - 1])).toBe(true);
    expect(events.at(-1)).toEqual({ kind: 'model', version: run.at(-1) });
    const exported = serializeModel(trainer.getWeights()!);
    const loaded = trainer.loadModel(exported);
    expect(loaded.version).toBe(run.at(-1)! + 1);
    expect(trainer.loadModel(exported).version).toBe(loaded.version + 1);
  });

  it("the visit's first model gives way to one the person asked for before it arrived (Train, Step, Reset, a file)", async () => {
    const { trainer } = await loadedTrainer();
    trainer.reset(config);
    const file = serializeModel(trainer.getWeights()!);
    const asked: [string, (t: typeof trainer) => unknown][] = [
      ['Train', (t) => t.train(config)],
      ['Step', (t) => t.stepOnce(config)],
      ['Reset', (t) => t.reset(config)],
      ['a file', (t) => t.loadModel(file)],
    ];
    for (const [what, ask] of asked) {
      const fresh = (await loadedTrainer()).trainer;
      expect(fresh.loadFirstModel(file), `untouched, before ${what}`).not.toBeNull();
      const person = (await loadedTrainer()).trainer;
      const request = ask(person);
      const weights = () => person.getWeights()?.weights[0].slice(0, 5);
      await request;
      const before = weights();
      expect(person.loadFirstModel(file), `after ${what}`).toBeNull();
      expect(weights(), `the weights after ${what}`).toEqual(before);
      person.stop();
    }
  });

  it("the ready model, offered as the visit's first, is used unless the last visit's came back or the person asked for a model", async () => {
    const ready = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'models', 'ready.bin')));
    const source = (await loadedTrainer()).trainer;
    source.reset(config);
    const lastVisit = serializeModel(source.getWeights()!);
    // The last visit's is fully connected, the ready one convolutional.
    const inUse = (t: typeof source) => (isConvNetwork(t.readAnyModel()!) ? 'ready' : 'last visit');

    const first = (await loadedTrainer()).trainer;
    expect(first.offerReadyModel(ready)?.model).toMatch(/^conv /);
    expect(inUse(first)).toBe('ready');

    const readyThenBack = (await loadedTrainer()).trainer;
    readyThenBack.offerReadyModel(ready);
    expect(readyThenBack.loadFirstModel(lastVisit)).not.toBeNull();
    expect(inUse(readyThenBack)).toBe('last visit');

    const backThenReady = (await loadedTrainer()).trainer;
    backThenReady.loadFirstModel(lastVisit);
    expect(backThenReady.offerReadyModel(ready)).toBeNull();
    expect(inUse(backThenReady)).toBe('last visit');

    const person = (await loadedTrainer()).trainer;
    person.reset(config);
    expect(person.offerReadyModel(ready)).toBeNull();
  });

  it('a learning rate set during a run is the one its next steps report; the run keeps the config it started with', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.stepOnce(config);
    trainer.setLearningRate(0.5);
    await trainer.stepOnce(config);
    const rates = events.flatMap((e) => (e.kind === 'progress' ? [e.eta] : []));
    expect(rates).toEqual([config.eta, 0.5]);
    const started = events.flatMap((e) => (e.kind === 'status' && e.config ? [e.config.eta] : []));
    expect(started).toEqual([config.eta]);
  });

  it('refuses a bad config with a message', async () => {
    const { trainer } = await loadedTrainer();
    await expect(trainer.train({ ...config, eta: 50 })).rejects.toThrow(/learning rate must be from 0.001 to 10/);
  });

  it('Step trains exactly one mini-batch, starting a paused run when there is none', async () => {
    const { trainer, events } = await loadedTrainer();
    await trainer.stepOnce(config);
    expect(statuses(events)).toEqual(['training', 'paused']);
    const seen = () => events.filter((e) => e.kind === 'progress').map((e) => e.kind === 'progress' && e.examples);
    expect(seen()).toEqual([config.batchSize]);
    await trainer.stepOnce(config);
    expect(seen()).toEqual([config.batchSize, 2 * config.batchSize]);
    // The step's report, then the new version of the weights it made.
    expect(events.at(-2)).toMatchObject({ kind: 'progress', perBatch: true, epochPosition: 2 * config.batchSize });
    expect(events.at(-1)).toMatchObject({ kind: 'model' });
    // Quick clicks queue up: each takes the next mini-batch of the same run.
    await Promise.all([trainer.stepOnce(config), trainer.stepOnce(config)]);
    expect(seen()).toEqual([1, 2, 3, 4].map((n) => n * config.batchSize));
    // Still the same run, still paused: Resume carries it on to the end.
    expect(statuses(events)).toEqual(['training', 'paused']);
    trainer.resume();
    await until(() => statuses(events).includes('done'));
    expect(events.filter((e) => e.kind === 'progress').at(-1)).toMatchObject({ examples: 4000 });
  });

  it('queues quick Steps before any run into one run', async () => {
    const { trainer, events } = await loadedTrainer();
    await Promise.all([trainer.stepOnce(config), trainer.stepOnce(config), trainer.stepOnce(config)]);
    expect(statuses(events)).toEqual(['training', 'paused']);
    expect(events.filter((e) => e.kind === 'progress').map((e) => e.kind === 'progress' && e.examples)).toEqual([10, 20, 30]);
  });

  it('a run at Watch speed ends with the same weights as at full speed', async () => {
    const small = { ...config, trainSize: 1000, batchSize: 100, epochs: 1 };
    const runAt = async (speed: 'full' | 'watch') => {
      const { trainer, events } = await loadedTrainer();
      trainer.setSpeed(speed);
      await trainer.train(small);
      await until(() => statuses(events).includes('done'));
      return { weights: trainer.getWeights()!, events };
    };
    const full = await runAt('full');
    const watch = await runAt('watch');
    // Each Watch step is reported on its own: ten mini-batches, ten progress reports.
    expect(watch.events.filter((e) => e.kind === 'progress' && e.perBatch)).toHaveLength(10);
    for (let l = 0; l < full.weights.weights.length; l++) {
      expect(Buffer.from(watch.weights.weights[l].buffer).equals(Buffer.from(full.weights.weights[l].buffer))).toBe(true);
      expect(Buffer.from(watch.weights.biases[l].buffer).equals(Buffer.from(full.weights.biases[l].buffer))).toBe(true);
    }
  });
});
