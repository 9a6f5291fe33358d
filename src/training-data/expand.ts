import { IMAGE_SIDE, IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

/** The four one-pixel moves of the book's expansion: down, up, right, left (dx, dy). */
const ONE_PIXEL_MOVES = [
  [0, 1],
  [0, -1],
  [1, 0],
  [-1, 0],
] as const;

/** Images per original in an expanded set: the image itself and its four moved copies. */
export const EXPANSION_FACTOR = 1 + ONE_PIXEL_MOVES.length;

/**
 * The training set grown as Nielsen's chapter 6 grows it (expand_mnist.py): each image, then four
 * copies moved one pixel down, up, right and left, the row or column that comes in left as paper.
 * 50,000 images become 250,000. The order is image by image; training shuffles each epoch anyway.
 */
export function expandByOnePixelMoves(set: LabelledImages): LabelledImages {
  const count = set.count * EXPANSION_FACTOR;
  const images = new Uint8Array(count * IMAGE_SIZE);
  const labels = new Uint8Array(count);
  for (let i = 0; i < set.count; i++) {
    const src = set.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE);
    const first = i * EXPANSION_FACTOR;
    images.set(src, first * IMAGE_SIZE);
    labels.fill(set.labels[i], first, first + EXPANSION_FACTOR);
    ONE_PIXEL_MOVES.forEach(([dx, dy], k) => moveImage(src, images.subarray((first + 1 + k) * IMAGE_SIZE), dx, dy));
  }
  return { images, labels, count };
}

/** Writes `src` moved by (dx, dy) pixels into `dst` (zeroed: paper where nothing moves in). */
function moveImage(src: Uint8Array, dst: Uint8Array, dx: number, dy: number): void {
  for (let y = 0; y < IMAGE_SIDE; y++) {
    const fromY = y - dy;
    if (fromY < 0 || fromY >= IMAGE_SIDE) continue;
    for (let x = 0; x < IMAGE_SIDE; x++) {
      const fromX = x - dx;
      if (fromX >= 0 && fromX < IMAGE_SIDE) dst[y * IMAGE_SIDE + x] = src[fromY * IMAGE_SIDE + fromX];
    }
  }
}
