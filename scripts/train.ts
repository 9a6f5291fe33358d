/**
 * The command-line trainer: trains on the real MNIST files and prints one line per epoch, as
 * Nielsen's network.py does, plus the mean cost and the epoch's time.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { createEngineRun, trainEngineSlice } from '../src/nn/engine-run.ts';
import { scheduledEta } from '../src/nn/lr-schedule.ts';
import { createNetwork } from '../src/nn/network.ts';
import { serializeModel } from '../src/nn/serialize.ts';
import type { EngineKind } from '../src/nn/training-engine.ts';
import { ACTIVATIONS, COSTS, DEFAULT_CONFIG, INITS, type TrainConfig } from '../src/nn/types.ts';
import { createEngine } from '../src/nn/wasm/create-engine.ts';
import { detectEngine } from '../src/nn/wasm/detect-engine.ts';
import { loadMnistFromDisk } from './node-mnist.ts';
import { createTrainingData, DATA_OPTIONS, DATA_USAGE, describeData, parseDataArgs } from './train/training-data-args.ts';

const USAGE = `usage: npm run train -- [options]
  --layers 784,30,10     layer sizes, input 784 first and output 10 last
  --eta 3                learning rate
  --batch 10             mini-batch size
  --epochs 30            epochs
  --seed 2               random seed (weights and shuffles)
  --cost quadratic|cross-entropy|log-likelihood
  --activation sigmoid|tanh|relu   (hidden layers)
  --init normal|scaled   N(0,1) weights, or N(0,1/n_in)
  --lambda 0             L2 regularisation
  --train-size 50000     training images used (1 to 50000)
  --save model.json      write the trained model (the best epoch's weights are not kept: the last)
  --engine ts|wasm       TypeScript, or WebAssembly SIMD (default: the fastest this runtime has;
                         wasm-simd or wasm-relaxed-simd choose the variant)
${DATA_USAGE}`;

const ENGINE_CHOICES = ['ts', 'wasm', 'wasm-simd', 'wasm-relaxed-simd'] as const;
const STRING_OPTIONS = ['layers', 'eta', 'batch', 'epochs', 'seed', 'cost', 'activation', 'init', 'lambda', 'train-size', 'save', 'engine'] as const;

function usage(problem: string): never {
  console.error(`train: ${problem}\n\n${USAGE}`);
  process.exit(2);
}

function number(value: string | undefined, name: string, fallback: number, check: (n: number) => boolean, expected: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || !check(n)) usage(`--${name} ${value}: expected ${expected}`);
  return n;
}

function oneOf<T extends string>(value: string | undefined, name: string, options: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!options.includes(value as T)) usage(`--${name} ${value}: expected one of ${options.join(', ')}`);
  return value as T;
}

/** Reads the command line into a config; wrong or missing values end with a usage message. */
export function parseTrainArgs(argv: string[]): { config: TrainConfig; save?: string; engine?: (typeof ENGINE_CHOICES)[number]; data: ReturnType<typeof parseDataArgs> } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        ...(Object.fromEntries(STRING_OPTIONS.map((k) => [k, { type: 'string' }])) as Record<(typeof STRING_OPTIONS)[number], { type: 'string' }>),
        ...DATA_OPTIONS,
      },
      strict: true,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  if (argv.includes('--help') || argv.includes('-h')) usage('help');
  const layers = values.layers === undefined ? DEFAULT_CONFIG.layers : values.layers.split(',').map(Number);
  if (layers.length < 2 || !layers.every((n) => Number.isInteger(n) && n > 0) || layers[0] !== 784 || layers[layers.length - 1] !== 10) {
    usage(`--layers ${values.layers}: expected sizes such as 784,30,10 (input 784, output 10)`);
  }
  const positiveInt = (n: number) => Number.isInteger(n) && n > 0;
  const config: TrainConfig = {
    layers,
    eta: number(values.eta, 'eta', DEFAULT_CONFIG.eta, (n) => n > 0, 'a positive number'),
    batchSize: number(values.batch, 'batch', DEFAULT_CONFIG.batchSize, positiveInt, 'a positive whole number'),
    epochs: number(values.epochs, 'epochs', DEFAULT_CONFIG.epochs, positiveInt, 'a positive whole number'),
    seed: number(values.seed, 'seed', DEFAULT_CONFIG.seed, (n) => Number.isInteger(n) && n >= 0 && n < 2 ** 32, 'a whole number from 0 to 4294967295'),
    lambda: number(values.lambda, 'lambda', DEFAULT_CONFIG.lambda, (n) => n >= 0, 'a number >= 0'),
    trainSize: number(values['train-size'], 'train-size', DEFAULT_CONFIG.trainSize, (n) => positiveInt(n) && n <= 50_000, 'a whole number from 1 to 50000'),
    cost: oneOf(values.cost, 'cost', COSTS, DEFAULT_CONFIG.cost),
    activation: oneOf(values.activation, 'activation', ACTIVATIONS, DEFAULT_CONFIG.activation),
    init: oneOf(values.init, 'init', INITS, DEFAULT_CONFIG.init),
  };
  const engine = values.engine === undefined ? undefined : oneOf(values.engine, 'engine', ENGINE_CHOICES, 'wasm');
  return { config, save: values.save, engine, data: parseDataArgs(values, usage) };
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
  const { config, save, engine: asked, data: dataChoice } = parseTrainArgs(process.argv.slice(2));
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
  const net = createNetwork(config, config.init, config.seed);
  const source = createTrainingData(data.train, config.trainSize, dataChoice, config.seed, console.log);
  // The run walks every example of an epoch's set: MNIST's trainSize images plus the drawn ones.
  const run = createEngineRun(await createEngine(kind, net, config.batchSize), net, { ...config, trainSize: source.count }, source.build(0));
  console.log(`Training [${config.layers.join(', ')}] ${config.activation}/${config.cost}, eta ${config.eta}, mini-batch ${config.batchSize}, lambda ${config.lambda}, seed ${config.seed}, ${run.order.length} images, engine ${kind}`);
  console.log(`Data: ${describeData(dataChoice)}`);
  let best = { accuracy: 0, epoch: 0 };
  let finalAccuracy = 0;
  for (let epoch = 0; epoch < config.epochs; epoch++) {
    const started = performance.now();
    if (epoch > 0 && source.changesEachEpoch) run.engine.setTrainingData((run.data = source.build(epoch)));
    run.eta = scheduledEta(epoch, config.epochs, config.eta, dataChoice.lrSchedule);
    let costSum = 0;
    let examples = 0;
    for (;;) {
      const slice = trainEngineSlice(run, 1000);
      costSum += slice.costSum;
      examples += slice.examples;
      if (slice.epochEnded) break;
    }
    const seconds = (performance.now() - started) / 1000;
    const trainCost = costSum / examples;
    if (!Number.isFinite(trainCost)) {
      console.error(`Epoch ${epoch}: the cost is ${trainCost}; the run diverged. Try a smaller learning rate (--eta).`);
      process.exit(1);
    }
    const test = run.engine.evaluate(data.test);
    finalAccuracy = test.accuracy;
    if (test.accuracy > best.accuracy) best = { accuracy: test.accuracy, epoch };
    console.log(`Epoch ${epoch}: ${test.correct} / ${test.total} (${(test.accuracy * 100).toFixed(2)}%)  cost ${trainCost.toFixed(4)}  ${seconds.toFixed(2)} s`);
  }
  console.log(`Best: ${(best.accuracy * 100).toFixed(2)}% at epoch ${best.epoch}`);
  if (save) {
    writeFileSync(save, serializeModel(net, config, {
      bestTestAccuracy: best.accuracy,
      bestEpoch: best.epoch,
      epochsTrained: config.epochs,
      // The saved weights are the last epoch's: this is their accuracy on the test set.
      finalTestAccuracy: finalAccuracy,
      trainingData: describeData(dataChoice),
    }));
    console.log(`Saved to ${save}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error: unknown) => {
    console.error(`train: ${(error as Error).message}`);
    process.exit(1);
  });
}
