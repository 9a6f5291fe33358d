import { IMAGE_SIZE, sliceSet, type LabelledImages } from '../mnist/dataset.ts';
import { createRng, shuffleInPlace } from '../nn/rng.ts';
import type { TrainConfig } from '../nn/types.ts';
import { augmentImage, DEFAULT_AFFINE, type AffineRange } from './augment.ts';

/** What goes into each epoch's training set besides MNIST. */
export interface EpochDataOptions {
  /** Pen-drawn examples per epoch, taken from the pool (0 for MNIST alone). */
  drawnPerEpoch: number;
  /** Distort every example afresh each epoch (augment.ts). */
  augment: boolean;
  seed: number;
  affine?: AffineRange;
}

/** Builds the training set of each epoch; the CLI and the worker drive it the same way. */
export interface EpochDataSource {
  /** Examples in every epoch: MNIST's plus the drawn ones. */
  readonly count: number;
  /** False when every epoch is MNIST as it is: there is then nothing to hand the engine again. */
  readonly changesEachEpoch: boolean;
  /**
   * The training set of epoch `epoch` (0-based), the same for the same seed and epoch whatever came
   * before. Every call overwrites one buffer: hand the result to the engine (setTrainingData) again.
   */
  build(epoch: number): LabelledImages;
}

/** Drawn examples that make a third of each epoch: half as many as the MNIST images. */
export const drawnForAThird = (mnistCount: number) => Math.round(mnistCount / 2);

// Each epoch's randomness comes from the seed and the epoch alone, apart from the run's other streams.
const epochSeed = (seed: number, epoch: number) => (seed ^ Math.imul(epoch + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;

/**
 * MNIST followed by `drawnPerEpoch` examples from `pool` (pre-rendered pen digits, render-pen-digit.ts).
 * The pool is walked in a fresh random order each epoch, each pass over it shuffled again, so every
 * pool image is used about equally often. Pixels stay bytes: 784 per example.
 */
export function createEpochDataSource(mnist: LabelledImages, pool: LabelledImages | null, options: EpochDataOptions): EpochDataSource {
  const drawn = pool && pool.count > 0 ? options.drawnPerEpoch : 0;
  const count = mnist.count + drawn;
  if (drawn === 0 && !options.augment) return { count, changesEachEpoch: false, build: () => mnist };
  const images = new Uint8Array(count * IMAGE_SIZE);
  const labels = new Uint8Array(count);
  labels.set(mnist.labels.subarray(0, mnist.count));
  if (!options.augment) images.set(mnist.images.subarray(0, mnist.count * IMAGE_SIZE));
  const poolOrder = new Uint32Array(pool?.count ?? 0);
  const affine = options.affine ?? DEFAULT_AFFINE;
  const set: LabelledImages = { images, labels, count };

  return {
    count,
    changesEachEpoch: true,
    build(epoch) {
      const rng = createRng(epochSeed(options.seed, epoch));
      if (options.augment) {
        for (let i = 0; i < mnist.count; i++) augmentImage(mnist.images, i * IMAGE_SIZE, images, i * IMAGE_SIZE, rng, affine);
      }
      for (let k = 0; k < drawn; k++) {
        const within = k % poolOrder.length;
        if (within === 0) {
          for (let i = 0; i < poolOrder.length; i++) poolOrder[i] = i;
          shuffleInPlace(poolOrder, rng);
        }
        const from = poolOrder[within];
        const to = mnist.count + k;
        labels[to] = pool!.labels[from];
        if (options.augment) augmentImage(pool!.images, from * IMAGE_SIZE, images, to * IMAGE_SIZE, rng, affine);
        else images.set(pool!.images.subarray(from * IMAGE_SIZE, (from + 1) * IMAGE_SIZE), to * IMAGE_SIZE);
      }
      return set;
    },
  };
}

// The epochs' stream, apart from the weights' and the shuffles', from the run's seed.
const EPOCH_SEED_SALT = 0x68e31da4;

/**
 * The epoch data of a run, the app's and the CLI's alike: the first trainSize MNIST images plus,
 * with 'mnist+drawn', half as many examples from `drawnPool` (a third of each epoch), every image
 * augmented afresh each epoch when asked. The same seed gives the same epochs everywhere.
 */
export function planEpochData(
  config: Pick<TrainConfig, 'trainSize' | 'seed' | 'trainingData' | 'augment'>,
  mnistTrain: LabelledImages,
  drawnPool: LabelledImages | null,
): EpochDataSource {
  const mnist = sliceSet(mnistTrain, 0, Math.min(config.trainSize, mnistTrain.count));
  return createEpochDataSource(mnist, config.trainingData === 'mnist+drawn' ? drawnPool : null, {
    drawnPerEpoch: drawnForAThird(mnist.count),
    augment: config.augment ?? false,
    seed: (config.seed ^ EPOCH_SEED_SALT) >>> 0,
  });
}
