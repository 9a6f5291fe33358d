import * as tf from '@tensorflow/tfjs-core';
import { frameworkInitialConvNetwork, frameworkInitialNetwork } from './book-network.ts';
import { FRAMEWORK_DEFAULT_LEARNING_RATE, type CompareConfig, type FrameworkSettings } from './compare-api.ts';
import { createFrameworkConvNet } from './framework-conv-net.ts';
import { createFrameworkNet, type FrameworkNet } from './framework-net.ts';
import type { SideEngine } from './side-loop.ts';

/** The learning rate the framework's optimizer gets when the run's is `eta`. */
export const optimizerLearningRate = (settings: FrameworkSettings) => (eta: number) =>
  settings.learningRate === 'framework-default' ? FRAMEWORK_DEFAULT_LEARNING_RATE : eta;

/** The run's network in TF.js on its current backend: fully connected, or convolutional with `model`. */
function createNet(config: CompareConfig): FrameworkNet {
  if (config.model === undefined) return createFrameworkNet(frameworkInitialNetwork(config.layers, config.framework.init, config.seed), config.framework.costReduction, config.batchSize);
  // TF.js's wasm backend has no conv filter gradient: it is computed as a conv2d there.
  return createFrameworkConvNet(frameworkInitialConvNetwork(config), config.batchSize, tf.getBackend() === 'wasm');
}

/**
 * The framework side: the network in TF.js, started by `startBackend` (the worker's serves the
 * .wasm files from our origin; the CLI's reads them from node_modules).
 */
export function createFrameworkSide(startBackend: () => Promise<string>): SideEngine {
  return {
    start: startBackend,
    async createRun(config) {
      const net = createNet(config);
      const learningRate = optimizerLearningRate(config.framework);
      const trainer = { ...net, trainBatch: (order: ArrayLike<number>, start: number, count: number, eta: number) => net.trainBatch(order, start, count, learningRate(eta)) };
      return { trainer, dispose: net.dispose };
    },
  };
}
