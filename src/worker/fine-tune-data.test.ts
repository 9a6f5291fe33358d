import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { createNetwork } from '../nn/network.ts';
import { createRng } from '../nn/rng.ts';
import { DEFAULT_CONFIG } from '../nn/types.ts';
import { buildFineTuneSet, copiesPerDrawing, FINE_TUNE_MIX, toUnitBox, type LabelledDrawing } from './fine-tune-data.ts';
import { FINE_TUNE_ETA_FACTOR, fineTuneConfig } from './fine-tune.ts';

const blank = (count: number, label: number): LabelledImages => ({ images: new Uint8Array(count * IMAGE_SIZE), labels: new Uint8Array(count).fill(label), count });
const seven: LabelledDrawing = { label: 7, strokes: [[{ x: 60, y: 60 }, { x: 220, y: 60 }, { x: 120, y: 230 }]] };

describe('fine-tuning set', () => {
  it('repeats each drawing, fewer times the more there are', () => {
    expect(copiesPerDrawing(1)).toBe(FINE_TUNE_MIX.maxCopies);
    expect(copiesPerDrawing(30)).toBe(50);
    expect(copiesPerDrawing(1_000)).toBe(FINE_TUNE_MIX.minCopies);
  });

  it('mixes the drawings, varied, with MNIST and drawn images', async () => {
    const set = await buildFineTuneSet([seven], blank(10_000, 1), blank(100, 2), createRng(1));
    const copies = FINE_TUNE_MIX.maxCopies;
    expect(set.count).toBe(copies + FINE_TUNE_MIX.mnist + FINE_TUNE_MIX.drawn);
    expect([...set.labels.subarray(0, copies)].every((l) => l === 7)).toBe(true);
    expect(set.labels[copies]).toBe(1);
    expect(set.labels[set.count - 1]).toBe(2);
    // Every copy has ink, and the copies differ from each other.
    const image = (i: number) => set.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE);
    for (let i = 0; i < copies; i++) expect(image(i).some((v) => v > 0)).toBe(true);
    expect(image(1).join()).not.toBe(image(2).join());
  });

  it('leaves out a drawing without ink points', async () => {
    const set = await buildFineTuneSet([{ label: 3, strokes: [] }], blank(10, 1), null, createRng(1));
    expect(set.count).toBe(10);
  });

  it('boxes strokes into 0..1, centred, aspect kept', () => {
    expect(toUnitBox([[{ x: 100, y: 50 }, { x: 100, y: 250 }]])).toEqual([[[0.5, 0], [0.5, 1]]]);
    expect(toUnitBox([])).toBeNull();
  });
});

describe('fine-tuning config', () => {
  const net = createNetwork({ ...DEFAULT_CONFIG, layers: [784, 30, 10], cost: 'log-likelihood' }, 'scaled', 1);
  it('steps at a fifth of the rate the model was trained with, keeping its network', () => {
    const config = fineTuneConfig(net, { eta: 0.5, lambda: 5, trainSize: 50_000, batchSize: 10 }, 5_000, 1);
    expect(config.eta).toBeCloseTo(0.5 * FINE_TUNE_ETA_FACTOR);
    expect(config.lambda).toBeCloseTo(0.5);
    expect(config).toMatchObject({ layers: [784, 30, 10], cost: 'log-likelihood', epochs: 3, trainSize: 5_000, trainingData: 'mnist' });
  });
  it('falls back on the book’s rate when the model file says nothing usable', () => {
    expect(fineTuneConfig(net, { eta: -1, batchSize: 1e9 }, 100, 1)).toMatchObject({ eta: 0.5 * FINE_TUNE_ETA_FACTOR, batchSize: 10, lambda: 0 });
  });
});
