import { describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../store/app-store.ts';
import type { EpochMetrics } from '../../features/train/train-slice.ts';
import { DEFAULT_CONFIG } from '../../nn/types.ts';
import { announcementFor, EPOCH_ANNOUNCE_EVERY_MS } from './announcements.ts';

const base = initialState as AppState;
const epoch = (n: number, accuracy: number): EpochMetrics => ({
  epoch: n,
  seconds: 1,
  validation: { correct: 0, total: 1, accuracy, cost: 0 },
  test: { correct: 0, total: 1, accuracy, cost: 0 },
});
const training = { ...base, run: { ...base.run, status: 'training' as const, config: { ...DEFAULT_CONFIG, epochs: 30 } } };

describe('announcementFor', () => {
  it('says when MNIST is loaded', () => {
    const ready = { ...base, load: { ...base.load, status: 'ready' as const } };
    expect(announcementFor(ready, base, 0)?.text).toBe('MNIST is loaded: you can train the network.');
  });

  it('reads an epoch, but not again within the throttle', () => {
    const after = { ...training, epochs: [epoch(12, 0.948)] };
    expect(announcementFor(after, training, Infinity)).toEqual({ text: 'Epoch 12 of 30: test accuracy 94.8%.', epoch: true });
    expect(announcementFor(after, training, EPOCH_ANNOUNCE_EVERY_MS - 1)).toBeNull();
  });

  it('says how a run ended, with its last accuracy', () => {
    const before = { ...training, epochs: [epoch(3, 0.9)] };
    const done = { ...before, run: { ...before.run, status: 'done' as const } };
    expect(announcementFor(done, before, 0)?.text).toBe('Training finished after 3 epochs: test accuracy 90.0%.');
  });
});
