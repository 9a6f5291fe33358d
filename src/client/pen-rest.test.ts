import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../store/app-store.ts';
import { followPenActivity, penResting } from './pen-rest.ts';

const store = useAppStore.getState;
/** Whether `promise` has settled by now (after pending microtasks). */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('heavy downloads wait for the pen to rest', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    followPenActivity();
  });
  afterEach(() => {
    store().setStrokeActive(false);
    vi.useRealTimers();
  });

  it('start at once when the pen has not moved lately', async () => {
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await settled(penResting())).toBe(true);
  });

  it('wait while a stroke is drawn, then a second after it ends, and again for each new stroke', async () => {
    await vi.advanceTimersByTimeAsync(5_000);
    store().setStrokeActive(true);
    const rested = penResting();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await settled(rested)).toBe(false);
    store().setStrokeActive(false);
    await vi.advanceTimersByTimeAsync(600);
    expect(await settled(rested)).toBe(false);
    // A second stroke starts before the second has passed.
    store().setStrokeActive(true);
    await vi.advanceTimersByTimeAsync(500);
    store().setStrokeActive(false);
    await vi.advanceTimersByTimeAsync(900);
    expect(await settled(rested)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(rested)).toBe(true);
  });

  it('wait 10 s at most, for someone who draws on and on', async () => {
    await vi.advanceTimersByTimeAsync(5_000);
    store().setStrokeActive(true);
    const rested = penResting();
    await vi.advanceTimersByTimeAsync(9_900);
    expect(await settled(rested)).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(rested)).toBe(true);
  });
});
