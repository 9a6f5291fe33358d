/**
 * The command-line trainer: trains on the real MNIST files and prints one line per epoch, as
 * Nielsen's network.py does, plus the mean cost and the epoch's time.
 */
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { createConvEngineOf } from '../src/nn/conv/create-conv-engine.ts';
import { formatModel } from '../src/nn/conv/parse-model.ts';
import { createNetwork } from '../src/nn/network.ts';
import { encodeBinaryModel } from '../src/nn/binary-model.ts';
import { createConvNetwork } from '../src/nn/conv/conv-network.ts';
import { serializeModel, type ModelMetrics } from '../src/nn/serialize.ts';
import type { AnyNetwork } from '../src/nn/conv/any-network.ts';
import type { EngineKind } from '../src/nn/training-engine.ts';
import { createTrainingSession } from '../src/nn/training-session.ts';
import { createEngine } from '../src/nn/wasm/create-engine.ts';
import { detectEngine } from '../src/nn/wasm/detect-engine.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { ENGINE_CHOICES, parseTrainArgs, USAGE, type TrainArgs } from './train/train-args.ts';
import { createTrainingData, describeData } from './train/training-data-args.ts';

function usage(problem: string): never {
  console.error(`train: ${problem}\n\n${USAGE}`);
  process.exit(2);
}

/** The engine to run: the one asked for (wasm: the best WebAssembly variant), else the fastest there is. */
function chooseEngine(asked: (typeof ENGINE_CHOICES)[number] | undefined): EngineKind {
  const fastest = detectEngine();
  if (asked === undefined) return fastest;
  if (asked === 'ts') return 'ts';
  if (fastest === 'ts') {
    console.error(`train: --engine ${asked}: this runtime has no WebAssembly SIMD`);
    process.exit(2);
  }
  if (asked === 'wasm-relaxed-simd' && fastest !== asked) {
    console.error(`train: --engine ${asked}: this runtime has no relaxed SIMD; try --engine wasm-simd`);
    process.exit(2);
  }
  return asked === 'wasm' ? fastest : asked;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  let args: TrainArgs;
  try {
    args = parseTrainArgs(process.argv.slice(2));
  } catch (error) {
    usage((error as Error).message);
  }
  const { config, save, engine: asked, data: dataChoice, model, dropout } = args;
  // Node 20 keeps relaxed SIMD (fused multiply-add) behind a flag; browsers since Chrome 114 and
  // newer Node versions have it on. It must be set before any module is compiled.
  v8.setFlagsFromString('--experimental-wasm-relaxed-simd');
  const kind = chooseEngine(asked);
  let data;
  try {
    data = loadMnistFromDisk();
  } catch (error) {
    console.error(`train: cannot load MNIST: ${(error as Error).message}\nRun \`npm run prepare-data\` first.`);
    process.exit(1);
  }
  // A dense engine keeps its own copy of the weights, saved into `net`; a conv engine's are copied out into `convNet` to be saved.
  const net = model ? undefined : createNetwork(config, config.init, config.seed);
  const convNet = model ? createConvNetwork(model, config.activation, config.cost, config.init, config.seed) : undefined;
  // Each epoch walks every example of its set: MNIST's trainSize images plus the drawn ones.
  const plan = createTrainingData(data.train, config.trainSize, dataChoice, config.seed, console.log);
  const convEngine = convNet && (await createConvEngineOf(kind, convNet, config.batchSize, { dropout, seed: config.seed }));
  const engine = net ? await createEngine(kind, net, config.batchSize) : convEngine!;
  const session = createTrainingSession({ engine, config: { ...config, lrSchedule: dataChoice.lrSchedule }, plan, net });
  const shape = model ? `${formatModel(model)}${dropout ? `, dropout ${dropout}` : ''}` : config.layers.join(', ');
  console.log(`Training [${shape}] ${config.activation}/${config.cost}, eta ${config.eta}, mini-batch ${config.batchSize}, lambda ${config.lambda}, seed ${config.seed}, ${session.epochSize} images, engine ${kind}`);
  console.log(`Data: ${describeData(dataChoice)}`);
  let best = { accuracy: 0, epoch: 0 };
  let finalAccuracy = 0;
  let started = performance.now();
  let costSum = 0;
  let examples = 0;
  while (!session.done) {
    const step = session.step(1000);
    costSum += step.costSum;
    examples += step.examples;
    if (!step.epochEnded) continue;
    const epoch = session.epoch - 1;
    const seconds = (performance.now() - started) / 1000;
    const trainCost = costSum / examples;
    if (!Number.isFinite(trainCost)) {
      console.error(`Epoch ${epoch}: the cost is ${trainCost}; the run diverged. Try a smaller learning rate (--eta).`);
      process.exit(1);
    }
    const test = engine.evaluate(data.test);
    finalAccuracy = test.accuracy;
    if (test.accuracy > best.accuracy) best = { accuracy: test.accuracy, epoch };
    console.log(`Epoch ${epoch}: ${test.correct} / ${test.total} (${(test.accuracy * 100).toFixed(2)}%)  cost ${trainCost.toFixed(4)}  ${seconds.toFixed(2)} s`);
    started = performance.now();
    costSum = 0;
    examples = 0;
  }
  console.log(`Best: ${(best.accuracy * 100).toFixed(2)}% at epoch ${best.epoch}`);
  if (save) {
    // The WebAssembly conv engine trains a copy of the weights: bring convNet up to date first.
    if (convNet) convEngine!.saveConvNetwork(convNet);
    const saved: AnyNetwork = net ?? convNet!;
    const metrics: ModelMetrics = {
      bestTestAccuracy: best.accuracy,
      bestEpoch: best.epoch,
      epochsTrained: config.epochs,
      // The saved weights are the last epoch's: this is their accuracy on the test set.
      finalTestAccuracy: finalAccuracy,
      trainingData: describeData(dataChoice),
    };
    // A .bin name gets the compact binary model file in float16 (as public/models/ready.bin), else model-file JSON.
    writeFileSync(save, save.endsWith('.bin') ? encodeBinaryModel(saved, config, metrics, 'float16-le') : serializeModel(saved, config, metrics));
    console.log(`Saved to ${save}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(`train: ${(error as Error).message}`);
    process.exit(1);
  });
}
