import { evaluate } from '../../src/nn/evaluate.ts';
import type { MnistSplit } from '../../src/mnist/dataset.ts';
import type { Engine } from './engine.ts';
import { startOurs } from './engines/ours.ts';
import { sessionSlices, trainBatches, type SessionResult, type Weights } from './run-session.ts';
import type { Workload } from './workload.ts';

/** A peer as the benchmark runs it. */
export interface EngineEntry {
  engine: Engine;
  /** Mini-batches timed per network, keyed '784,30,10'; a full epoch where absent (slow peers train less). */
  batches?: Record<string, number>;
}

/** The figures of one engine on one network. */
export interface EngineRow {
  name: string;
  flavour: string;
  batches: number;
  examplesPerSecond: number;
  /** Our examples per second measured alongside this engine (for ours: every pairing's figure). */
  oursAlongside: number[];
  /** Ours ÷ this engine: the median over the turns of the ratio of the two speeds in that turn. */
  speedRatio: number;
  /** Test accuracy at the common checkpoint and at the end of this engine's run. */
  accuracyAtCheckpoint: number;
  accuracyAtEnd: number;
  /** Largest |w - w_ours| over all weights and biases after the first mini-batch. */
  firstStepDifference: number;
}

/** How many times each pair of runs takes turns. */
export const TURNS = 10;

/** The median (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Largest absolute difference between two sets of weights and biases. */
export function maxDifference(a: Weights, b: Weights): number {
  let max = 0;
  const bs = [...b.weights, ...b.biases];
  [...a.weights, ...a.biases].forEach((x, i) => x.forEach((v, k) => (max = Math.max(max, Math.abs(v - bs[i][k])))));
  return max;
}

/** Test accuracy of trained weights, through one shared forward pass so every engine is scored alike. */
export function testAccuracy(workload: Workload, weights: Weights, data: MnistSplit): number {
  return evaluate({ ...workload.initial, ...weights }, data.test).accuracy;
}

/** Our weights after the first mini-batch: every engine's first step is checked against them. */
export function referenceFirstStep(workload: Workload, data: MnistSplit): Weights {
  const session = startOurs(workload);
  trainBatches(session, workload, data.train, 0, 1);
  return session.snapshot();
}

/** What a run of `engine` gives, scored. */
function row(name: string, flavour: string, batches: number, result: SessionResult, workload: Workload, data: MnistSplit, reference: Weights): EngineRow {
  return {
    name,
    flavour,
    batches,
    examplesPerSecond: result.examples / result.seconds,
    oursAlongside: [],
    speedRatio: 1,
    accuracyAtCheckpoint: testAccuracy(workload, result.atCheckpoint, data),
    accuracyAtEnd: testAccuracy(workload, result.atEnd, data),
    firstStepDifference: maxDifference(result.afterFirst, reference),
  };
}

/**
 * Runs a peer and our engine side by side: they take turns, TURNS times, each training its next
 * share of its batches, so both see the machine in the same state. Returns [ours, peer].
 */
export async function benchPair(
  entry: EngineEntry,
  workload: Workload,
  data: MnistSplit,
  batches: { ours: number; peer: number; checkpoint: number },
  reference: Weights,
): Promise<[EngineRow, EngineRow]> {
  const peerSession = await entry.engine.start(workload);
  const oursSession = startOurs(workload);
  const train = data.train;
  const peer = sessionSlices(peerSession, workload, train, batches.peer, batches.checkpoint, TURNS);
  const ours = sessionSlices(oursSession, workload, train, batches.ours, batches.checkpoint, TURNS);
  let peerNext = peer.next();
  let oursNext = ours.next();
  while (!peerNext.done || !oursNext.done) {
    if (!oursNext.done) oursNext = ours.next();
    if (!peerNext.done) peerNext = peer.next();
  }
  peerSession.dispose();
  const oursRow = row('ours (TS)', '', batches.ours, oursNext.value, workload, data, reference);
  const peerRow = row(entry.engine.name, entry.engine.describe?.() ?? '', batches.peer, peerNext.value, workload, data, reference);
  const ratios = oursNext.value.sliceSpeeds.map((speed, turn) => speed / peerNext.value.sliceSpeeds[turn]);
  return [oursRow, { ...peerRow, oursAlongside: [oursRow.examplesPerSecond], speedRatio: median(ratios) }];
}
