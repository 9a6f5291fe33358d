import { describe, expect, it } from 'vitest';
import { IdxFormatError, parseIdxImages, parseIdxLabels, parseIdxPair } from './idx.ts';
import { IMAGE_SIZE } from './dataset.ts';

function header(magic: number, ...dims: number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * dims.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, magic);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d));
  return bytes;
}
const concat = (a: Uint8Array, n: number) => {
  const out = new Uint8Array(a.length + n);
  out.set(a);
  return out;
};
const images = (count: number, extra = 0) => concat(header(0x803, count, 28, 28), count * IMAGE_SIZE + extra);
const labels = (count: number) => concat(header(0x801, count), count);

describe('IDX parsing', () => {
  it('reads images and labels', () => {
    const set = parseIdxPair(images(3), 'img', labels(3), 'lab');
    expect(set.count).toBe(3);
    expect(set.images.length).toBe(3 * 784);
    expect(set.labels.length).toBe(3);
  });
  it('rejects a wrong magic number, naming the file', () => {
    expect(() => parseIdxImages(labels(20), 'train-images')).toThrow(/train-images: wrong magic number 0x00000801, expected 0x00000803/);
    expect(() => parseIdxLabels(images(1), 'train-labels')).toThrow(/train-labels: wrong magic number/);
  });
  it('rejects a truncated file', () => {
    expect(() => parseIdxImages(images(3).subarray(0, 1000), 't10k-images')).toThrow(/t10k-images: 1000 bytes, expected 2368/);
    expect(() => parseIdxLabels(labels(5).subarray(0, 10), 'lab')).toThrow(/lab: 10 bytes, expected 13/);
  });
  it('rejects an empty file', () => {
    expect(() => parseIdxImages(new Uint8Array(0), 'img')).toThrow(IdxFormatError);
    expect(() => parseIdxLabels(new Uint8Array(0), 'lab')).toThrow(/truncated: 0 bytes/);
  });
  it('rejects image and label counts that disagree', () => {
    expect(() => parseIdxPair(images(3), 'img', labels(4), 'lab')).toThrow(/lab: 4 labels, but img has 3 images/);
  });
  it('rejects wrong dimensions', () => {
    expect(() => parseIdxImages(concat(header(0x803, 1, 32, 32), 1024), 'img')).toThrow(/images are 32x32, expected 28x28/);
  });
  it('rejects a label that is not a digit', () => {
    const bad = labels(2);
    bad[9] = 12;
    expect(() => parseIdxLabels(bad, 'lab')).toThrow(/label 1 is 12/);
  });
});
