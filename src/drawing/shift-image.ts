import { IMAGE_SIDE, IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';

/** A move of the drawing: dx pixels right (negative: left), dy pixels down (negative: up). */
export interface Shift {
  dx: number;
  dy: number;
}

/** The four ways the guided path moves a drawing, one pixel each, in the order its buttons show them. */
export const SHIFT_DIRECTIONS = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
} as const satisfies Record<string, Shift>;

export type ShiftDirection = keyof typeof SHIFT_DIRECTIONS;

/** The farthest the path moves a drawing, in pixels: far enough that the fully connected network stumbles. */
export const MAX_SHIFT = 4;

/** `direction`'s move, `pixels` times over. */
export const shiftBy = (direction: ShiftDirection, pixels: number): Shift => ({ dx: SHIFT_DIRECTIONS[direction].dx * pixels, dy: SHIFT_DIRECTIONS[direction].dy * pixels });

/**
 * Writes `image` (side × side, row-major) moved by `shift` into `out`: what moves off the edge is
 * lost and what comes in is paper (0, in the network's input and in MNIST's bytes alike).
 */
export function shiftInto(image: ArrayLike<number>, { dx, dy }: Shift, out: Float32Array | Uint8Array, side = IMAGE_SIDE): void {
  for (let row = 0; row < side; row++) {
    const from = row - dy;
    for (let col = 0; col < side; col++) {
      const c = col - dx;
      out[row * side + col] = from >= 0 && from < side && c >= 0 && c < side ? image[from * side + c] : 0;
    }
  }
}

/** A 28x28 image (784 values) moved by `shift`, filled with paper where nothing was. */
export function shiftImage(image: Float32Array, shift: Shift): Float32Array {
  const out = new Float32Array(image.length);
  shiftInto(image, shift, out);
  return out;
}

/** Every image of `set` moved by `shift` (a new set; the labels are shared). */
export function shiftSet(set: LabelledImages, shift: Shift): LabelledImages {
  const images = new Uint8Array(set.images.length);
  for (let i = 0; i < set.count; i++) shiftInto(set.images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE), shift, images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE));
  return { images, labels: set.labels, count: set.count };
}
