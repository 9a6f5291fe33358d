import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { createEpochDataSource, drawnForAThird } from './epoch-data.ts';

/** A set whose image i is filled with the byte `fill(i)` in its middle pixel, labelled `label(i)`. */
function fakeSet(count: number, label: (i: number) => number, fill: (i: number) => number): LabelledImages {
  const images = new Uint8Array(count * IMAGE_SIZE);
  for (let i = 0; i < count; i++) images[i * IMAGE_SIZE + 14 * 28 + 14] = fill(i);
  return { images, labels: Uint8Array.from({ length: count }, (_, i) => label(i)), count };
}

const middle = (set: LabelledImages, i: number) => set.images[i * IMAGE_SIZE + 14 * 28 + 14];

describe('epoch data source', () => {
  const mnist = fakeSet(10, () => 1, (i) => 100 + i);
  const pool = fakeSet(4, (i) => 7 + (i % 2), (i) => 200 + i);

  it('hands MNIST itself over when there is nothing to add', () => {
    const source = createEpochDataSource(mnist, null, { drawnPerEpoch: 5, augment: false, seed: 1 });
    expect(source.count).toBe(10);
    expect(source.build(0)).toBe(mnist);
    expect(source.changesEachEpoch).toBe(false);
  });

  it('appends drawn examples after MNIST, using every pool image equally often', () => {
    const source = createEpochDataSource(mnist, pool, { drawnPerEpoch: drawnForAThird(16), augment: false, seed: 1 });
    const set = source.build(0);
    expect(set.count).toBe(18);
    expect(Array.from({ length: 10 }, (_, i) => middle(set, i))).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
    const used = Array.from({ length: 8 }, (_, k) => middle(set, 10 + k));
    expect([...used].sort()).toEqual([200, 200, 201, 201, 202, 202, 203, 203]);
    used.forEach((v, k) => expect(set.labels[10 + k]).toBe(7 + ((v - 200) % 2)));
  });

  it('is reproducible per epoch and changes from one epoch to the next', () => {
    const options = { drawnPerEpoch: 8, augment: false, seed: 4 };
    const order = (epoch: number, source = createEpochDataSource(mnist, pool, options)) =>
      Array.from(source.build(epoch).images.subarray(10 * IMAGE_SIZE)).filter((v) => v > 0).join();
    const epochs = Array.from({ length: 4 }, (_, e) => order(e));
    expect(order(3)).toBe(epochs[3]);
    expect(new Set(epochs).size).toBeGreaterThan(1);
  });

  it('augments MNIST and drawn examples afresh when asked, keeping the labels', () => {
    const digit = fakeSet(1, () => 3, () => 255);
    digit.images.fill(255, 10 * 28, 18 * 28); // a thick bar across the middle
    const source = createEpochDataSource(digit, digit, { drawnPerEpoch: 1, augment: true, seed: 2 });
    const a = Uint8Array.from(source.build(0).images);
    const b = Uint8Array.from(source.build(1).images);
    expect(a).not.toEqual(b);
    expect(Array.from(source.build(1).labels)).toEqual([3, 3]);
  });
});
