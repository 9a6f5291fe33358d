/** Images of 28x28 bytes with their labels. Pixels stay bytes (0-255) until a batch is formed. */
export interface LabelledImages {
  /** Row-major [count][IMAGE_SIZE], 0 = paper, 255 = ink. */
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

/** Pixels on each side of an image: MNIST's 28, which the pad's preprocessing renders to as well. */
export const IMAGE_SIDE = 28;

/** Pixels in one image, 28x28: also the size of the network's input layer. */
export const IMAGE_SIZE = IMAGE_SIDE * IMAGE_SIDE;

/** The digits 0 to 9: the classes, and so the size of the network's output layer. */
export const DIGIT_COUNT = 10;

/** Nielsen's split of MNIST: 50,000 to train, the last 10,000 training images to validate, t10k to test. */
export interface MnistSplit {
  train: LabelledImages;
  validation: LabelledImages;
  test: LabelledImages;
}

/** A view of examples [start, end) of a set, sharing its memory. */
export function sliceSet(set: LabelledImages, start: number, end: number): LabelledImages {
  return {
    images: set.images.subarray(start * IMAGE_SIZE, end * IMAGE_SIZE),
    labels: set.labels.subarray(start, end),
    count: end - start,
  };
}

/** Splits the 60,000 training images 50,000 / 10,000 and keeps the test set as it is. */
export function splitMnist(trainAll: LabelledImages, test: LabelledImages): MnistSplit {
  const trainCount = Math.min(50_000, trainAll.count);
  return {
    train: sliceSet(trainAll, 0, trainCount),
    validation: sliceSet(trainAll, trainCount, trainAll.count),
    test,
  };
}

const BYTE_TO_UNIT = 1 / 255;

/**
 * Copies examples order[start .. start + count) into a batch: pixels scaled to [0, 1] into
 * `inputs` ([count][784]) and labels into `labels`.
 */
export function fillBatch(
  set: LabelledImages,
  order: ArrayLike<number>,
  start: number,
  count: number,
  inputs: Float32Array,
  labels: Uint8Array,
): void {
  const { images } = set;
  for (let b = 0; b < count; b++) {
    const index = order[start + b];
    const src = index * IMAGE_SIZE;
    const dst = b * IMAGE_SIZE;
    for (let p = 0; p < IMAGE_SIZE; p++) inputs[dst + p] = images[src + p] * BYTE_TO_UNIT;
    labels[b] = set.labels[index];
  }
}
