/**
 * The convolutional benchmark: each engine trains the SAME conv network (log-likelihood) from the
 * same initial weights on the same mini-batches, in one process; prints examples per second, the
 * ratios against TF.js in the same run, and each engine's test accuracy after those batches (they
 * should agree). Then the same engines do the same in a Web Worker of headless Chromium (TF.js
 * started as the app's comparison starts it), against the same engine in Node.
 * `npx tsx scripts/bench/conv-bench.ts [--model "..."] [--activation relu] [--eta 0.1] [--batch 10]
 * [--batches 200] [--repeat 1] [--engines "ours wasm relaxed-simd,TF.js wasm"] [--node-only]`:
 * --repeat N reports each engine's best of N runs, for a busy machine. Then, for each network, ours
 * on 1 worker against 2 sharing each step, side by side (workers-bench.ts), in Node and in Chromium
 * (not with --engines); --workers-only runs just that part.
 */
import v8 from 'node:v8';
import { parseArgs } from 'node:util';
import { evaluateConv } from '../../src/nn/conv/conv-evaluate.ts';
import type { Activation } from '../../src/nn/types.ts';
import { loadMnistFromDisk } from '../node-mnist.ts';
import { openBrowserBench, type BrowserBench } from './browser/run-in-chromium.ts';
import { CONVNETJS } from './conv/convnet.ts';
import { OURS_RELAXED, OURS_SIMD, OURS_TS } from './conv/ours.ts';
import { timeConvEngine, WARM_UP_BATCHES, type ConvRunRequest } from './conv/time-conv.ts';
import { TFJS_CPU, TFJS_WASM } from './conv/tfjs.ts';
import type { ConvBenchEngine } from './conv/workload.ts';
import { WORKER_ENGINES } from './conv/worker-engines.ts';
import { benchConvWorkers } from './workers-bench.ts';
import { spawnThreadHelper } from '../split-threads.ts';

// Node 20 keeps relaxed SIMD behind a flag; it must be set before any module is compiled.
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

const ENGINES: ConvBenchEngine[] = [OURS_RELAXED, OURS_SIMD, OURS_TS, TFJS_WASM, TFJS_CPU, CONVNETJS];
const DEFAULT_MODELS = ['conv 20@5x5, pool 2, 100, 10', 'conv 8@5x5, pool 2, conv 16@5x5, pool 2, 10'];

interface Row {
  name: string;
  perSecond: number;
  accuracy: number;
  note: string;
}

const ratio = (a: number, b?: number) => (b !== undefined && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(1)}x` : '-');
const speed = (perSecond: number) => (Number.isFinite(perSecond) ? `${perSecond.toFixed(0).padStart(7)} ex/s` : '   n/a      ');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string' }, activation: { type: 'string', default: 'relu' }, eta: { type: 'string', default: '0.1' },
      batch: { type: 'string', default: '10' }, batches: { type: 'string', default: '200' }, engines: { type: 'string' },
      repeat: { type: 'string', default: '1' }, 'node-only': { type: 'boolean', default: false }, 'workers-only': { type: 'boolean', default: false },
    },
  });
  const mnist = loadMnistFromDisk();
  const test = { images: mnist.test.images.subarray(0, 1000 * 784), labels: mnist.test.labels.subarray(0, 1000), count: 1000 };
  const engines = values.engines ? ENGINES.filter((e) => values.engines!.split(',').includes(e.name)) : ENGINES;
  let browser: BrowserBench | undefined;
  try {
    const models = values.model ? [values.model] : DEFAULT_MODELS;
    for (const model of values['workers-only'] ? [] : models) {
      const request: ConvRunRequest = {
        model, activation: values.activation as Activation, eta: Number(values.eta),
        batchSize: Number(values.batch), batches: Number(values.batches), repeat: Number(values.repeat),
      };
      console.log(`\n[${model}] ${values.activation}/log-likelihood, eta ${values.eta}, mini-batch ${request.batchSize}: ${request.batches} batches, the first ${WARM_UP_BATCHES} not timed, best of ${request.repeat}`);
      const rows: Row[] = [];
      for (const engine of engines) {
        try {
          let accuracy = 0;
          const perSecond = await timeConvEngine(engine, request, mnist.train, (session) => (accuracy = evaluateConv(session.snapshot(), test).accuracy));
          rows.push({ name: engine.name, perSecond, accuracy, note: engine.describe?.() ?? '' });
        } catch (error) {
          if (process.env.CONV_BENCH_TRACE) console.error(error);
          rows.push({ name: engine.name, perSecond: NaN, accuracy: NaN, note: `failed: ${(error as Error).message.split('\n')[0]}` });
        }
      }
      const tfWasm = rows.find((r) => r.name === TFJS_WASM.name && Number.isFinite(r.perSecond))?.perSecond;
      const tfCpu = rows.find((r) => r.name === TFJS_CPU.name && Number.isFinite(r.perSecond))?.perSecond;
      for (const r of rows) {
        const accuracy = Number.isFinite(r.accuracy) ? `${(100 * r.accuracy).toFixed(1)}%` : '-';
        console.log(`${r.name.padEnd(24)} ${speed(r.perSecond)}  vs TF.js wasm ${ratio(r.perSecond, tfWasm).padStart(6)}  vs TF.js cpu ${ratio(r.perSecond, tfCpu).padStart(6)}  test ${accuracy.padStart(6)}  ${r.note}`);
      }
      const inBrowser = rows.filter((r) => WORKER_ENGINES.some((e) => e.name === r.name));
      if (values['node-only'] || inBrowser.length === 0) continue;
      browser ??= await openBrowserBench();
      const timings = await browser.conv(request, inBrowser.map((r) => r.name));
      console.log(`In a Web Worker of headless Chromium ${browser.version} (the same workload):`);
      const tfWasmThere = timings[TFJS_WASM.name]?.perSecond;
      const tfCpuThere = timings[TFJS_CPU.name]?.perSecond;
      for (const r of inBrowser) {
        const { perSecond, note } = timings[r.name] ?? { perSecond: NaN, note: 'not run' };
        console.log(`${r.name.padEnd(24)} ${speed(perSecond)}  vs TF.js wasm ${ratio(perSecond, tfWasmThere).padStart(6)}  vs TF.js cpu ${ratio(perSecond, tfCpuThere).padStart(6)}  ÷ the same in Node ${ratio(perSecond, r.perSecond).padStart(6)}  ${note}`);
      }
    }
    // A run of chosen engines is a focused comparison: it leaves the workers part out.
    for (const model of values.engines && !values['workers-only'] ? [] : models) {
      console.log(`\n${(await benchConvWorkers(model, mnist.train, spawnThreadHelper, 'Node worker threads')).join('\n')}`);
      if (values['node-only']) continue;
      browser ??= await openBrowserBench();
      console.log((await browser.convWorkers(model)).join('\n'));
    }
  } finally {
    await browser?.close();
  }
}

main().catch((error: unknown) => {
  console.error(`conv-bench: ${(error as Error).message}`);
  process.exit(1);
});
