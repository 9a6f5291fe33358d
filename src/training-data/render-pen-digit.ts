import { PAD_SIZE } from '../drawing/brush.ts';
import type { DrawnDigit } from '../drawing/drawn-digits-file.ts';
import { penDigitToStrokes } from '../drawing/pen-digits.ts';
import { strokesToInput } from '../drawing/preprocess.ts';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import type { Rng } from '../nn/rng.ts';

/** How differently a pen digit may be drawn: the side of its box as a fraction of the pad, and the brush width in pad px. */
export interface RenderVariety {
  minSize: number;
  maxSize: number;
  minBrush: number;
  maxBrush: number;
}

/**
 * People draw small and large with the same 26 px brush, so the stroke, relative to the digit,
 * is thin or thick: a digit over 45-85% of the pad with a 22-30 px brush spans stroke/size ratios
 * of 0.09-0.23 around MNIST's 0.14 (DRAWN_DIGIT_FRACTION with BRUSH_WIDTH).
 */
export const DEFAULT_VARIETY: RenderVariety = { minSize: 0.45, maxSize: 0.85, minBrush: 22, maxBrush: 30 };

const uniform = (rng: Rng, min: number, max: number) => min + (max - min) * rng.next();

/**
 * Draws a pen digit on the pad at a random size, position and brush width, through the draw pad's
 * own rasteriser and preprocessing, into `out` at `offset` as 784 bytes (0 paper .. 255 ink).
 * Returns false, leaving `out` untouched, when the drawing has no ink.
 */
export function renderPenDigit(strokes: number[][][], rng: Rng, out: Uint8Array, offset = 0, variety = DEFAULT_VARIETY): boolean {
  const brush = uniform(rng, variety.minBrush, variety.maxBrush);
  const side = uniform(rng, variety.minSize, variety.maxSize) * PAD_SIZE;
  // Keep the whole brush on the pad: ink past its edge would be lost, as on a real canvas.
  const room = Math.max(0, PAD_SIZE - side - brush - 2);
  const left = brush / 2 + 1 + room * rng.next();
  const top = brush / 2 + 1 + room * rng.next();
  const input = strokesToInput(penDigitToStrokes(strokes, PAD_SIZE, { side, left, top }), PAD_SIZE, brush);
  if (!input) return false;
  for (let p = 0; p < IMAGE_SIZE; p++) out[offset + p] = Math.round(input[p] * 255);
  return true;
}

/** Renders a pool a few digits at a time, so a worker can yield between slices and show progress. */
export interface PoolRenderer {
  /** Digits rendered so far, of `total`. */
  readonly done: number;
  readonly total: number;
  /** Renders up to `maxDigits` more digits; true when all are done. */
  renderSome(maxDigits: number): boolean;
  /** The renders so far, digit-major (digit i's versions together), blank drawings left out. */
  pool(): LabelledImages;
}

/**
 * Renders `variants` versions of each digit, a pool to draw training examples from. Rendering costs
 * about 1.2 ms of CPU a version in Node: 30,000 versions take half a minute, hence the slices.
 */
export function createPoolRenderer(digits: readonly DrawnDigit[], variants: number, rng: Rng, variety = DEFAULT_VARIETY): PoolRenderer {
  const images = new Uint8Array(digits.length * variants * IMAGE_SIZE);
  const labels = new Uint8Array(digits.length * variants);
  let count = 0;
  let done = 0;
  return {
    get done() {
      return done;
    },
    total: digits.length,
    renderSome(maxDigits) {
      for (const end = Math.min(digits.length, done + maxDigits); done < end; done++) {
        const digit = digits[done];
        for (let v = 0; v < variants; v++) {
          if (renderPenDigit(digit.strokes, rng, images, count * IMAGE_SIZE, variety)) labels[count++] = digit.label;
        }
      }
      return done === digits.length;
    },
    pool: () => ({ images: images.subarray(0, count * IMAGE_SIZE), labels: labels.subarray(0, count), count }),
  };
}

/** The whole pool in one go (createPoolRenderer), for Node scripts. */
export function renderPool(digits: readonly DrawnDigit[], variants: number, rng: Rng, variety = DEFAULT_VARIETY): LabelledImages {
  const renderer = createPoolRenderer(digits, variants, rng, variety);
  renderer.renderSome(digits.length);
  return renderer.pool();
}
