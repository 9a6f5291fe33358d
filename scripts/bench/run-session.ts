import { fillBatch, type LabelledImages } from '../../src/mnist/dataset.ts';
import type { Network } from '../../src/nn/network.ts';
import type { Session } from './engine.ts';
import type { Workload } from './workload.ts';

/** Mini-batches trained before the clock starts, so that JIT compilers and allocators settle. */
export const WARMUP_BATCHES = 20;

/** Weights and biases in our layout. */
export type Weights = Pick<Network, 'weights' | 'biases'>;

/** What a session did: its timed stretch and its weights at three points. */
export interface SessionResult {
  /** Examples trained inside the timing, and the seconds they took. */
  examples: number;
  seconds: number;
  /** Examples per second in each slice: two engines run in turns are compared slice by slice. */
  sliceSpeeds: number[];
  /** Weights after the first mini-batch: any difference in the learning rate or cost shows here. */
  afterFirst: Weights;
  /** Weights after `checkpoint` mini-batches, the point where every engine is compared. */
  atCheckpoint: Weights;
  /** Weights after all its mini-batches. */
  atEnd: Weights;
}

/** Trains mini-batches [from, to) of the workload and returns the seconds it took. */
export function trainBatches(session: Session, workload: Workload, train: LabelledImages, from: number, to: number): number {
  const size = workload.config.batchSize;
  const started = performance.now();
  for (let i = from; i < to; i++) {
    // Forming each batch from the bytes is timed for every engine alike, as it is in a real run.
    fillBatch(train, workload.order, i * size, size, session.inputs, session.labels);
    session.step(size);
  }
  return (performance.now() - started) / 1000;
}

/**
 * Trains `batches` mini-batches (more than WARMUP_BATCHES, at least `checkpoint`), timing all but
 * the warm-up, and pausing `slices` times along the way so that a caller can interleave two
 * engines and measure both under the same load. Snapshots are taken outside the timing.
 */
export function* sessionSlices(
  session: Session,
  workload: Workload,
  train: LabelledImages,
  batches: number,
  checkpoint: number,
  slices: number,
): Generator<void, SessionResult> {
  trainBatches(session, workload, train, 0, 1);
  const afterFirst = session.snapshot();
  trainBatches(session, workload, train, 1, WARMUP_BATCHES);
  let seconds = 0;
  const sliceSpeeds: number[] = [];
  let atCheckpoint: Weights | undefined;
  for (let s = 0; s < slices; s++) {
    const from = WARMUP_BATCHES + Math.round(((batches - WARMUP_BATCHES) * s) / slices);
    const to = WARMUP_BATCHES + Math.round(((batches - WARMUP_BATCHES) * (s + 1)) / slices);
    let sliceSeconds: number;
    if (from < checkpoint && checkpoint <= to) {
      sliceSeconds = trainBatches(session, workload, train, from, checkpoint);
      atCheckpoint = session.snapshot();
      sliceSeconds += trainBatches(session, workload, train, checkpoint, to);
    } else {
      sliceSeconds = trainBatches(session, workload, train, from, to);
    }
    seconds += sliceSeconds;
    sliceSpeeds.push(((to - from) * workload.config.batchSize) / sliceSeconds);
    yield;
  }
  atCheckpoint ??= session.snapshot();
  return { examples: (batches - WARMUP_BATCHES) * workload.config.batchSize, seconds, sliceSpeeds, afterFirst, atCheckpoint, atEnd: session.snapshot() };
}
