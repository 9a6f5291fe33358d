import { describe, expect, it } from 'vitest';
import { randomImages } from '../../../nn/wasm/test-data.ts';
import { MATCHED_TO_BOOK, type CompareConfig, type SideEvent } from './compare-api.ts';
import { runSideLoop, type SideTrainer } from './side-loop.ts';

const config: CompareConfig = { layers: [784, 10, 10], eta: 3, batchSize: 10, epochs: 3, trainSize: 25, seed: 4, framework: MATCHED_TO_BOOK };
const data = randomImages(30, 2);

/** A trainer that records the mini-batches it is given and scores `cost`. */
function recordingTrainer(cost = 0.1) {
  const batches: number[][] = [];
  const trainer: SideTrainer = {
    setTrainingData: () => {},
    trainBatch: (order, start, count) => batches.push(Array.from({ length: count }, (_, i) => order[start + i])),
    evaluate: () => ({ accuracy: 0.5, cost }),
  };
  return { trainer, batches };
}

function run(trainer: SideTrainer, shouldStop = () => false) {
  const events: SideEvent[] = [];
  const result = runSideLoop({
    side: 'framework', config, trainer, train: data, test: data,
    onEvent: (e) => void events.push(e), shouldStop, yieldToEventLoop: async () => {},
  });
  return { events, result };
}

describe('the compare side loop', () => {
  it('scores the test set a part at a time, yielding between parts, to the same accuracy and cost as in one go', async () => {
    const test = randomImages(2_500, 3);
    // Accuracy: the share of even labels; cost: the mean label. Both are means over the images scored.
    const score = (set: { labels: Uint8Array; count: number }) => ({
      accuracy: set.labels.filter((l) => l % 2 === 0).length / set.count,
      cost: set.labels.reduce((sum, l) => sum + l, 0) / set.count,
    });
    const parts: number[] = [];
    let yields = 0;
    const trainer: SideTrainer = { setTrainingData: () => {}, trainBatch: () => {}, evaluate: (set) => (parts.push(set.count), score(set)) };
    const events: SideEvent[] = [];
    await runSideLoop({
      side: 'framework', config: { ...config, epochs: 1 }, trainer, train: data, test,
      onEvent: (e) => void events.push(e), shouldStop: () => false, yieldToEventLoop: async () => void yields++,
    });
    expect(parts).toEqual([1_000, 1_000, 500]);
    expect(yields).toBeGreaterThanOrEqual(3);
    const epoch = events.find((e) => e.type === 'epoch');
    const whole = score(test);
    expect(epoch?.type === 'epoch' && epoch.epoch.testAccuracy).toBe(whole.accuracy);
    expect(epoch?.type === 'epoch' && epoch.epoch.testCost).toBeCloseTo(whole.cost, 12);
  });

  it('trains every epoch on the first trainSize images, the last mini-batch smaller, then says done', async () => {
    const { trainer, batches } = recordingTrainer();
    const { events, result } = run(trainer);
    expect(await result).toBe('done');
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5, 10, 10, 5, 10, 10, 5]);
    for (let e = 0; e < 3; e++) expect(batches.slice(3 * e, 3 * e + 3).flat().sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
    // Each epoch is shuffled afresh.
    expect(batches[0]).not.toEqual(batches[3]);
    expect(events.filter((e) => e.type === 'epoch').map((e) => e.type === 'epoch' && e.epoch.epoch)).toEqual([1, 2, 3]);
    expect(events[0].type).toBe('progress');
    expect(events[events.length - 1]).toEqual({ type: 'done' });
  });

  it('gives both sides the same order for the same seed, whatever their weights', async () => {
    const a = recordingTrainer();
    const b = recordingTrainer();
    await run(a.trainer).result;
    await runSideLoop({
      side: 'ours', config, trainer: b.trainer, train: data, test: data,
      onEvent: () => {}, shouldStop: () => false, yieldToEventLoop: async () => {},
    });
    expect(b.batches).toEqual(a.batches);
  });

  it('stops at a slice boundary without saying done', async () => {
    const { trainer, batches } = recordingTrainer();
    let checks = 0;
    const { events, result } = run(trainer, () => ++checks > 1);
    expect(await result).toBe('stopped');
    expect(batches.length).toBeLessThan(9);
    expect(events.some((e) => e.type === 'done')).toBe(false);
  });

  it('reports a diverged network clearly', async () => {
    await expect(run(recordingTrainer(NaN).trainer).result).rejects.toThrow(/diverged in epoch 1.*smaller learning rate/);
  });
});
