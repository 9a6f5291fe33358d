/**
 * Several workers against one, side by side, in Node or in a Chromium worker: the same WebAssembly
 * engine alone, shared by 2 threads at every step, and shared as its chooser decides (what the app
 * runs), taking turns on the same mini-batches, so each ratio compares figures taken under the same
 * load; long enough (50,000 dense steps, 2,000 conv steps each) that the helpers' slow first steps weigh little.
 */
import { cloneNetwork } from '../../src/nn/network.ts';
import type { TrainingEngine } from '../../src/nn/training-engine.ts';
import { createEngine } from '../../src/nn/wasm/create-engine.ts';
import { fixedMode, type ModeChooser } from '../../src/nn/wasm/mode-chooser.ts';
import { cloneConvNetwork } from '../../src/nn/conv/conv-network.ts';
import { createConvSplitEngine } from '../../src/nn/conv/conv-split-engine.ts';
import { createWasmConvEngine } from '../../src/nn/conv/wasm-conv-engine.ts';
import { createSplitEngine } from '../../src/nn/wasm/split-engine.ts';
import type { LabelledImages } from '../../src/mnist/dataset.ts';
import { median } from './compare.ts';
import type { SpawnHelper } from './engines/ours.ts';
import { table } from './report.ts';
import { createConvWorkload } from './conv/workload.ts';
import { batchesPerEpoch, createWorkload } from './workload.ts';

/** Turns each engine takes, and mini-batches per turn (a conv step takes 100-1000x a dense one's time). */
const TURNS = 20;
const TURN_BATCHES = 2500;
const CONV_TURNS = 10;
const CONV_TURN_BATCHES = 200;

/** What the side-by-side run needs of an engine, dense or conv. */
interface Contender {
  trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): number;
  chooser?: ModeChooser;
  dispose?(): void;
}

interface Turns {
  order: Uint32Array;
  epochBatches: number;
  size: number;
  eta: number;
  turns: number;
  turnBatches: number;
}

/** Examples per second over `batches` mini-batches from batch `first` on (wrapping round the epoch). */
function turn(engine: Contender, t: Turns, first: number): number {
  engine.chooser?.interrupt();
  const started = performance.now();
  for (let b = 0; b < t.turnBatches; b++) engine.trainBatch(t.order, ((first + b) % t.epochBatches) * t.size, t.size, t.eta, 1);
  return (t.turnBatches * t.size) / ((performance.now() - started) / 1000);
}

/** The three ways take turns; each way's median speed and its median ratio to one worker, turn by turn. */
function sideBySide(title: string, [one, shared, chosen]: [Contender, Contender, Contender], t: Turns): string[] {
  const engines = [one, shared, chosen];
  const speeds = engines.map(() => [] as number[]);
  for (let i = 0; i < t.turns; i++) engines.forEach((e, j) => speeds[j].push(turn(e, t, i * t.turnBatches)));
  shared.dispose?.();
  chosen.dispose?.();
  const ratio = (i: number) => median(speeds[i].map((s, j) => s / speeds[0][j]));
  const spread = (i: number) => {
    const r = speeds[i].map((s, j) => s / speeds[0][j]).sort((a, b) => a - b);
    return `${r[Math.floor(r.length / 4)].toFixed(2)}-${r[Math.floor((3 * r.length) / 4)].toFixed(2)}`;
  };
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const names = ['1 worker', '2 workers, every step shared', '2 workers, helpers when faster (the app)'];
  return [
    `${title}, ${t.turns} turns of ${t.turnBatches} mini-batches of ${t.size} each:`,
    ...table(
      ['engine', 'examples/s', '÷ 1 worker', 'middle half of turns'],
      names.map((name, i) => [name, int(median(speeds[i])), `${ratio(i).toFixed(2)}x`, i ? spread(i) : '']),
    ),
    `  helpers when faster: ${(100 * chosen.chooser!.sharedFraction).toFixed(0)}% of steps shared`,
  ];
}

/**
 * The table for one fully connected network: `spawn` starts helpers (Node worker threads or Web
 * Workers), `where` names the place.
 */
export async function benchWorkers(layers: number[], train: LabelledImages, spawn: SpawnHelper, where: string): Promise<string[]> {
  const workload = createWorkload(layers, train);
  const size = workload.config.batchSize;
  const start = (make: (net: ReturnType<typeof cloneNetwork>) => Promise<TrainingEngine>) => make(cloneNetwork(workload.initial));
  const kind = 'wasm-relaxed-simd';
  const engines = await Promise.all([
    start((net) => createEngine(kind, net, size)),
    start((net) => createSplitEngine(kind, net, size, 2, train.count, spawn, fixedMode('shared'))),
    start((net) => createSplitEngine(kind, net, size, 2, train.count, spawn)),
  ]);
  engines.forEach((e) => e.setTrainingData(train));
  const turns = { order: workload.order, epochBatches: batchesPerEpoch(workload), size, eta: 3, turns: TURNS, turnBatches: TURN_BATCHES };
  return sideBySide(`[${layers.join(', ')}], ours (wasm relaxed SIMD), ${where}`, engines as [Contender, Contender, Contender], turns);
}

/** The same for a convolutional network (ReLU, softmax, η 0.1, mini-batches of 10), as conv-bench.ts trains it. */
export async function benchConvWorkers(model: string, train: LabelledImages, spawn: SpawnHelper, where: string): Promise<string[]> {
  const workload = createConvWorkload(model, 'relu', 0.1, 10, train);
  const size = workload.batchSize;
  const options = { dropout: 0, seed: 2 };
  const kind = 'wasm-relaxed-simd';
  const engines = await Promise.all([
    createWasmConvEngine(kind, cloneConvNetwork(workload.initial), size, options),
    createConvSplitEngine(kind, cloneConvNetwork(workload.initial), size, options, 2, spawn, fixedMode('shared')),
    createConvSplitEngine(kind, cloneConvNetwork(workload.initial), size, options, 2, spawn),
  ]);
  engines.forEach((e) => e.setTrainingData(train));
  const turns = { order: workload.order, epochBatches: Math.floor(train.count / size), size, eta: workload.eta, turns: CONV_TURNS, turnBatches: CONV_TURN_BATCHES };
  return sideBySide(`[${model}], ours (wasm relaxed SIMD), ${where}`, engines as [Contender, Contender, Contender], turns);
}
