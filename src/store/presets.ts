import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';

/** A configuration from the book, with the test accuracy the book reports for it. */
export interface Preset {
  id: 'ch1' | 'founding' | 'ch3';
  name: string;
  config: TrainConfig;
  /** Best test accuracy reported for this setup (fraction). */
  bookAccuracy: number;
}

export type PresetId = Preset['id'];

const ch1: TrainConfig = { ...DEFAULT_CONFIG, layers: [784, 30, 10] };

/** The three starting points the app offers; each sets every control. */
export const PRESETS: readonly Preset[] = [
  { id: 'ch1', name: 'Nielsen ch. 1: [784,30,10]', config: ch1, bookAccuracy: 0.9542 },
  { id: 'founding', name: 'Founding run: [784,40,10]', config: { ...ch1, layers: [784, 40, 10] }, bookAccuracy: 0.9557 },
  {
    id: 'ch3',
    name: 'Nielsen ch. 3: 100 hidden, cross-entropy, L2',
    config: { ...ch1, layers: [784, 100, 10], cost: 'cross-entropy', init: 'scaled', lambda: 5, eta: 0.5 },
    bookAccuracy: 0.9792,
  },
];

/**
 * The preset whose network and hyperparameters a config uses; the training-set size, the number
 * of epochs and the seed may differ (the book's figure is then a reference, not a target).
 */
export function matchingPreset(config: TrainConfig): Preset | undefined {
  return PRESETS.find(({ config: p }) =>
    p.layers.join() === config.layers.join() &&
    p.activation === config.activation &&
    p.cost === config.cost &&
    p.init === config.init &&
    p.eta === config.eta &&
    p.batchSize === config.batchSize &&
    p.lambda === config.lambda,
  );
}
