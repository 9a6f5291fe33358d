import { expose } from 'comlink';
import { frameworkInitialNetwork } from './book-network.ts';
import { startFrameworkBackend } from './framework-backend.ts';
import { createFrameworkNet } from './framework-net.ts';
import { createSideApi } from './side-api.ts';

// The only module that loads TF.js: the page creates this worker when the compare view opens.
expose(
  createSideApi('framework', {
    start: startFrameworkBackend,
    async createRun(config) {
      const initial = frameworkInitialNetwork(config.layers, config.framework.init, config.seed);
      const net = createFrameworkNet(initial, config.framework.costReduction, config.batchSize);
      return { initial, trainer: net, dispose: net.dispose };
    },
  }),
);
