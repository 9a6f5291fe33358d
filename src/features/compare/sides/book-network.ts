import { configProblems } from '../../../nn/config-limits.ts';
import { createConvNetwork, type ConvNetwork } from '../../../nn/conv/conv-network.ts';
import { denseModel, layerShapes, shapeSize, type ModelSpec } from '../../../nn/conv/model-spec.ts';
import { parseModel } from '../../../nn/conv/parse-model.ts';
import { createNetwork, type Network } from '../../../nn/network.ts';
import { createRng } from '../../../nn/rng.ts';
import type { NetworkSpec, TrainConfig } from '../../../nn/types.ts';
import type { CompareConfig, FrameworkInit } from './compare-api.ts';

/** Nielsen ch. 1's network: sigmoid layers and the quadratic cost. */
export const bookSpec = (layers: number[]): NetworkSpec => ({ layers: [...layers], activation: 'sigmoid', cost: 'quadratic' });

/**
 * A compare config as our trainer's config (no L2, plain MNIST), for the training session's order and
 * the limits. A convolutional one is ch. 6's: a softmax output with the log-likelihood cost, weights
 * N(0, 1/n_in) (the app's 'scaled' init for conv networks).
 */
export function toTrainConfig(config: CompareConfig): TrainConfig {
  const { layers, model, activation, eta, batchSize, epochs, trainSize, seed } = config;
  const common = { eta, batchSize, epochs, lambda: 0, trainSize, seed };
  if (model === undefined) return { ...bookSpec(layers), init: 'normal', ...common };
  return { layers: [...layers], model, activation: activation ?? 'sigmoid', cost: 'log-likelihood', init: 'scaled', ...common };
}

/** What is wrong with a compare config, as one sentence; null when it can run. */
export function compareConfigProblem(config: CompareConfig): string | null {
  const { layers, ...others } = configProblems(toTrainConfig(config));
  // A convolutional run does not train `layers` (the fully connected choice kept for a switch back).
  const problems = Object.values(config.model === undefined ? { layers, ...others } : others).filter(Boolean);
  return problems.length ? `Cannot compare: ${problems.join('; ')}.` : null;
}

/**
 * Glorot (Xavier) uniform weights, U(-limit, limit) with limit = sqrt(6 / (fan_in + fan_out)), and
 * zero biases: what a framework's Dense and Conv2D layers start from (a conv layer's fans are
 * channels × kernel area in and maps × kernel area out, as Keras counts them). Drawn from our seeded
 * generator, so a run is reproducible. Layouts as createConvNetwork's.
 */
function glorotParameters(spec: ModelSpec, seed: number): Pick<ConvNetwork, 'weights' | 'biases'> {
  const rng = createRng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (const s of layerShapes(spec)) {
    const area = s.layer.kind === 'conv' ? s.layer.kernel * s.layer.kernel : 1;
    const fanIn = s.layer.kind === 'conv' ? s.input.depth * area : shapeSize(s.input);
    const fanOut = s.layer.kind === 'conv' ? s.layer.maps * area : s.biases;
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const w = new Float32Array(s.weights);
    for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * limit;
    weights.push(w);
    biases.push(new Float32Array(s.biases));
  }
  return { weights, biases };
}

/** The fully connected network `layers` with Glorot's weights (weights row-major [out][in]). */
export const createGlorotNetwork = (layers: number[], seed: number): Network => ({ ...bookSpec(layers), ...glorotParameters(denseModel(layers), seed) });

/** The framework side's starting weights: ours exactly ('book'), or a Dense layer's defaults ('glorot'). */
export function frameworkInitialNetwork(layers: number[], init: FrameworkInit, seed: number): Network {
  return init === 'glorot' ? createGlorotNetwork(layers, seed) : createNetwork(bookSpec(layers), 'normal', seed);
}

/** The convolutional network `config.model` as our side starts it (throws if the description is wrong). */
export function bookConvNetwork(config: CompareConfig): ConvNetwork {
  const { activation, cost, init } = toTrainConfig(config);
  return createConvNetwork(parseModel(config.model ?? ''), activation, cost, init, config.seed);
}

/** The framework side's convolutional network: ours exactly ('book'), or Conv2D and Dense layers' Glorot defaults. */
export function frameworkInitialConvNetwork(config: CompareConfig): ConvNetwork {
  const ours = bookConvNetwork(config);
  return config.framework.init === 'glorot' ? { ...ours, ...glorotParameters(ours.spec, config.seed) } : ours;
}
