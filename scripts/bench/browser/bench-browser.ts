import type { MnistSplit } from '../../../src/mnist/dataset.ts';
import type { EngineKind } from '../../../src/nn/training-engine.ts';
import { maxDifference, median } from '../compare.ts';
import { ourEngine } from '../engines/ours.ts';
import { browserTable, type BrowserRound } from '../report.ts';
import { sessionSlices } from '../run-session.ts';
import { batchesPerEpoch, createWorkload } from '../workload.ts';
import { openBrowserBench, type BrowserBench } from './run-in-chromium.ts';

/** Epochs run in Node and in the browser, side by side, per engine. */
const ROUNDS = 2;
/** Turns Node and the worker take within each epoch. */
const SLICES = 20;

/** An engine for the browser part, on 1 worker unless it says more (Node runs it on 1). */
export interface BrowserEntry {
  kind: EngineKind;
  workers?: number;
}

/** One epoch of `kind` in the worker (shared by `workers` workers) and in Node, taking turns slice by slice. */
async function round(bench: BrowserBench, { kind, workers = 1 }: BrowserEntry, layers: number[], data: MnistSplit) {
  const workload = createWorkload(layers, data.train);
  const batches = batchesPerEpoch(workload);
  const initial = { weights: workload.initial.weights.map((w) => Array.from(w)), biases: workload.initial.biases.map((b) => Array.from(b)) };
  await bench.start({ kind, workers, layers, seed: workload.config.seed, batches, slices: SLICES, ...initial });
  const node = sessionSlices(await ourEngine(kind).start(workload, data.train), workload, batches, batches, SLICES);
  let nodeStep = node.next();
  let answer = await bench.next();
  while (!nodeStep.done || !answer) {
    if (!nodeStep.done) nodeStep = node.next();
    if (!answer) answer = await bench.next();
  }
  const nodeResult = nodeStep.value;
  const browserWeights = { weights: answer.weights.map((w) => Float32Array.from(w)), biases: answer.biases.map((b) => Float32Array.from(b)) };
  return {
    node: nodeResult.examples / nodeResult.seconds,
    browser: answer.examples / answer.seconds,
    turnRatios: answer.sliceSpeeds.map((speed, turn) => speed / nodeResult.sliceSpeeds[turn]),
    weightDifference: maxDifference(browserWeights, nodeResult.atEnd),
    note: answer.note,
  };
}

/** Our engines in a Web Worker of headless Chromium against the same engines in Node. */
export async function benchBrowser(entries: readonly BrowserEntry[], layers: number[], data: MnistSplit): Promise<string[]> {
  const bench = await openBrowserBench();
  const lines = [
    `Our engines in a Web Worker (Chromium ${bench.version}, headless) vs Node, [${layers.join(', ')}], one epoch per round,`,
    `the worker and Node taking turns in ${SLICES} slices; "browser ÷ Node" is the median over the turns of the speeds' ratio`,
  ];
  // Chromium's speed per engine and worker count, for the ratio of several workers to one: as
  // measured, and as a ratio of each one's ratio to Node at the same moments (less load-dependent).
  const speeds = new Map<string, number>();
  const toNode = new Map<string, number>();
  try {
    for (const entry of entries) {
      const { kind, workers = 1 } = entry;
      const rounds: BrowserRound[] = [];
      const allTurnRatios: number[] = [];
      let weightDifference = 0;
      const notes: string[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const result = await round(bench, entry, layers, data);
        allTurnRatios.push(...result.turnRatios);
        weightDifference = Math.max(weightDifference, result.weightDifference);
        rounds.push({ node: result.node, browser: result.browser, ratio: median(result.turnRatios) });
        if (result.note) notes.push(`round ${r + 1}: ${result.note}`);
        console.log(`  browser ${kind} x${workers} round ${r + 1}: Node ${Math.round(result.node)}, Chromium ${Math.round(result.browser)} examples/s`);
      }
      const name = ourEngine(kind, workers).name;
      lines.push(`${name}${workers > 1 ? ' in Chromium, beside 1 worker in Node' : ''}:`, ...browserTable(rounds, median(allTurnRatios), weightDifference));
      if (notes.length) lines.push(`  ${notes.join('; ')}`);
      speeds.set(`${kind} ${workers}`, median(rounds.map((r) => r.browser)));
      toNode.set(`${kind} ${workers}`, median(allTurnRatios));
      const one = speeds.get(`${kind} 1`);
      if (workers > 1 && one) {
        const ratio = speeds.get(`${kind} ${workers}`)! / one;
        const relative = toNode.get(`${kind} ${workers}`)! / toNode.get(`${kind} 1`)!;
        lines.push(`${workers} workers ÷ 1 worker in Chromium (${kind}): ${ratio.toFixed(2)}x from median round speeds; ${relative.toFixed(2)}x as the ratio of their browser ÷ Node ratios`);
      }
    }
    lines.push('', 'Several workers in Chromium, side by side (taking turns on the same mini-batches):', ...(await bench.workers(layers)));
    return lines;
  } finally {
    await bench.close();
  }
}
