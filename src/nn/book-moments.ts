import { DEFAULT_CONFIG, type TrainConfig } from './types.ts';

/**
 * The book's first network (Nielsen ch. 1: [784, 30, 10], sigmoid, quadratic cost, η 3, mini-batches
 * of 10, seed 2) at five moments of one training run. The guided path teaches on these snapshots;
 * scripts/pack-book-moments.ts trains the run and writes them to public/models/.
 */
export const BOOK_CONFIG: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic', seed: 2 };

/** One moment of the run: how many mini-batches it had trained, and its file under public/models/. */
export interface BookMoment {
  id: 'untrained' | 'batches-100' | 'batches-1000' | 'epoch-1' | 'epoch-30';
  /** Mini-batches of 10 trained before the snapshot (5,000 make an epoch of 50,000 images). */
  batches: number;
  /** In words, for the chooser. */
  name: string;
  file: string;
  /** Test images (of 10,000) its float16 file reads right, as scripts/pack-book-moments.ts printed (a unit test holds the files to it). */
  testCorrect: number;
}

const EPOCH = BOOK_CONFIG.trainSize / BOOK_CONFIG.batchSize;

/** The moments, in training order. */
export const BOOK_MOMENTS: readonly BookMoment[] = [
  { id: 'untrained', batches: 0, name: 'untrained (random weights)', file: 'book-untrained.bin', testCorrect: 1058 },
  { id: 'batches-100', batches: 100, name: 'after 100 mini-batches', file: 'book-100.bin', testCorrect: 2566 },
  { id: 'batches-1000', batches: 1000, name: 'after 1,000 mini-batches', file: 'book-1000.bin', testCorrect: 6337 },
  { id: 'epoch-1', batches: EPOCH, name: 'after 1 epoch', file: 'book-epoch-1.bin', testCorrect: 7294 },
  { id: 'epoch-30', batches: 30 * EPOCH, name: 'after 30 epochs', file: 'book-epoch-30.bin', testCorrect: 9523 },
];

export type BookMomentId = BookMoment['id'];

/** MNIST's test images, which each moment's `testCorrect` counts from. */
export const BOOK_TEST_IMAGES = 10_000;

/** The share of the test images a moment reads right, 0 to 1. */
export const momentAccuracy = (id: BookMomentId) => BOOK_MOMENTS.find((m) => m.id === id)!.testCorrect / BOOK_TEST_IMAGES;
