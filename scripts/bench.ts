/**
 * npm run bench: trains the same networks from the same weights on the same mini-batches with our
 * engine and with TF.js (cpu, wasm) and ConvNetJS, in this one process, then our engine in a Web
 * Worker of headless Chromium against Node. Prints a table and writes results/bench-latest.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchPair, maxDifference, median, referenceFirstStep, TURNS, type EngineEntry, type EngineRow } from './bench/compare.ts';
import { CONVNETJS } from './bench/engines/convnet.ts';
import { startOurs } from './bench/engines/ours.ts';
import { TFJS_CPU, TFJS_WASM } from './bench/engines/tfjs.ts';
import { openBrowserBench } from './bench/browser/run-in-chromium.ts';
import { browserTable, networkTable, type BrowserRound } from './bench/report.ts';
import { sessionSlices, WARMUP_BATCHES } from './bench/run-session.ts';
import { batchesPerEpoch, createWorkload, type Workload } from './bench/workload.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import type { MnistSplit } from '../src/mnist/dataset.ts';

const NETWORKS = [
  [784, 30, 10],
  [784, 100, 10],
];

/**
 * The peers our engine is measured against, each side by side with it. Adding an engine is one
 * entry. The slow peers train fewer mini-batches (the same first ones) to keep the run within a few
 * minutes; every engine's accuracy is compared at the smallest count, the checkpoint.
 */
const PEERS: EngineEntry[] = [
  { engine: TFJS_WASM, batches: { '784,100,10': 2500 } },
  { engine: CONVNETJS, batches: { '784,30,10': 1500, '784,100,10': 1000 } },
  { engine: TFJS_CPU, batches: { '784,30,10': 1000, '784,100,10': 500 } },
];

/** Epochs run in Node and in the browser, side by side; the median ratio is reported. */
const BROWSER_ROUNDS = 3;
const BROWSER_SLICES = 20;
const BROWSER_LAYERS = [784, 30, 10];

async function benchNetwork(layers: number[], data: MnistSplit): Promise<string[]> {
  const workload = createWorkload(layers, data.train);
  const epoch = batchesPerEpoch(workload);
  const batchesOf = (entry: EngineEntry) => entry.batches?.[layers.join(',')] ?? epoch;
  const checkpoint = Math.min(...PEERS.map(batchesOf));
  const reference = referenceFirstStep(workload, data);
  const ours: EngineRow[] = [];
  const peers: EngineRow[] = [];
  for (const entry of PEERS) {
    const [oursRow, peerRow] = await benchPair(entry, workload, data, { ours: epoch, peer: batchesOf(entry), checkpoint }, reference);
    console.log(`  [${layers}] ${peerRow.name}: ${Math.round(peerRow.examplesPerSecond)} examples/s, ours alongside ${Math.round(oursRow.examplesPerSecond)}`);
    ours.push(oursRow);
    peers.push(peerRow);
  }
  const speeds = ours.map((r) => r.examplesPerSecond);
  const oursRow = { ...ours[0], examplesPerSecond: median(speeds), oursAlongside: speeds };
  return networkTable(layers, checkpoint, workload.config.batchSize, [oursRow, ...peers]);
}

function weightsAsArrays(workload: Workload) {
  return { weights: workload.initial.weights.map((w) => Array.from(w)), biases: workload.initial.biases.map((b) => Array.from(b)) };
}

async function benchBrowser(data: MnistSplit): Promise<string[]> {
  const workload = createWorkload(BROWSER_LAYERS, data.train);
  const batches = batchesPerEpoch(workload);
  const bench = await openBrowserBench();
  try {
    const rounds: BrowserRound[] = [];
    const allTurnRatios: number[] = [];
    let weightDifference = 0;
    for (let r = 0; r < BROWSER_ROUNDS; r++) {
      // Node and the worker take turns, slice by slice, as ours and each peer do above.
      await bench.start({ layers: BROWSER_LAYERS, seed: workload.config.seed, batches, slices: BROWSER_SLICES, ...weightsAsArrays(workload) });
      const node = sessionSlices(startOurs(workload), workload, data.train, batches, batches, BROWSER_SLICES);
      let nodeStep = node.next();
      let answer = await bench.next();
      while (!nodeStep.done || !answer) {
        if (!nodeStep.done) nodeStep = node.next();
        if (!answer) answer = await bench.next();
      }
      const nodeResult = nodeStep.value;
      const browserWeights = { weights: answer.weights.map((w) => Float32Array.from(w)), biases: answer.biases.map((b) => Float32Array.from(b)) };
      weightDifference = Math.max(weightDifference, maxDifference(browserWeights, nodeResult.atEnd));
      const turnRatios = answer.sliceSpeeds.map((speed, turn) => speed / nodeResult.sliceSpeeds[turn]);
      allTurnRatios.push(...turnRatios);
      rounds.push({ node: nodeResult.examples / nodeResult.seconds, browser: answer.examples / answer.seconds, ratio: median(turnRatios) });
      console.log(`  browser round ${r + 1}: Node ${Math.round(rounds[r].node)}, Chromium ${Math.round(rounds[r].browser)} examples/s`);
    }
    const ratio = median(allTurnRatios);
    return [
      `Our engine in a Web Worker (Chromium ${bench.version}, headless) vs Node, [${BROWSER_LAYERS.join(', ')}], one epoch (${batches} batches)`,
      `per run, taking turns with Node in ${BROWSER_SLICES} slices`,
      ...browserTable(rounds, ratio, weightDifference),
    ];
  } finally {
    await bench.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const data = loadMnistFromDisk();
  const header = [
    `NN Magic benchmark, ${new Date().toISOString()}`,
    `Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start`,
    'Workload: sigmoid, quadratic cost, eta 3 (TF.js sgd(15), ConvNetJS learning_rate 3), mini-batch 10, the same initial',
    'weights and the same mini-batches in the same order (the first epoch of `npm run train`, seed 2); one thread each.',
    `examples/s: forming each batch from the bytes plus the SGD step, after ${WARMUP_BATCHES} untimed warm-up batches. Each peer runs`,
    `beside a run of ours, the two taking turns in ${TURNS} slices; "ours ÷ it" is the median over the turns of the ratio of`,
    'the two speeds in that turn, so it compares figures taken under the same load (this machine is shared).',
    "Test accuracy: each engine's trained weights, scored on the 10,000 test images by one shared forward pass.",
    '"max |Δw| step 1": largest weight difference from ours after the first mini-batch (tiny when the learning rates agree).',
    '',
  ];
  console.log(header.join('\n'));
  const sections: string[][] = [];
  for (const layers of NETWORKS) sections.push(await benchNetwork(layers, data));
  let failed = false;
  try {
    sections.push(await benchBrowser(data));
  } catch (error) {
    failed = true;
    sections.push([`Browser part failed: ${(error as Error).message}`]);
  }
  const footer = `Total time ${((performance.now() - started) / 1000).toFixed(0)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end.`;
  const report = [...header, ...sections.flatMap((s) => [...s, '']), footer].join('\n');
  console.log(`\n${report}`);
  const resultsDir = join(import.meta.dirname, '..', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'bench-latest.txt'), `${report}\n`);
  if (failed) process.exitCode = 1;
}

await main();
