/**
 * The training-data options of `npm run train`: MNIST alone or with pen-drawn digits, which
 * writers to learn from, augmentation, the book's expansion and the learning-rate schedule.
 */
import { sliceSet, type LabelledImages } from '../../src/mnist/dataset.ts';
import type { LrSchedule } from '../../src/nn/lr-schedule.ts';
import { createRng } from '../../src/nn/rng.ts';
import { planEpochData, type EpochDataSource } from '../../src/training-data/epoch-data.ts';
import { EXPANSION_FACTOR, expandByOnePixelMoves } from '../../src/training-data/expand.ts';
import { renderPool } from '../../src/training-data/render-pen-digit.ts';
import { parseWriterRange, splitByWriters, type WriterRange } from '../../src/training-data/writer-split.ts';
import { loadDrawnDigits } from '../eval-drawn/load-drawn-digits.ts';

export const DATA_USAGE = `  --data mnist|mnist+drawn  MNIST alone, or with the pen-drawn digits (public/drawn-digits)
                         rendered through the draw pad's pipeline, a third of each epoch
  --drawn-writers 1-30   the writers whose digits are trained on (1-20 keeps 21-30 unseen)
  --drawn-variants 4     renders of each drawn digit (size, place and brush vary) to draw from
  --augment              shift, rotate and scale every image afresh each epoch
  --expand               add each MNIST image moved one pixel down, up, right and left,
                         as the book's chapter 6 does (50,000 images become 250,000)
  --lr-decay             eta / 10 for the last 20% of the epochs`;

/** For parseArgs. */
export const DATA_OPTIONS = {
  data: { type: 'string' },
  'drawn-writers': { type: 'string' },
  'drawn-variants': { type: 'string' },
  augment: { type: 'boolean' },
  expand: { type: 'boolean' },
  'lr-decay': { type: 'boolean' },
} as const;

/** What the run trains on. */
export interface DataChoice {
  drawn: boolean;
  drawnWriters: WriterRange;
  drawnVariants: number;
  augment: boolean;
  /** MNIST grown fivefold by one-pixel moves (expand.ts). */
  expand: boolean;
  lrSchedule: LrSchedule;
}

type Values = { [K in keyof typeof DATA_OPTIONS]?: (typeof DATA_OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

/** Reads the options above; a wrong value ends with `usage(problem)`. */
export function parseDataArgs(values: Values, usage: (problem: string) => never): DataChoice {
  const data = values.data ?? 'mnist';
  if (data !== 'mnist' && data !== 'mnist+drawn') usage(`--data ${data}: expected mnist or mnist+drawn`);
  const drawnWriters = parseWriterRange(values['drawn-writers'] ?? '1-30');
  if (!drawnWriters || drawnWriters.to > 30) usage(`--drawn-writers ${values['drawn-writers']}: expected a range within 1-30, such as 1-20`);
  const drawnVariants = Number(values['drawn-variants'] ?? 4);
  if (!Number.isInteger(drawnVariants) || drawnVariants < 1 || drawnVariants > 20) {
    usage(`--drawn-variants ${values['drawn-variants']}: expected a whole number from 1 to 20`);
  }
  if (data === 'mnist' && (values['drawn-writers'] !== undefined || values['drawn-variants'] !== undefined)) {
    usage('--drawn-writers and --drawn-variants need --data mnist+drawn');
  }
  return { drawn: data === 'mnist+drawn', drawnWriters, drawnVariants, augment: !!values.augment, expand: !!values.expand, lrSchedule: values['lr-decay'] ? 'step-decay' : 'constant' };
}

/** One line saying what the run trains on, for the log and the saved model's metrics. */
export function describeData(choice: DataChoice): string {
  const parts = [choice.drawn ? `mnist+drawn writers ${choice.drawnWriters.from}-${choice.drawnWriters.to} x${choice.drawnVariants} renders` : 'mnist'];
  if (choice.expand) parts.push(`expanded x${EXPANSION_FACTOR} by one-pixel moves`);
  if (choice.augment) parts.push('augmented');
  if (choice.lrSchedule !== 'constant') parts.push(choice.lrSchedule);
  return parts.join(', ');
}

// The pool's stream, apart from the weights', the shuffles' and the epochs', from the run's seed.
const POOL_SEED_SALT = 0x2545f491;

/**
 * The source of each epoch's training set (the app's recipe, planEpochData): the first `mnistCount`
 * MNIST training images plus, with drawn digits, a pool of renders of the chosen writers' digits.
 */
export function createTrainingData(mnist: LabelledImages, mnistCount: number, choice: DataChoice, seed: number, log: (line: string) => void): EpochDataSource {
  let pool: LabelledImages | null = null;
  if (choice.drawn) {
    const started = performance.now();
    const { inside } = splitByWriters(loadDrawnDigits(), choice.drawnWriters);
    pool = renderPool(inside, choice.drawnVariants, createRng((seed ^ POOL_SEED_SALT) >>> 0));
    log(`Rendered ${pool.count} drawings of ${inside.length} digits by writers ${choice.drawnWriters.from}-${choice.drawnWriters.to} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const images = choice.expand ? expandByOnePixelMoves(sliceSet(mnist, 0, Math.min(mnistCount, mnist.count))) : mnist;
  if (choice.expand) log(`Expanded ${images.count / EXPANSION_FACTOR} MNIST images to ${images.count} by one-pixel moves`);
  return planEpochData({ trainSize: choice.expand ? images.count : mnistCount, seed, trainingData: choice.drawn ? 'mnist+drawn' : 'mnist', augment: choice.augment }, images, pool);
}
