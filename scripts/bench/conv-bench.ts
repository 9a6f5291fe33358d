/**
 * The convolutional benchmark: each engine trains the SAME conv network (log-likelihood) from the
 * same initial weights on the same mini-batches, in one process; prints examples per second, the
 * ratios against TF.js in the same run, and each engine's test accuracy after those batches (they
 * should agree). `npx tsx scripts/bench/conv-bench.ts [--model "..."] [--activation relu]
 * [--eta 0.1] [--batch 10] [--batches 200] [--repeat 1] [--engines "ours wasm relaxed-simd,TF.js wasm"]`:
 * --repeat N reports each engine's best of N runs, for a busy machine.
 */
import v8 from 'node:v8';
import { parseArgs } from 'node:util';
import { evaluateConv } from '../../src/nn/conv/conv-evaluate.ts';
import type { Activation } from '../../src/nn/types.ts';
import { loadMnistFromDisk } from '../node-mnist.ts';
import { CONVNETJS } from './conv/convnet.ts';
import { OURS_RELAXED, OURS_SIMD, OURS_TS } from './conv/ours.ts';
import { TFJS_CPU, TFJS_WASM } from './conv/tfjs.ts';
import { createConvWorkload, type ConvBenchEngine } from './conv/workload.ts';

// Node 20 keeps relaxed SIMD behind a flag; it must be set before any module is compiled.
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

const ENGINES: ConvBenchEngine[] = [OURS_RELAXED, OURS_SIMD, OURS_TS, TFJS_WASM, TFJS_CPU, CONVNETJS];
// The first batches are not timed: compilation, the JIT's warm-up, caches.
const WARM_UP_BATCHES = 10;
const DEFAULT_MODELS = ['conv 20@5x5, pool 2, 100, 10', 'conv 8@5x5, pool 2, conv 16@5x5, pool 2, 10'];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' }, activation: { type: 'string', default: 'relu' }, eta: { type: 'string', default: '0.1' },
      batch: { type: 'string', default: '10' }, batches: { type: 'string', default: '200' }, engines: { type: 'string' },
      repeat: { type: 'string', default: '1' },
    },
  });
  const mnist = loadMnistFromDisk();
  const test = { images: mnist.test.images.subarray(0, 1000 * 784), labels: mnist.test.labels.subarray(0, 1000), count: 1000 };
  const batchSize = Number(values.batch);
  const batches = Number(values.batches);
  const repeat = Number(values.repeat);
  const engines = values.engines ? ENGINES.filter((e) => values.engines!.split(',').includes(e.name)) : ENGINES;
  for (const model of values.model ? [values.model] : DEFAULT_MODELS) {
    const workload = createConvWorkload(model, values.activation as Activation, Number(values.eta), batchSize, mnist.train);
    console.log(`\n[${model}] ${values.activation}/log-likelihood, eta ${values.eta}, mini-batch ${batchSize}: ${batches} batches, the first ${WARM_UP_BATCHES} not timed, best of ${repeat}`);
    const rows: { name: string; perSecond: number; accuracy: number; note: string }[] = [];
    for (const engine of engines) {
      let session;
      try {
        // The best of `repeat` runs from the same start: other work on the machine only slows a run down.
        let perSecond = 0;
        let accuracy = 0;
        for (let r = 0; r < repeat; r++) {
          session?.dispose();
          session = await engine.start(workload, mnist.train);
          let started = 0;
          for (let b = 0; b < batches; b++) {
            if (b === WARM_UP_BATCHES) started = performance.now();
            session.step(b * batchSize, batchSize);
          }
          perSecond = Math.max(perSecond, ((batches - WARM_UP_BATCHES) * batchSize) / ((performance.now() - started) / 1000));
          accuracy = evaluateConv(session.snapshot(), test).accuracy;
        }
        rows.push({ name: engine.name, perSecond, accuracy, note: engine.describe?.() ?? '' });
      } catch (error) {
        if (process.env.CONV_BENCH_TRACE) console.error(error);
        rows.push({ name: engine.name, perSecond: NaN, accuracy: NaN, note: `failed: ${(error as Error).message.split('\n')[0]}` });
      } finally {
        session?.dispose();
      }
    }
    const tfWasm = rows.find((r) => r.name === TFJS_WASM.name && Number.isFinite(r.perSecond));
    const tfCpu = rows.find((r) => r.name === TFJS_CPU.name && Number.isFinite(r.perSecond));
    for (const r of rows) {
      const ratio = (of?: { perSecond: number }) => (of && Number.isFinite(r.perSecond) ? `${(r.perSecond / of.perSecond).toFixed(1)}x` : '-');
      const speed = Number.isFinite(r.perSecond) ? `${r.perSecond.toFixed(0).padStart(7)} ex/s` : '   n/a      ';
      const accuracy = Number.isFinite(r.accuracy) ? `${(100 * r.accuracy).toFixed(1)}%` : '-';
      console.log(`${r.name.padEnd(24)} ${speed}  vs TF.js wasm ${ratio(tfWasm).padStart(6)}  vs TF.js cpu ${ratio(tfCpu).padStart(6)}  test ${accuracy.padStart(6)}  ${r.note}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(`conv-bench: ${(error as Error).message}`);
  process.exit(1);
});
