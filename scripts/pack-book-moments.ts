/**
 * Writes public/models/book-*.bin: the book's first network (src/nn/book-moments.ts) at five moments
 * of one seeded training run (untrained, after 100 and 1,000 mini-batches, after 1 and 30 epochs),
 * in float16 (src/nn/binary-model.ts), about 48 kB each. The run is the CLI's
 * (`npx tsx scripts/train.ts --engine ts`, whose defaults are this network): the same session, data
 * plan and TypeScript engine, so it repeats bit for bit. It prints each snapshot's test accuracy;
 * src/nn/book-moments.test.ts checks the files against those figures, kept in each file's metrics.
 * Run: npx tsx scripts/pack-book-moments.ts
 */
import { writeFileSync } from 'node:fs';
import { encodeBinaryModel, parseBinaryModel } from '../src/nn/binary-model.ts';
import { BOOK_CONFIG, BOOK_MOMENTS } from '../src/nn/book-moments.ts';
import { evaluate } from '../src/nn/evaluate.ts';
import { createNetwork } from '../src/nn/network.ts';
import { createTrainingSession } from '../src/nn/training-session.ts';
import { createEngine } from '../src/nn/wasm/create-engine.ts';
import { planEpochData } from '../src/training-data/epoch-data.ts';
import { loadMnistFromDisk } from './node-mnist.ts';

const config = BOOK_CONFIG;
const data = loadMnistFromDisk();
const net = createNetwork(config, config.init, config.seed);
const engine = await createEngine('ts', net, config.batchSize);
const plan = planEpochData({ trainSize: config.trainSize, seed: config.seed, trainingData: 'mnist', augment: false }, data.train, null);
const session = createTrainingSession({ engine, config, plan, net });
let batches = 0;
console.log(`Training [${config.layers.join(', ')}] ${config.activation}/${config.cost}, eta ${config.eta}, mini-batch ${config.batchSize}, seed ${config.seed}, engine ts`);
for (const moment of BOOK_MOMENTS) {
  while (batches < moment.batches) batches += session.stepBatches(moment.batches - batches).batches;
  const exact = evaluate(net, data.test);
  // Measured on the float16 weights the app reads, and kept in the file beside them.
  const packed = evaluate(parseBinaryModel(encodeBinaryModel(net, config, {}, 'float16-le')).net, data.test);
  const file = encodeBinaryModel(net, config, { batchesTrained: batches, testCorrect: packed.correct, finalTestAccuracy: packed.accuracy }, 'float16-le');
  writeFileSync(new URL(`../public/models/${moment.file}`, import.meta.url), file);
  console.log(`${moment.id}: ${batches} mini-batches, test ${exact.correct} / ${exact.total} (float16: ${packed.correct}), cost ${packed.cost.toFixed(4)}, ${file.length.toLocaleString('en')} bytes`);
}
