import type { LabelledImages } from '../../src/mnist/dataset.ts';
import type { Network } from '../../src/nn/network.ts';
import type { Workload } from './workload.ts';

/** Weights and biases in our layout (weights row-major [out][in]). */
export type Weights = Pick<Network, 'weights' | 'biases'>;

/** A network being trained by one engine, on one workload. */
export interface Session {
  /**
   * One SGD step on examples order[start .. start + count) of the training set. Forming the batch
   * from the bytes is the engine's job (and inside the timing), as it is in a real run.
   */
  step(start: number, count: number): void;
  /** A copy of the current weights, in our layout. */
  snapshot(): Weights;
  /** Frees what the engine holds outside the JS heap. */
  dispose(): void;
  /** Called when the session resumes after a pause (another engine ran meanwhile). */
  resume?(): void;
}

/** One row of the benchmark: a training engine and how to start it on a workload. */
export interface Engine {
  name: string;
  /** Builds a session holding a copy of the workload's initial weights. */
  start(workload: Workload, train: LabelledImages): Promise<Session>;
  /** What build or flavour ran, once started (for instance the wasm binary). */
  describe?(): string;
}
