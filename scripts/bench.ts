/**
 * npm run bench: trains the same networks from the same weights on the same mini-batches with our
 * engines and with TF.js (cpu, wasm) and ConvNetJS, in this one process, each beside our
 * TypeScript engine; then our engines in a Web Worker of headless Chromium beside Node. Prints a
 * table and writes results/bench-latest.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { benchPair, median, referenceFirstStep, scoredRow, TURNS, type BaselineRun, type EngineEntry, type EngineRow } from './bench/compare.ts';
import { CONVNETJS } from './bench/engines/convnet.ts';
import { ourEngine, OURS_TS } from './bench/engines/ours.ts';
import { TFJS_CPU, TFJS_WASM } from './bench/engines/tfjs.ts';
import { benchBrowser } from './bench/browser/bench-browser.ts';
import { benchWorkers } from './bench/workers-bench.ts';
import { spawnThreadHelper } from './split-threads.ts';
import { networkTable } from './bench/report.ts';
import { WARMUP_BATCHES } from './bench/run-session.ts';
import { batchesPerEpoch, createWorkload } from './bench/workload.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import type { MnistSplit } from '../src/mnist/dataset.ts';

const NETWORKS = [
  [784, 30, 10],
  [784, 100, 10],
];

/** Every ratio is the baseline's speed over another engine's, measured side by side. */
const BASELINE = OURS_TS;

/**
 * The engines measured beside the baseline. Adding an engine is one entry. The slow peers train
 * fewer mini-batches (the same first ones) to keep the run within a few minutes; every engine's
 * accuracy is compared at the smallest count, the checkpoint.
 */
const PEERS: EngineEntry[] = [
  { engine: ourEngine('wasm-relaxed-simd') },
  { engine: ourEngine('wasm-simd') },
  { engine: ourEngine('wasm-relaxed-simd', 2, spawnThreadHelper) },
  { engine: TFJS_WASM, batches: { '784,100,10': 2500 } },
  { engine: CONVNETJS, batches: { '784,30,10': 1500, '784,100,10': 1000 } },
  { engine: TFJS_CPU, batches: { '784,30,10': 1000, '784,100,10': 500 } },
];

/** Our engines run in Chromium and in Node, side by side, on the first network; the last on 2 workers in Chromium. */
const BROWSER_ENGINES = [{ kind: 'ts' }, { kind: 'wasm-simd' }, { kind: 'wasm-relaxed-simd' }, { kind: 'wasm-relaxed-simd', workers: 2 }] as const;

async function benchNetwork(layers: number[], data: MnistSplit): Promise<string[]> {
  const workload = createWorkload(layers, data.train);
  const epoch = batchesPerEpoch(workload);
  const batchesOf = (entry: EngineEntry) => entry.batches?.[layers.join(',')] ?? epoch;
  const checkpoint = Math.min(...PEERS.map(batchesOf));
  const reference = await referenceFirstStep(BASELINE, workload, data);
  const baselineRuns: BaselineRun[] = [];
  const peers: EngineRow[] = [];
  const notRun: string[] = [];
  for (const entry of PEERS) {
    try {
      const { peer, baseline } = await benchPair(BASELINE, entry, workload, data, batchesOf(entry), checkpoint, reference);
      console.log(`  [${layers}] ${peer.name}: ${Math.round(peer.examplesPerSecond)} examples/s; ${BASELINE.name} alongside ${Math.round(baseline.examplesPerSecond)}`);
      baselineRuns.push(baseline);
      peers.push(peer);
    } catch (error) {
      notRun.push(`  ${entry.engine.name}: not run here: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  // The baseline row: its longest run scored, and the median of its speeds beside every peer.
  const longest = baselineRuns.reduce((a, b) => (b.batches > a.batches ? b : a));
  const speeds = baselineRuns.map((r) => r.examplesPerSecond);
  const baseRow = {
    ...scoredRow(BASELINE, longest.batches, longest.result, workload, data, reference),
    examplesPerSecond: median(speeds),
    baselineAlongside: speeds,
  };
  return [...networkTable(layers, checkpoint, workload.config.batchSize, [baseRow, ...peers]), ...notRun];
}

const loadNow = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<void> {
  const started = performance.now();
  // Node 20 keeps relaxed SIMD behind a flag (Chrome has shipped it since 114); npm run train sets it too.
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
  const data = loadMnistFromDisk();
  const header = [
    `NN Magic benchmark, ${new Date().toISOString()}`,
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadNow()} at start`,
    'Workload: sigmoid, quadratic cost, eta 3 (TF.js sgd(15), ConvNetJS learning_rate 3), mini-batch 10, the same initial',
    'weights and the same mini-batches in the same order (the first epoch of `npm run train`, seed 2); one thread each.',
    `examples/s: forming each batch from the bytes plus the SGD step, after ${WARMUP_BATCHES} untimed warm-up batches. Each engine runs`,
    `beside a run of ${BASELINE.name} on the same batches, the two taking turns in ${TURNS} slices; "ours ÷ it" is the median over`,
    'the turns of the ratio of the two speeds, so it compares figures taken under the same load (this machine is shared).',
    "Test accuracy: each engine's trained weights, scored on the 10,000 test images by one shared forward pass.",
    `"max |Δw| step 1": largest weight difference from ${BASELINE.name} after the first mini-batch (tiny when the learning rates agree).`,
    '',
  ];
  console.log(header.join('\n'));
  const sections: string[][] = [];
  for (const layers of NETWORKS) sections.push(await benchNetwork(layers, data));
  sections.push(['Several workers, side by side (taking turns on the same mini-batches):']);
  for (const layers of NETWORKS) sections.push(await benchWorkers(layers, data.train, spawnThreadHelper, 'Node worker threads'));
  let failed = false;
  try {
    sections.push(await benchBrowser(BROWSER_ENGINES, NETWORKS[0], data));
  } catch (error) {
    failed = true;
    sections.push([`Browser part failed: ${(error as Error).message}`]);
  }
  const footer = `Total time ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadNow()} at the end.`;
  const report = [...header, ...sections.flatMap((s) => [...s, '']), footer].join('\n');
  console.log(`\n${report}`);
  const resultsDir = join(import.meta.dirname, '..', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench-latest.txt'), `${report}\n`);
  if (failed) process.exitCode = 1;
}

await main();
