import { configProblems } from '../nn/config-limits.ts';
import type { AnyNetwork } from '../nn/conv/any-network.ts';
import { createConvNetwork } from '../nn/conv/conv-network.ts';
import { canonicalDescription, parseModel as parseDescription } from '../nn/conv/parse-model.ts';
import { createNetwork } from '../nn/network.ts';
import type { TrainConfig } from '../nn/types.ts';

/**
 * The config checked, with whole numbers made V8 small integers again: numbers that cross a
 * worker message may arrive boxed, and boxed sizes slow every kernel down.
 */
export function checkedConfig(config: TrainConfig): TrainConfig {
  const problems = Object.values(configProblems(config));
  if (problems.length) throw new Error(problems.join('; '));
  const { layers, batchSize, epochs, trainSize, seed, model } = config;
  // The description in its one written form, so the page can compare it with a preset's.
  const described = model === undefined ? {} : { model: canonicalDescription(model) };
  return { ...config, ...described, layers: layers.map((n) => n | 0), batchSize: batchSize | 0, epochs: epochs | 0, trainSize: trainSize | 0, seed: seed | 0 };
}

/** New weights from the config's seed: the convolutional network its description names, else the fully connected `layers`. */
export const freshNetwork = (config: TrainConfig): AnyNetwork =>
  config.model === undefined ? createNetwork(config, config.init, config.seed) : createConvNetwork(parseDescription(config.model), config.activation, config.cost, config.init, config.seed);
