import { isConvNetwork, type AnyNetwork } from '../nn/conv/any-network.ts';
import { formatModel } from '../nn/conv/parse-model.ts';
import { LIMITS } from '../nn/config-limits.ts';
import { DEFAULT_CONFIG, type Cost, type TrainConfig } from '../nn/types.ts';

/** Passes over the fine-tuning set: enough to learn a few drawings, short enough to keep the rest. */
export const FINE_TUNE_EPOCHS = 3;
/**
 * Fine-tuning steps at a fifth of the learning rate the model was trained with. Measured on the
 * fully connected ready model, public/models/ready-dense.bin (one misread pen-drawn 4 among 4,000
 * MNIST images, 3 epochs, seeds 1 and 2): at a fifth, the 4 is read right after the first epoch and
 * MNIST test accuracy stays at 98.45-98.64% (98.59% before); at the full rate it flips too, but
 * MNIST drops to 97.99-98.32%. On the convolutional ready model (its misread pen-drawn 3, #1469,
 * in Node, 17 s): the 3's output goes 0.129 -> 0.999 and MNIST test accuracy 99.45% -> 99.23% (measured on the float16 ready.bin); a tenth
 * of the rate gave 99.11%, so the loss there is the short run's noise more than its rate.
 */
export const FINE_TUNE_ETA_FACTOR = 0.2;
// The book's rates per cost, for a network whose training config is unknown.
const ETA_BY_COST: Record<Cost, number> = { quadratic: 3, 'cross-entropy': 0.5, 'log-likelihood': 0.5 };

/**
 * The config of a fine-tuning run of `net` over `count` examples, from the config the network was
 * trained with (as far as it is known). L2 is scaled so each step decays the weights as much as in
 * a full epoch of the original training (decay = 1 - eta * lambda / n).
 */
export function fineTuneConfig(net: AnyNetwork, trainedWith: Partial<TrainConfig> | null, count: number, seed: number): TrainConfig {
  // A file's config is only partly checked: fall back on the book's values where it is unusable.
  const usable = (v: unknown, { min, max }: { min: number; max: number }): v is number => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
  const eta = (usable(trainedWith?.eta, LIMITS.eta) ? trainedWith.eta : ETA_BY_COST[net.cost]) * FINE_TUNE_ETA_FACTOR;
  // Unknown: the whole MNIST training set, the most a run trains on.
  const originalCount = (usable(trainedWith?.trainSize, LIMITS.trainSize) ? trainedWith.trainSize : LIMITS.trainSize.max) * (trainedWith?.trainingData === 'mnist+drawn' ? 1.5 : 1);
  const lambda = ((usable(trainedWith?.lambda, LIMITS.lambda) ? trainedWith.lambda : 0) * count) / originalCount;
  // A convolutional network is its description; the fully connected choice kept beside it is the default's.
  const shape = isConvNetwork(net) ? { layers: DEFAULT_CONFIG.layers, model: formatModel(net.spec) } : { layers: net.layers };
  return {
    ...DEFAULT_CONFIG,
    ...shape,
    activation: net.activation,
    cost: net.cost,
    eta,
    lambda,
    batchSize: usable(trainedWith?.batchSize, LIMITS.batchSize) ? Math.round(trainedWith.batchSize) : 10,
    epochs: FINE_TUNE_EPOCHS,
    trainSize: count,
    init: trainedWith?.init === 'normal' ? 'normal' : 'scaled',
    seed,
    trainingData: 'mnist',
    augment: false,
    lrSchedule: 'constant',
  };
}
