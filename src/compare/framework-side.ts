import { frameworkInitialNetwork } from './book-network.ts';
import { createFrameworkNet } from './framework-net.ts';
import type { SideEngine } from './side-loop.ts';

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
      return { initial, trainer: net, dispose: net.dispose };
    },
  };
}
