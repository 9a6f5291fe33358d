import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, useAppStore } from '../../store/app-store.ts';
import type { SideProgress } from './sides/compare-api.ts';

const store = useAppStore.getState;
const progress: SideProgress = { side: 'framework', epochsDone: 1, examplesInEpoch: 500, secondsInEpoch: 0.1, examplesPerSecond: 5_000 };

describe('a comparison side in error', () => {
  beforeEach(() => useAppStore.setState(initialState));

  it('stays in error, its message standing, when late progress or done events arrive', () => {
    store().setSide('framework', { status: 'training' });
    store().setSide('framework', { status: 'error', message: 'The worker failed: boom' });
    store().compareEvent('framework', { type: 'progress', progress });
    store().compareEvent('framework', { type: 'done' });
    expect(store().compareSides.framework).toMatchObject({ status: 'error', message: 'The worker failed: boom' });
    store().compareEvent('ours', { type: 'progress', progress: { ...progress, side: 'ours' } });
    expect(store().compareSides.ours.status).toBe('training');
  });
});

describe('a comparison side’s engine', () => {
  beforeEach(() => useAppStore.setState(initialState));

  it('is renamed when the run trains on another engine than the one the side started with', () => {
    store().setSide('ours', { status: 'ready', engine: 'ours, WebAssembly relaxed SIMD' });
    store().compareEvent('ours', { type: 'engine', engine: 'ours, TypeScript' });
    expect(store().compareSides.ours.engine).toBe('ours, TypeScript');
  });
});
