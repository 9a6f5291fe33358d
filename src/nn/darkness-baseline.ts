import { DIGIT_COUNT, IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

/**
 * darknessBaselineAccuracy(the 50,000 training images, the 10,000 test images): 2,225 right, as
 * in Nielsen's ch. 1. Measured by darkness-baseline.test.ts on the real files, which keeps it true;
 * the page states it without loading MNIST.
 */
export const DARKNESS_BASELINE_ON_TEST = 0.2225;

/** How dark an image is: the sum of its 784 pixel bytes (0 paper, 255 ink). */
function darknessOf(images: Uint8Array, index: number): number {
  let sum = 0;
  for (let p = index * IMAGE_SIZE, end = p + IMAGE_SIZE; p < end; p++) sum += images[p];
  return sum;
}

/** avg[d]: the mean darkness of the training images of digit d (NaN for a digit with none). */
export function averageDarkness(train: LabelledImages): Float64Array {
  const sums = new Float64Array(DIGIT_COUNT);
  const counts = new Float64Array(DIGIT_COUNT);
  for (let i = 0; i < train.count; i++) {
    sums[train.labels[i]] += darknessOf(train.images, i);
    counts[train.labels[i]]++;
  }
  return sums.map((s, d) => s / counts[d]);
}

/** The digit whose average darkness is closest to this image's. */
export function guessByDarkness(average: Float64Array, images: Uint8Array, index: number): number {
  const darkness = darknessOf(images, index);
  let best = 0;
  for (let d = 1; d < average.length; d++) if (Math.abs(average[d] - darkness) < Math.abs(average[best] - darkness)) best = d;
  return best;
}

/**
 * Nielsen's baseline (ch. 1, mnist_average_darkness.py): learn each digit's average darkness from
 * `train`, then guess every image of `test` by darkness alone. Returns the fraction guessed right:
 * what a network must beat before its accuracy means it learned shapes.
 */
export function darknessBaselineAccuracy(train: LabelledImages, test: LabelledImages): number {
  const average = averageDarkness(train);
  let correct = 0;
  for (let i = 0; i < test.count; i++) if (guessByDarkness(average, test.images, i) === test.labels[i]) correct++;
  return correct / test.count;
}
