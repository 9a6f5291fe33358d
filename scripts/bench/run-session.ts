import type { Session, Weights } from './engine.ts';
import type { Workload } from './workload.ts';

/** Mini-batches trained before the clock starts, so that JIT compilers and allocators settle. */
export const WARMUP_BATCHES = 20;

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
function trainBatches(session: Session, size: number, from: number, to: number): number {
  const started = performance.now();
  for (let i = from; i < to; i++) session.step(i * size, size);
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
  batches: number,
  checkpoint: number,
  slices: number,
): Generator<void, SessionResult> {
  const size = workload.config.batchSize;
  trainBatches(session, size, 0, 1);
  const afterFirst = session.snapshot();
  trainBatches(session, size, 1, WARMUP_BATCHES);
  let seconds = 0;
  const sliceSpeeds: number[] = [];
  let atCheckpoint: Weights | undefined;
  for (let s = 0; s < slices; s++) {
    const from = WARMUP_BATCHES + Math.round(((batches - WARMUP_BATCHES) * s) / slices);
    const to = WARMUP_BATCHES + Math.round(((batches - WARMUP_BATCHES) * (s + 1)) / slices);
    session.resume?.();
    let sliceSeconds: number;
    if (from < checkpoint && checkpoint <= to) {
      sliceSeconds = trainBatches(session, size, from, checkpoint);
      atCheckpoint = session.snapshot();
      sliceSeconds += trainBatches(session, size, checkpoint, to);
    } else {
      sliceSeconds = trainBatches(session, size, from, to);
    }
    seconds += sliceSeconds;
    sliceSpeeds.push(((to - from) * size) / sliceSeconds);
    yield;
  }
  atCheckpoint ??= session.snapshot();
  return { examples: (batches - WARMUP_BATCHES) * size, seconds, sliceSpeeds, afterFirst, atCheckpoint, atEnd: session.snapshot() };
}
