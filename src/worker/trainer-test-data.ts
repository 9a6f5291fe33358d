import { IMAGE_SIDE, IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

// Shared by the worker trainer's tests (dense and convolutional).

/** Digit d lights up columns 2d+4 and 2d+5 of every row: an easy, learnable set. */
export function stripes(count: number): LabelledImages {
  const images = new Uint8Array(count * IMAGE_SIZE);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const digit = (i * 7) % 10;
    labels[i] = digit;
    for (let row = 0; row < IMAGE_SIDE; row++) {
      images[i * IMAGE_SIZE + row * IMAGE_SIDE + 2 * digit + 4] = 255;
      images[i * IMAGE_SIZE + row * IMAGE_SIDE + 2 * digit + 5] = 200;
    }
  }
  return { images, labels, count };
}

/** Waits until `condition` holds, checking every 5 ms; throws after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
