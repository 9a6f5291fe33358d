import { evaluate } from '../../src/nn/evaluate.ts';
import type { MnistSplit } from '../../src/mnist/dataset.ts';
import type { Engine, Weights } from './engine.ts';
import { sessionSlices, type SessionResult } from './run-session.ts';
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
  /** The baseline's examples per second measured alongside this engine (for the baseline: every pairing's). */
  baselineAlongside: number[];
  /** Baseline ÷ this engine: the median over the turns of the ratio of the two speeds in that turn. */
  speedRatio: number;
  /** Test accuracy at the common checkpoint and at the end of this engine's run. */
  accuracyAtCheckpoint: number;
  accuracyAtEnd: number;
  /** Largest |w - w_baseline| over all weights and biases after the first mini-batch. */
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
function testAccuracy(workload: Workload, weights: Weights, data: MnistSplit): number {
  return evaluate({ ...workload.initial, ...weights }, data.test).accuracy;
}

/** The baseline's weights after the first mini-batch: every engine's first step is checked against them. */
export async function referenceFirstStep(baseline: Engine, workload: Workload, data: MnistSplit): Promise<Weights> {
  const session = await baseline.start(workload, data.train);
  session.step(0, workload.config.batchSize);
  const weights = session.snapshot();
  session.dispose();
  return weights;
}

/** An engine's row: its speed over the whole run, and the weights it reached, scored. */
export function scoredRow(engine: Engine, batches: number, result: SessionResult, workload: Workload, data: MnistSplit, reference: Weights): EngineRow {
  return {
    name: engine.name,
    flavour: engine.describe?.() ?? '',
    batches,
    examplesPerSecond: result.examples / result.seconds,
    baselineAlongside: [],
    speedRatio: 1,
    accuracyAtCheckpoint: testAccuracy(workload, result.atCheckpoint, data),
    accuracyAtEnd: testAccuracy(workload, result.atEnd, data),
    firstStepDifference: maxDifference(result.afterFirst, reference),
  };
}

/** The baseline's run beside one peer, left unscored: every such run trains the same batches alike. */
export interface BaselineRun {
  batches: number;
  examplesPerSecond: number;
  result: SessionResult;
}

/**
 * Runs a peer and the baseline side by side on the same mini-batches: they take turns, TURNS
 * times, each training the next share, so both see the machine in the same state.
 */
export async function benchPair(
  baseline: Engine,
  entry: EngineEntry,
  workload: Workload,
  data: MnistSplit,
  batches: number,
  checkpoint: number,
  reference: Weights,
): Promise<{ peer: EngineRow; baseline: BaselineRun }> {
  const peerSession = await entry.engine.start(workload, data.train);
  const baseSession = await baseline.start(workload, data.train);
  const peer = sessionSlices(peerSession, workload, batches, checkpoint, TURNS);
  const base = sessionSlices(baseSession, workload, batches, checkpoint, TURNS);
  let peerNext = peer.next();
  let baseNext = base.next();
  while (!peerNext.done || !baseNext.done) {
    if (!baseNext.done) baseNext = base.next();
    if (!peerNext.done) peerNext = peer.next();
  }
  peerSession.dispose();
  baseSession.dispose();
  const baseResult = baseNext.value;
  const baseSpeed = baseResult.examples / baseResult.seconds;
  const ratios = peerNext.value.sliceSpeeds.map((speed, turn) => baseResult.sliceSpeeds[turn] / speed);
  const peerRow = scoredRow(entry.engine, batches, peerNext.value, workload, data, reference);
  return {
    peer: { ...peerRow, baselineAlongside: [baseSpeed], speedRatio: median(ratios) },
    baseline: { batches, examplesPerSecond: baseSpeed, result: baseResult },
  };
}
