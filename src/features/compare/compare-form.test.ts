import { describe, expect, it } from 'vitest';
import { MATCHED_TO_BOOK } from './sides/compare-api.ts';
import { COMPARE_DEFAULT_FORM, compareProblems, toCompareConfig } from './compare-form.ts';
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
