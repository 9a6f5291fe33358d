import { createFrameworkNet } from '../../../src/features/compare/sides/framework-net.ts';
import type { LabelledImages } from '../../../src/mnist/dataset.ts';
import type { Engine, Session } from '../engine.ts';
import type { Workload } from '../workload.ts';
import { startTfInNode } from '../../compare/tf-node.ts';

/**
 * tf.losses.meanSquaredError averages over batch x 10 outputs, so its gradient is 2/10 of the
 * batch-mean gradient of Nielsen's C = 1/2 sum (a - y)^2: eta 3 there is a learning rate of 15 here.
 */
const learningRateFor = (eta: number, outputs: number) => (eta * outputs) / 2;

/**
 * The network in TF.js's core API (variables and optimizer.minimize, the leanest way to train it
 * in TF.js: tf.layers' fit and trainOnBatch add per-batch overhead on top of the same kernels),
 * shared with the compare view's framework side (src/features/compare/sides/framework-net.ts).
 */
function startTf(workload: Workload, train: LabelledImages): Session {
  const { layers, batchSize, eta } = workload.config;
  const net = createFrameworkNet(workload.initial, 'framework-mean', batchSize);
  net.setTrainingData(train);
  const learningRate = learningRateFor(eta, layers[layers.length - 1]);
  return {
    step: (start, count) => net.trainBatch(workload.order, start, count, learningRate),
    snapshot: () => net.snapshot(),
    dispose: () => net.dispose(),
  };
}

/** TF.js with its pure-JavaScript CPU backend, or its WebAssembly backend (XNNPACK) on one thread. */
function tfEngine(name: string, backend: 'cpu' | 'wasm'): Engine {
  let flavour = '';
  return {
    name,
    async start(workload, train) {
      flavour = await startTfInNode(backend);
      return startTf(workload, train);
    },
    describe: () => flavour,
  };
}

export const TFJS_CPU = tfEngine('TF.js cpu', 'cpu');
export const TFJS_WASM = tfEngine('TF.js wasm', 'wasm');
