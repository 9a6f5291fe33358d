import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../nn/types.ts';
import { initialState, useAppStore } from './app-store.ts';
import { PRESETS } from '../features/train/presets.ts';
import { isRunStopping } from '../features/train/train-slice.ts';

const store = () => useAppStore.getState();
const metrics = (accuracy: number) => ({ correct: accuracy * 100, total: 100, accuracy, cost: 1 - accuracy });

describe('the app store', () => {
  beforeEach(() => useAppStore.setState(initialState));

  it('follows a run from its start through progress and epochs to its end', () => {
    const config = PRESETS[2].config;
    store().handleEvent({ kind: 'status', status: 'training', config, seconds: 0 });
    store().handleEvent({ kind: 'progress', examples: 500, epoch: 0.01, cost: 0.9, examplesPerSecond: 5000, eta: config.eta, epochPosition: 500, epochSize: 50000, seconds: 0.1 });
    store().handleEvent({ kind: 'progress', examples: 1500, epoch: 0.03, cost: 0.7, examplesPerSecond: 5000, eta: config.eta, epochPosition: 1500, epochSize: 50000, seconds: 0.3 });
    store().handleEvent({ kind: 'epoch', epoch: 1, validation: metrics(0.95), test: metrics(0.94), seconds: 10 });
    store().handleEvent({ kind: 'status', status: 'done', seconds: 11 });
    const s = store();
    expect(s.run).toEqual({ status: 'done', config, seconds: 11, message: null, engine: null });
    expect(s.costHistory).toEqual([
      { epoch: 0.01, cost: 0.9, examples: 500 },
      { epoch: 0.03, cost: 0.7, examples: 1000 },
    ]);
    expect(s.epochs.map((e) => e.test.accuracy)).toEqual([0.94]);
    expect(s.model).toEqual({ origin: 'trained' });
  });

  it('clears the history on reset and a new run', () => {
    store().handleEvent({ kind: 'status', status: 'training', config: DEFAULT_CONFIG, seconds: 0 });
    store().handleEvent({ kind: 'epoch', epoch: 1, validation: metrics(0.9), test: metrics(0.9), seconds: 10 });
    store().handleEvent({ kind: 'status', status: 'idle', config: DEFAULT_CONFIG });
    expect(store().epochs).toEqual([]);
    expect(store().model).toEqual({ origin: 'untrained' });
  });

  it('keeps the reason a run ended early', () => {
    store().handleEvent({ kind: 'status', status: 'training', config: DEFAULT_CONFIG, seconds: 0 });
    store().handleEvent({ kind: 'status', status: 'diverged', seconds: 2, message: 'the learning rate is too high' });
    expect(store().run).toMatchObject({ status: 'diverged', message: 'the learning rate is too high' });
  });

  it('grows and shrinks the hidden layers, keeping the sizes it can', () => {
    store().setHiddenLayerCount(3);
    expect(store().config.layers).toEqual([784, 30, 30, 30, 10]);
    store().setHiddenSize(1, 100);
    store().setHiddenLayerCount(2);
    expect(store().config.layers).toEqual([784, 30, 100, 10]);
  });

  it('sets every control from a preset, the ones changed by hand too', () => {
    store().setConfig({ eta: 0.01, trainSize: 1000, seed: 9, epochs: 3, activation: 'relu', augment: true });
    store().applyPreset('ch3');
    // Nielsen ch. 3's network, written out here rather than read from PRESETS: nothing of the hand-set values is left.
    expect(store().config).toEqual({
      layers: [784, 100, 10],
      activation: 'sigmoid',
      cost: 'cross-entropy',
      init: 'scaled',
      eta: 0.5,
      batchSize: 10,
      epochs: 30,
      lambda: 5,
      trainSize: 50_000,
      seed: 2,
      trainingData: 'mnist',
      augment: false,
      lrSchedule: 'constant',
    });
  });
});

describe('a run being stopped', () => {
  it('shows as stopping once Stop is pressed, and as stoppable again when the worker refuses', () => {
    useAppStore.setState({ ...initialState, run: { ...initialState.run, status: 'training' } });
    useAppStore.getState().markRunStopping(true);
    expect(isRunStopping(useAppStore.getState().run)).toBe(true);
    useAppStore.getState().markRunStopping(false);
    expect(isRunStopping(useAppStore.getState().run)).toBe(false);
    expect(useAppStore.getState().run.status).toBe('training');
  });

  it('marks nothing when no run is going', () => {
    useAppStore.setState({ ...initialState });
    useAppStore.getState().markRunStopping(true);
    expect(useAppStore.getState().run).toEqual(initialState.run);
  });
});
