/**
 * The in-browser half of the benchmark: our engines in a Web Worker, on the same workload and the
 * same training loop as the Node half. Playwright calls `benchWorker` inside this worker.
 */
import { sliceSet, type LabelledImages } from '../../../src/mnist/dataset.ts';
import { MNIST_FILES, parseIdxPair } from '../../../src/mnist/idx.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import { spawnWorkerHelper } from '../../../src/worker/parallel/spawn-helper.ts';
import type { Session } from '../engine.ts';
import { ourEngine } from '../engines/ours.ts';
import { benchConvWorkers, benchWorkers } from '../workers-bench.ts';
import { sessionSlices, type SessionResult } from '../run-session.ts';
import { createWorkload, type Workload } from '../workload.ts';
import { timeConvEngine, type ConvRunRequest, type ConvTiming } from '../conv/time-conv.ts';
import { WORKER_ENGINES } from '../conv/worker-engines.ts';

/** What Node sends: the network and its starting weights as plain arrays, and how long to train. */
export interface WorkerRequest {
  kind: EngineKind;
  /** Workers sharing each step (more than 1 needs the page cross-origin isolated). */
  workers: number;
  layers: number[];
  seed: number;
  weights: number[][];
  biases: number[][];
  batches: number;
  /** Slices the run is cut into; Node trains its own run between them. */
  slices: number;
}

/** What the worker answers: its timing, and the trained weights as plain arrays. */
export interface WorkerAnswer {
  examples: number;
  seconds: number;
  sliceSpeeds: number[];
  weights: number[][];
  biases: number[][];
  /** What the engine says of its run (a split engine: how often its helpers took part). */
  note: string;
}

let data: Promise<LabelledImages> | undefined;

async function download(name: string): Promise<Uint8Array> {
  const response = await fetch(`/mnist/${name}.gz`);
  if (!response.ok) throw new Error(`/mnist/${name}.gz: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The training images. The bench server sends the .gz files with Content-Encoding: gzip, so the
 * browser hands over the IDX bytes (the app's fetchMnist uses DOM types this config cannot check).
 */
async function loadTrainingSet(): Promise<LabelledImages> {
  const [images, labels] = await Promise.all([download(MNIST_FILES.trainImages), download(MNIST_FILES.trainLabels)]);
  return parseIdxPair(images, MNIST_FILES.trainImages, labels, MNIST_FILES.trainLabels);
}

let running: Generator<void, SessionResult> | undefined;
/** The session being run, disposed of at its end (a split engine's helpers then go). */
let current: Session | undefined;
let describeCurrent: (() => string) | undefined;

/** Starts a run of our engine; `next` then trains it slice by slice. */
async function start(request: WorkerRequest): Promise<void> {
  data ??= loadTrainingSet();
  const trainSet = await data;
  // Playwright's argument parser, once optimised on the float weights, hands integers over as
  // boxed doubles; the kernels, fed doubles for sizes, deoptimise and run about 40% slower. `| 0`
  // makes them small integers again, as they are in Node.
  const layers = request.layers.map((n) => n | 0);
  const [seed, batches, slices] = [request.seed | 0, request.batches | 0, request.slices | 0];
  const generated = createWorkload(layers, trainSet, seed);
  // Node's weights, not regenerated ones, so both sides start from the very same numbers.
  const workload: Workload = {
    ...generated,
    initial: { ...generated.initial, weights: request.weights.map((w) => Float32Array.from(w)), biases: request.biases.map((b) => Float32Array.from(b)) },
  };
  const engine = ourEngine(request.kind, request.workers | 0, spawnWorkerHelper);
  const session = await engine.start(workload, trainSet);
  current = session;
  describeCurrent = engine.describe;
  running = sessionSlices(session, workload, batches, batches, slices);
}

/** Trains the next slice; at the end, answers with the timing and the trained weights. */
function next(): WorkerAnswer | undefined {
  if (!running) throw new Error('next() before start()');
  const step = running.next();
  if (!step.done) return undefined;
  running = undefined;
  current?.dispose();
  const result = step.value;
  return {
    examples: result.examples,
    seconds: result.seconds,
    sliceSpeeds: result.sliceSpeeds,
    weights: result.atEnd.weights.map((w) => Array.from(w)),
    biases: result.atEnd.biases.map((b) => Array.from(b)),
    note: describeCurrent?.() ?? '',
  };
}

/** Loads MNIST ahead of the first timed run. */
async function load(): Promise<number> {
  data ??= loadTrainingSet();
  return (await data).count;
}

/**
 * The conv benchmark's engines in this worker, timed as conv-bench.ts times them in Node: examples
 * per second and what the engine says it ran on, by engine name. The training set is cut to
 * Nielsen's 50,000, as in Node, so the mini-batches are the same.
 */
async function conv(request: ConvRunRequest, names: string[]): Promise<Record<string, ConvTiming>> {
  data ??= loadTrainingSet();
  const train = sliceSet(await data, 0, 50_000);
  const timings: Record<string, ConvTiming> = {};
  for (const engine of WORKER_ENGINES.filter((e) => names.includes(e.name))) {
    try {
      const perSecond = await timeConvEngine(engine, { ...request, batches: request.batches | 0, batchSize: request.batchSize | 0, repeat: request.repeat | 0 }, train);
      timings[engine.name] = { perSecond, note: engine.describe?.() ?? '' };
    } catch (error) {
      timings[engine.name] = { perSecond: NaN, note: `failed: ${(error as Error).message.split('\n')[0]}` };
    }
  }
  return timings;
}

/** 1 worker against 2 in this worker, side by side (workers-bench.ts); the report's lines. */
async function workers(layers: number[]): Promise<string[]> {
  data ??= loadTrainingSet();
  return benchWorkers(layers.map((n) => n | 0), await data, spawnWorkerHelper, 'a Chromium worker and its helper workers');
}

/** The same for a convolutional network, on the conv benchmark's 50,000 training images. */
async function convWorkers(model: string): Promise<string[]> {
  data ??= loadTrainingSet();
  return benchConvWorkers(model, sliceSet(await data, 0, 50_000), spawnWorkerHelper, 'a Chromium worker and its helper workers');
}

(globalThis as unknown as { benchWorker: BenchWorker }).benchWorker = { load, start, next, workers, conv, convWorkers };

/** What this worker puts on its global scope for Playwright. */
export interface BenchWorker {
  load: typeof load;
  start: typeof start;
  next: typeof next;
  workers: typeof workers;
  conv: typeof conv;
  convWorkers: typeof convWorkers;
}
