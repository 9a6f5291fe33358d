import type { LabelledImages } from '../../../src/mnist/dataset.ts';
import type { Activation } from '../../../src/nn/types.ts';
import { createConvWorkload, type ConvBenchEngine, type ConvSession } from './workload.ts';

/** One timing of the conv benchmark: the network, its settings, and how many mini-batches. */
export interface ConvRunRequest {
  model: string;
  activation: Activation;
  eta: number;
  batchSize: number;
  batches: number;
  /** Runs from the same start; the best counts (other work on the machine only slows a run down). */
  repeat: number;
}

/** An engine's speed in a run, and what it says it ran on (TF.js: its backend), or why it failed. */
export interface ConvTiming {
  perSecond: number;
  note: string;
}

// The first batches are not timed: compilation, the JIT's warm-up, caches.
export const WARM_UP_BATCHES = 10;

/**
 * Trains `engine` on the request's workload (the same weights and mini-batches for every engine and
 * runtime) and returns its best examples per second; `afterRun` sees each run's session before it
 * is disposed of. The same loop in Node (conv-bench.ts) and in a Chromium worker (bench.worker.ts).
 */
export async function timeConvEngine(
  engine: ConvBenchEngine,
  request: ConvRunRequest,
  train: LabelledImages,
  afterRun?: (session: ConvSession) => void,
): Promise<number> {
  const { model, activation, eta, batchSize, batches, repeat } = request;
  const workload = createConvWorkload(model, activation, eta, batchSize, train);
  let perSecond = 0;
  for (let r = 0; r < repeat; r++) {
    const session = await engine.start(workload, train);
    try {
      let started = 0;
      for (let b = 0; b < batches; b++) {
        if (b === WARM_UP_BATCHES) started = performance.now();
        session.step(b * batchSize, batchSize);
      }
      perSecond = Math.max(perSecond, ((batches - WARM_UP_BATCHES) * batchSize) / ((performance.now() - started) / 1000));
      afterRun?.(session);
    } finally {
      session.dispose();
    }
  }
  return perSecond;
}
