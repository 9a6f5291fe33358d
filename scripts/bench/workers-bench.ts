/**
 * Several workers against one, side by side, in Node or in a Chromium worker: the same WebAssembly
 * engine alone, shared by 2 threads at every step, and shared as its chooser decides (what the app
 * runs), taking turns on the same mini-batches, so each ratio compares figures taken under the same
 * load; long enough (50,000 steps each) that the helpers' slow first steps weigh little.
 */
import { cloneNetwork } from '../../src/nn/network.ts';
import type { TrainingEngine } from '../../src/nn/training-engine.ts';
import { createEngine } from '../../src/nn/wasm/create-engine.ts';
import { fixedMode } from '../../src/nn/wasm/mode-chooser.ts';
import { createSplitEngine, type SplitEngine } from '../../src/nn/wasm/split-engine.ts';
import type { LabelledImages } from '../../src/mnist/dataset.ts';
import { median } from './compare.ts';
import type { SpawnHelper } from './engines/ours.ts';
import { table } from './report.ts';
import { batchesPerEpoch, createWorkload } from './workload.ts';

/** Turns each engine takes, and mini-batches per turn. */
const TURNS = 20;
const TURN_BATCHES = 2500;

/** Examples per second over `batches` mini-batches from batch `first` on (wrapping round the epoch). */
function turn(engine: TrainingEngine, order: Uint32Array, epochBatches: number, first: number, size: number): number {
  (engine as Partial<SplitEngine>).chooser?.interrupt();
  const started = performance.now();
  for (let b = 0; b < TURN_BATCHES; b++) engine.trainBatch(order, ((first + b) % epochBatches) * size, size, 3, 1);
  return (TURN_BATCHES * size) / ((performance.now() - started) / 1000);
}

/**
 * The table for one network: each way's median speed and its median ratio to one worker, turn by
 * turn; `spawn` starts helpers (Node worker threads or Web Workers), `where` names the place.
 */
export async function benchWorkers(layers: number[], train: LabelledImages, spawn: SpawnHelper, where: string): Promise<string[]> {
  const workload = createWorkload(layers, train);
  const size = workload.config.batchSize;
  const start = (make: (net: ReturnType<typeof cloneNetwork>) => Promise<TrainingEngine>) => make(cloneNetwork(workload.initial));
  const kind = 'wasm-relaxed-simd';
  const one = await start((net) => createEngine(kind, net, size));
  const shared = await start((net) => createSplitEngine(kind, net, size, 2, train.count, spawn, fixedMode('shared')));
  const chosen = await start((net) => createSplitEngine(kind, net, size, 2, train.count, spawn));
  const engines = [one, shared, chosen];
  engines.forEach((e) => e.setTrainingData(train));
  const speeds = engines.map(() => [] as number[]);
  const epochBatches = batchesPerEpoch(workload);
  for (let t = 0; t < TURNS; t++) engines.forEach((e, i) => speeds[i].push(turn(e, workload.order, epochBatches, t * TURN_BATCHES, size)));
  (shared as SplitEngine).dispose();
  (chosen as SplitEngine).dispose();
  const ratio = (i: number) => median(speeds[i].map((s, t) => s / speeds[0][t]));
  const spread = (i: number) => {
    const r = speeds[i].map((s, t) => s / speeds[0][t]).sort((a, b) => a - b);
    return `${r[Math.floor(r.length / 4)].toFixed(2)}-${r[Math.floor((3 * r.length) / 4)].toFixed(2)}`;
  };
  const int = (n: number) => Math.round(n).toLocaleString('en-US');
  const names = ['1 worker', '2 workers, every step shared', '2 workers, helpers when faster (the app)'];
  return [
    `[${layers.join(', ')}], ours (wasm relaxed SIMD), ${where}, ${TURNS} turns of ${TURN_BATCHES} mini-batches each:`,
    ...table(
      ['engine', 'examples/s', '÷ 1 worker', 'middle half of turns'],
      names.map((name, i) => [name, int(median(speeds[i])), `${ratio(i).toFixed(2)}x`, i ? spread(i) : '']),
    ),
    `  helpers when faster: ${(100 * (chosen as SplitEngine).chooser.sharedFraction).toFixed(0)}% of steps shared`,
  ];
}
