/** The command line of `npm run train`, checked with the app's own limits (src/nn/config-limits.ts). */
import { parseArgs } from 'node:util';
import { configProblems, LIMITS } from '../../src/nn/config-limits.ts';
import { ACTIVATIONS, COSTS, DEFAULT_CONFIG, INITS, type TrainConfig } from '../../src/nn/types.ts';
import { DATA_OPTIONS, DATA_USAGE, parseDataArgs, type DataChoice } from './training-data-args.ts';

const { hiddenLayers, hiddenSize, eta, batchSize, epochs, lambda, trainSize, seed } = LIMITS;

export const USAGE = `usage: npm run train -- [options]
  --layers 784,30,10     layer sizes: 784, then ${hiddenLayers.min} to ${hiddenLayers.max} hidden layers of ${hiddenSize.min} to ${hiddenSize.max} neurons, then 10
  --eta 3                learning rate (${eta.min} to ${eta.max})
  --batch 10             mini-batch size (${batchSize.min} to ${batchSize.max})
  --epochs 30            epochs (${epochs.min} to ${epochs.max})
  --seed 2               random seed, weights and shuffles (${seed.min} to ${seed.max})
  --cost quadratic|cross-entropy|log-likelihood
  --activation sigmoid|tanh|relu   (hidden layers)
  --init normal|scaled   N(0,1) weights, or N(0,1/n_in)
  --lambda 0             L2 regularisation (${lambda.min} to ${lambda.max})
  --train-size 50000     training images used (${trainSize.min} to ${trainSize.max})
  --save model.json      write the trained model (the best epoch's weights are not kept: the last)
  --engine ts|wasm       TypeScript, or WebAssembly SIMD (default: the fastest this runtime has;
                         wasm-simd or wasm-relaxed-simd choose the variant)
${DATA_USAGE}
The limits are the app's (src/nn/config-limits.ts): a run the CLI accepts, the app accepts too.`;

export const ENGINE_CHOICES = ['ts', 'wasm', 'wasm-simd', 'wasm-relaxed-simd'] as const;
const STRING_OPTIONS = ['layers', 'eta', 'batch', 'epochs', 'seed', 'cost', 'activation', 'init', 'lambda', 'train-size', 'save', 'engine'] as const;
/** The option that sets each numeric field of the config. */
const OPTION_OF = { layers: 'layers', eta: 'eta', batchSize: 'batch', epochs: 'epochs', seed: 'seed', lambda: 'lambda', trainSize: 'train-size' } as const;

/** What the command line asks for. */
export interface TrainArgs {
  config: TrainConfig;
  save?: string;
  engine?: (typeof ENGINE_CHOICES)[number];
  data: DataChoice;
}

const fail = (problem: string): never => {
  throw new Error(problem);
};

function oneOf<T extends string>(value: string | undefined, name: string, options: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!options.includes(value as T)) fail(`--${name} ${value}: expected one of ${options.join(', ')}`);
  return value as T;
}

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) fail(`--${name} ${value}: expected a number`);
  return n;
}

/** Reads the command line into a config; throws an Error saying what is wrong (scripts/train.ts answers --help before). */
export function parseTrainArgs(argv: string[]): TrainArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...(Object.fromEntries(STRING_OPTIONS.map((k) => [k, { type: 'string' }])) as Record<(typeof STRING_OPTIONS)[number], { type: 'string' }>),
      ...DATA_OPTIONS,
    },
    strict: true,
  });
  const config: TrainConfig = {
    layers: values.layers === undefined ? DEFAULT_CONFIG.layers : values.layers.split(',').map(Number),
    eta: number(values.eta, 'eta', DEFAULT_CONFIG.eta),
    batchSize: number(values.batch, 'batch', DEFAULT_CONFIG.batchSize),
    epochs: number(values.epochs, 'epochs', DEFAULT_CONFIG.epochs),
    seed: number(values.seed, 'seed', DEFAULT_CONFIG.seed),
    lambda: number(values.lambda, 'lambda', DEFAULT_CONFIG.lambda),
    trainSize: number(values['train-size'], 'train-size', DEFAULT_CONFIG.trainSize),
    cost: oneOf(values.cost, 'cost', COSTS, DEFAULT_CONFIG.cost),
    activation: oneOf(values.activation, 'activation', ACTIVATIONS, DEFAULT_CONFIG.activation),
    init: oneOf(values.init, 'init', INITS, DEFAULT_CONFIG.init),
  };
  const problems = configProblems(config);
  const faults = (Object.keys(OPTION_OF) as (keyof typeof OPTION_OF)[]).filter((key) => problems[key]);
  if (faults.length) fail(faults.map((key) => `--${OPTION_OF[key]} ${values[OPTION_OF[key]]}: ${problems[key]}`).join('\n'));
  const engine = values.engine === undefined ? undefined : oneOf(values.engine, 'engine', ENGINE_CHOICES, 'wasm');
  return { config, save: values.save, engine, data: parseDataArgs(values, fail) };
}
