import { formatCount, formatNumber } from '../../../ui/format.ts';
import { LIMITS } from '../../../nn/config-limits.ts';
import type { TrainConfig } from '../../../nn/types.ts';
import { PRESETS } from '../../train/presets.ts';

/** The book's first network, as the Train card's first preset has it. */
export const BOOK = PRESETS[0].config;

/** The quick runs: the book's settings on 10,000 images for 5 epochs. */
export const QUICK = { ...BOOK, trainSize: 10_000, epochs: 5 };

/** One thing to try, as a change from the book's first network. */
export interface Experiment {
  id: string;
  name: string;
  says: string;
  config: TrainConfig;
  /** What a run that blew up shows, in the experiment's own words (only where that is what it is about). */
  blewUp?: string;
}

const clampEta = (eta: number) => Math.min(LIMITS.eta.max, Math.max(LIMITS.eta.min, eta));
const tooSmall = clampEta(BOOK.eta / 100);

/** The experiments of the last step, each a change from the book's first network. */
export const EXPERIMENTS: readonly Experiment[] = [
  {
    id: 'book-quick',
    name: `The book’s settings, quick (${formatCount(QUICK.trainSize)} images, ${QUICK.epochs} epochs)`,
    says: 'The yardstick: run it first, then compare each experiment with it.',
    config: QUICK,
  },
  {
    id: 'eta-small',
    name: `Learning rate 100 times too small (η ${formatNumber(tooSmall)} instead of the book’s ${formatNumber(BOOK.eta)})`,
    says: 'The cost falls, but very slowly: each step is tiny.',
    config: { ...QUICK, eta: tooSmall },
  },
  // 100 times the book's 3 is beyond the slider; cross-entropy learns well at 0.1, so 10 is 100 times too large there.
  {
    id: 'eta-large',
    name: 'Learning rate 100 times too large (cross-entropy, η 10 instead of 0.1)',
    says: 'Steps overshoot: the cost jumps about instead of falling, and the accuracy stays low.',
    config: { ...QUICK, cost: 'cross-entropy', eta: 10 },
    blewUp: 'that is what a learning rate 100 times too large does: every step overshoots, further each time',
  },
  { id: '3b1b', name: '3Blue1Brown’s network [784, 16, 16, 10]', says: 'Two small hidden layers, as in the video: does it read your digits as well as 30 neurons in one layer?', config: PRESETS.find((p) => p.id === '3b1b')!.config },
  {
    id: 'cross-entropy',
    name: 'Cross-entropy instead of quadratic cost',
    says: 'A badly wrong output learns fast instead of slowly: compare the first epochs with the book’s network.',
    config: { ...QUICK, cost: 'cross-entropy', eta: 0.5 },
  },
];

/** The settings that tell the experiments apart (a run's config also carries its seed and data choices). */
const key = (c: TrainConfig) => [c.layers.join(','), c.activation, c.cost, c.eta, c.batchSize, c.epochs, c.trainSize, c.lambda].join('|');

/** The experiment a run's settings are, if they are one. */
export const experimentOf = (config: TrainConfig | null): Experiment | undefined => (config ? EXPERIMENTS.find((e) => key(e.config) === key(config)) : undefined);
