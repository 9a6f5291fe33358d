import { configProblems } from '../../../nn/config-limits.ts';
import { createNetwork, type Network } from '../../../nn/network.ts';
import { createRng } from '../../../nn/rng.ts';
import type { NetworkSpec, TrainConfig } from '../../../nn/types.ts';
import type { CompareConfig, FrameworkInit } from './compare-api.ts';

/** Nielsen ch. 1's network: sigmoid layers and the quadratic cost. */
export const bookSpec = (layers: number[]): NetworkSpec => ({ layers: [...layers], activation: 'sigmoid', cost: 'quadratic' });

/** A compare config as our trainer's config (no L2, plain MNIST), for the training session's order and the limits. */
export function toTrainConfig(config: CompareConfig): TrainConfig {
  const { layers, eta, batchSize, epochs, trainSize, seed } = config;
  return { ...bookSpec(layers), init: 'normal', eta, batchSize, epochs, lambda: 0, trainSize, seed };
}

/** What is wrong with a compare config, as one sentence; null when it can run. */
export function compareConfigProblem(config: CompareConfig): string | null {
  const problems = Object.values(configProblems(toTrainConfig(config)));
  return problems.length ? `Cannot compare: ${problems.join('; ')}.` : null;
}

/**
 * Glorot (Xavier) uniform weights, U(-limit, limit) with limit = sqrt(6 / (fan_in + fan_out)), and
 * zero biases: what a framework's Dense layer starts from. Drawn from our seeded generator, so a
 * run is reproducible. Layout as createNetwork's (weights row-major [out][in]).
 */
export function createGlorotNetwork(layers: number[], seed: number): Network {
  const rng = createRng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const nIn = layers[l];
    const nOut = layers[l + 1];
    const limit = Math.sqrt(6 / (nIn + nOut));
    const w = new Float32Array(nOut * nIn);
    for (let i = 0; i < w.length; i++) w[i] = (2 * rng.next() - 1) * limit;
    weights.push(w);
    biases.push(new Float32Array(nOut));
  }
  return { ...bookSpec(layers), weights, biases };
}

/** The framework side's starting weights: ours exactly ('book'), or a Dense layer's defaults ('glorot'). */
export function frameworkInitialNetwork(layers: number[], init: FrameworkInit, seed: number): Network {
  return init === 'glorot' ? createGlorotNetwork(layers, seed) : createNetwork(bookSpec(layers), 'normal', seed);
}
