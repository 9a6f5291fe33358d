import type { Network } from '../../src/nn/network.ts';
import type { Workload } from './workload.ts';

/** A network being trained by one engine. The runner fills `inputs` and `labels`, then calls `step`. */
export interface Session {
  /** Row-major [batchSize][784], pixels in [0, 1]. */
  inputs: Float32Array;
  /** Digit labels of the batch's examples. */
  labels: Uint8Array;
  /** One SGD step on the first `count` examples of inputs and labels. */
  step(count: number): void;
  /** The current weights, copied into our layout (weights row-major [out][in]). */
  snapshot(): Pick<Network, 'weights' | 'biases'>;
  /** Frees what the engine holds outside the JS heap. */
  dispose(): void;
}

/** One row of the benchmark: a training engine and how to start it on a workload. */
export interface Engine {
  name: string;
  /** Builds a session holding a copy of the workload's initial weights. */
  start(workload: Workload): Promise<Session>;
  /** What build or flavour ran, once started (for instance the wasm binary). */
  describe?(): string;
}
