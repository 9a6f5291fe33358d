import { createScratch, trainBatch } from '../../../src/nn/batch.ts';
import { cloneNetwork } from '../../../src/nn/network.ts';
import type { Engine, Session } from '../engine.ts';
import type { Workload } from '../workload.ts';

/** Our TypeScript engine (src/nn), stepping with trainBatch exactly as trainSlice does. */
export function startOurs(workload: Workload): Session {
  const net = cloneNetwork(workload.initial);
  const { eta, batchSize } = workload.config;
  const scratch = createScratch(net.layers, batchSize);
  // The runner writes the batch straight into the scratch input, as trainSlice's fillBatch does.
  return {
    inputs: scratch.acts[0],
    labels: scratch.labels,
    step: (count) => void trainBatch(net, scratch, count, eta, 1),
    snapshot: () => ({ weights: net.weights.map((w) => w.slice()), biases: net.biases.map((b) => b.slice()) }),
    dispose: () => {},
  };
}

export const OURS: Engine = {
  name: 'ours (TS)',
  start: async (workload) => startOurs(workload),
};
