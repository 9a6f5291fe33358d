import { describe, expect, it } from 'vitest';
import { MATCHED_TO_BOOK } from './sides/compare-api.ts';
import { COMPARE_DEFAULT_FORM, compareProblems, KIND_SETTINGS, toCompareConfig } from './compare-form.ts';
import { compareConfigProblem } from './sides/book-network.ts';
import { initialState, useAppStore } from '../../store/app-store.ts';

describe('the compare form', () => {
  it('accepts the founding run and turns it into the config both sides get', () => {
    expect(compareProblems(COMPARE_DEFAULT_FORM)).toEqual({});
    expect(toCompareConfig(COMPARE_DEFAULT_FORM)).toMatchObject({ layers: [784, 40, 10], eta: 3, batchSize: 10, epochs: 30, trainSize: 50_000 });
  });

  it('names each absurd value with the app’s limits', () => {
    const problems = compareProblems({ ...COMPARE_DEFAULT_FORM, hiddenSize: 5000, eta: NaN, batchSize: 0, epochs: 1.5, seed: -1 });
    expect(problems.hiddenSize).toBe('hidden layer size must be a whole number from 10 to 300, got 5000');
    expect(problems.eta).toMatch(/^learning rate must be from 0.001 to 10/);
    expect(Object.keys(problems).sort()).toEqual(['batchSize', 'epochs', 'eta', 'hiddenSize', 'seed']);
  });

  it('sends a convolutional description, checked by the one parser, and only the chosen kind’s field', () => {
    const conv = { ...COMPARE_DEFAULT_FORM, kind: 'conv' as const, ...KIND_SETTINGS.conv, model: 'conv 4@5x5, pool 2, 10', activation: 'sigmoid' as const };
    expect(compareProblems(conv)).toEqual({});
    expect(toCompareConfig(conv)).toMatchObject({ model: 'conv 4@5x5, pool 2, 10', activation: 'sigmoid', eta: 0.1 });
    expect(toCompareConfig(COMPARE_DEFAULT_FORM)).not.toHaveProperty('model');
    // The hidden size is kept for a switch back, not checked while the convolutional network is chosen.
    expect(compareConfigProblem(toCompareConfig({ ...conv, hiddenSize: 5000 }))).toBeNull();
    expect(compareProblems({ ...conv, hiddenSize: 5000, model: 'conv 4@5x5, pool 3, 10' })).toEqual({ model: 'pool 3: pooling is 2x2' });
    expect(compareProblems({ ...conv, model: 'conv 4@5x5, pool 2, 9' })).toEqual({ model: 'the last layer must be 10 neurons, one per digit' });
    expect(compareConfigProblem(toCompareConfig({ ...conv, model: '100, 10' }))).toMatch(/^Cannot compare: a convolutional network starts with a convolutional layer/);
  });
});

describe('the compare slice', () => {
  const store = () => useAppStore.getState();

  it('follows both sides through a run, keeping the curves when one fails', () => {
    useAppStore.setState(initialState);
    store().setFrameworkSettings(MATCHED_TO_BOOK);
    store().compareRunStarted(toCompareConfig(store().compareForm));
    const epoch = { side: 'ours' as const, epoch: 1, testAccuracy: 0.9, testCost: 0.1, seconds: 2, examplesPerSecond: 5000 };
    store().compareEvent('ours', { type: 'progress', progress: { side: 'ours', epochsDone: 0, examplesInEpoch: 100, secondsInEpoch: 0.1, examplesPerSecond: 1000 } });
    store().compareEvent('ours', { type: 'epoch', epoch });
    store().compareEvent('ours', { type: 'error', message: 'out of memory' });
    store().compareEvent('framework', { type: 'done' });
    const { ours, framework } = store().compareSides;
    expect(ours).toMatchObject({ status: 'error', message: 'out of memory', epochs: [epoch] });
    expect(framework.status).toBe('done');
    expect(store().compareRun?.framework).toEqual(MATCHED_TO_BOOK);
    store().compareClosed();
    expect(store().compareSides.ours.status).toBe('idle');
    expect(store().compareForm.framework).toEqual(MATCHED_TO_BOOK);
  });
});
