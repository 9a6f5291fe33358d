import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../nn/types.ts';
import { initialState, useAppStore } from '../../store/app-store.ts';
import { MAX_BATCH_COSTS } from './train-speed-slice.ts';

const store = () => useAppStore.getState();
const progress = (examples: number, cost: number, perBatch?: true) =>
  store().handleEvent({ kind: 'progress', examples, epoch: examples / 50000, cost, examplesPerSecond: 30, eta: 3, epochPosition: examples, epochSize: 50000, seconds: 1, perBatch });

describe('the training speed in the store', () => {
  beforeEach(() => useAppStore.setState(initialState));

  it('starts at full speed and changes with setTrainSpeed', () => {
    expect(store().trainSpeed).toBe('full');
    store().setTrainSpeed('watch');
    expect(store().trainSpeed).toBe('watch');
  });

  it('keeps the cost of each mini-batch trained one at a time, the latest ones only, until a new run', () => {
    store().handleEvent({ kind: 'status', status: 'training', config: DEFAULT_CONFIG, seconds: 0 });
    progress(5000, 0.5);
    expect(store().batchCosts).toEqual([]);
    progress(5010, 0.4, true);
    progress(5020, 0.3, true);
    expect(store().batchCosts).toEqual([{ examples: 5010, cost: 0.4 }, { examples: 5020, cost: 0.3 }]);
    for (let i = 3; i < MAX_BATCH_COSTS + 10; i++) progress(5000 + 10 * i, 0.2, true);
    expect(store().batchCosts).toHaveLength(MAX_BATCH_COSTS);
    expect(store().batchCosts.at(-1)!.examples).toBe(5000 + 10 * (MAX_BATCH_COSTS + 9));
    store().handleEvent({ kind: 'status', status: 'training', config: DEFAULT_CONFIG, seconds: 0 });
    expect(store().batchCosts).toEqual([]);
  });
});
