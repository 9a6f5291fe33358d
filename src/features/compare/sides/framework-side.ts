import { frameworkInitialNetwork } from './book-network.ts';
import { FRAMEWORK_DEFAULT_LEARNING_RATE, type FrameworkSettings } from './compare-api.ts';
import { createFrameworkNet } from './framework-net.ts';
import type { SideEngine } from './side-loop.ts';

/** The learning rate the framework's optimizer gets when the run's is `eta`. */
export const optimizerLearningRate = (settings: FrameworkSettings) => (eta: number) =>
  settings.learningRate === 'framework-default' ? FRAMEWORK_DEFAULT_LEARNING_RATE : eta;

/**
 * The framework side: the network in TF.js, started by `startBackend` (the worker's serves the
 * .wasm files from our origin; the CLI's reads them from node_modules).
 */
export function createFrameworkSide(startBackend: () => Promise<string>): SideEngine {
  return {
    start: startBackend,
    async createRun(config) {
      const initial = frameworkInitialNetwork(config.layers, config.framework.init, config.seed);
      const net = createFrameworkNet(initial, config.framework.costReduction, config.batchSize);
      const learningRate = optimizerLearningRate(config.framework);
      const trainer = { ...net, trainBatch: (order: ArrayLike<number>, start: number, count: number, eta: number) => net.trainBatch(order, start, count, learningRate(eta)) };
      return { trainer, dispose: net.dispose };
    },
  };
}
