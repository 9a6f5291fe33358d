import type { Stroke } from '../drawing/strokes.ts';
import { strokesToInput } from '../drawing/preprocess.ts';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import type { Rng } from '../nn/rng.ts';
import { augmentImage } from '../training-data/augment.ts';
import { renderPenDigit } from '../training-data/render-pen-digit.ts';

/** A labelled drawing as the page sends it: strokes in pad coordinates. */
export interface LabelledDrawing {
  label: number;
  strokes: Stroke[];
}

/** How a fine-tuning set is mixed. */
export const FINE_TUNE_MIX = {
  /** Copies of the person's drawings aimed at in all: each is repeated MY_TOTAL / count times, within the bounds below. */
  myTotal: 1_500,
  minCopies: 20,
  maxCopies: 100,
  /** MNIST images mixed in, so the network does not forget how others write. */
  mnist: 4_000,
  /** Pen-drawn images mixed in when they are rendered already. */
  drawn: 2_000,
} as const;

/** How many times each of `count` drawings is repeated. */
export const copiesPerDrawing = (count: number) =>
  Math.max(FINE_TUNE_MIX.minCopies, Math.min(FINE_TUNE_MIX.maxCopies, Math.round(FINE_TUNE_MIX.myTotal / Math.max(1, count))));

/** The strokes moved into the 0..1 box the pen-digit renderer takes, centred, aspect kept; null without points. */
export function toUnitBox(strokes: readonly Stroke[]): number[][][] | null {
  const points = strokes.flat();
  if (!points.length) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const side = Math.max(x1 - x0, y1 - y0, 1e-6);
  const dx = (side - (x1 - x0)) / 2;
  const dy = (side - (y1 - y0)) / 2;
  return strokes.map((stroke) => stroke.map((p) => [(p.x - x0 + dx) / side, (p.y - y0 + dy) / side]));
}

const toBytes = (input: Float32Array, out: Uint8Array, offset: number) => {
  for (let p = 0; p < IMAGE_SIZE; p++) out[offset + p] = Math.round(input[p] * 255);
};

/** Copies `count` images picked at random from `set` into the end of images/labels at `at`; returns the next free index. */
function addRandomPicks(set: LabelledImages | null, count: number, images: Uint8Array, labels: Uint8Array, at: number, rng: Rng): number {
  if (!set || set.count === 0) return at;
  for (let k = 0; k < count; k++, at++) {
    const from = Math.floor(rng.next() * set.count);
    images.set(set.images.subarray(from * IMAGE_SIZE, (from + 1) * IMAGE_SIZE), at * IMAGE_SIZE);
    labels[at] = set.labels[from];
  }
  return at;
}

/**
 * The training set of a fine-tuning run: each drawing as drawn, then redrawn with some variety
 * (size, place and brush, as the pen-drawn digits are) and slightly shifted, rotated and scaled,
 * mixed with random MNIST (and pen-drawn) images so the network keeps what it knew. Awaits
 * `pause` after each drawing (a worker yields there: 100 renders take about 100 ms).
 */
export async function buildFineTuneSet(
  drawings: readonly LabelledDrawing[],
  mnist: LabelledImages,
  drawn: LabelledImages | null,
  rng: Rng,
  pause: () => Promise<void> = async () => {},
): Promise<LabelledImages> {
  const copies = copiesPerDrawing(drawings.length);
  const extra = Math.min(FINE_TUNE_MIX.mnist, mnist.count) + (drawn?.count ? FINE_TUNE_MIX.drawn : 0);
  const capacity = drawings.length * copies + extra;
  const images = new Uint8Array(capacity * IMAGE_SIZE);
  const labels = new Uint8Array(capacity);
  const rendered = new Uint8Array(IMAGE_SIZE);
  let at = 0;
  for (const drawing of drawings) {
    const asDrawn = strokesToInput(drawing.strokes);
    const unit = toUnitBox(drawing.strokes);
    if (!asDrawn || !unit) continue;
    toBytes(asDrawn, images, at * IMAGE_SIZE);
    labels[at++] = drawing.label;
    for (let c = 1; c < copies; c++) {
      if (!renderPenDigit(unit, rng, rendered)) continue;
      augmentImage(rendered, 0, images, at * IMAGE_SIZE, rng);
      labels[at++] = drawing.label;
    }
    await pause();
  }
  at = addRandomPicks(mnist, Math.min(FINE_TUNE_MIX.mnist, mnist.count), images, labels, at, rng);
  at = addRandomPicks(drawn, FINE_TUNE_MIX.drawn, images, labels, at, rng);
  return { images: images.subarray(0, at * IMAGE_SIZE), labels: labels.subarray(0, at), count: at };
}
