/** The command line of `npm run train`, checked with the app's own limits (src/nn/config-limits.ts). */
import { parseArgs } from 'node:util';
import { configProblems, LIMITS } from '../../src/nn/config-limits.ts';
import { layerSizes, type ModelSpec } from '../../src/nn/conv/model-spec.ts';
import { MODEL_LIMITS, parseModel } from '../../src/nn/conv/parse-model.ts';
import { ACTIVATIONS, COSTS, DEFAULT_CONFIG, INITS, type TrainConfig } from '../../src/nn/types.ts';
import { DATA_OPTIONS, DATA_USAGE, parseDataArgs, type DataChoice } from './training-data-args.ts';

const { hiddenLayers, hiddenSize, eta, batchSize, epochs, lambda, trainSize, seed } = LIMITS;

export const USAGE = `usage: npm run train -- [options]
  --layers 784,30,10     layer sizes: 784, then ${hiddenLayers.min} to ${hiddenLayers.max} hidden layers of ${hiddenSize.min} to ${hiddenSize.max} neurons, then 10;
                         or a convolutional network (28x28 input implied):
                         "conv 20@5x5, pool 2, 100, 10": up to ${MODEL_LIMITS.convLayers.max} conv layers of ${MODEL_LIMITS.maps.min} to ${MODEL_LIMITS.maps.max} maps,
                         kernels ${MODEL_LIMITS.kernels.map((k) => `${k}x${k}`).join(' or ')}, pooling ${MODEL_LIMITS.poolSizes.map((k) => `${k}x${k}`).join(' or ')}, then 0 to ${hiddenLayers.max} hidden layers, then 10
  --dropout 0            convolutional networks: the probability of dropping a hidden
                         fully connected neuron while training (${MODEL_LIMITS.dropout.min} to ${MODEL_LIMITS.dropout.max})
  --eta 3                learning rate (${eta.min} to ${eta.max})
  --batch 10             mini-batch size (${batchSize.min} to ${batchSize.max})
  --epochs 30            epochs (${epochs.min} to ${epochs.max})
  --seed 2               random seed, weights and shuffles (${seed.min} to ${seed.max})
  --cost quadratic|cross-entropy|log-likelihood
  --activation sigmoid|tanh|relu   (hidden layers)
  --init normal|scaled   N(0,1) weights, or N(0,1/n_in)
  --lambda 0             L2 regularisation (${lambda.min} to ${lambda.max})
  --train-size 50000     training images used (${trainSize.min} to ${trainSize.max})
  --save model.json      write the trained model (the best epoch's weights are not kept: the last);
                         a name ending .bin gets the binary model file in float16
  --engine ts|wasm       TypeScript, or WebAssembly SIMD (default: the fastest this runtime has;
                         wasm-simd or wasm-relaxed-simd choose the variant)
${DATA_USAGE}
The limits are the app's (src/nn/config-limits.ts): a run the CLI accepts, the app accepts too.`;

export const ENGINE_CHOICES = ['ts', 'wasm', 'wasm-simd', 'wasm-relaxed-simd'] as const;
const STRING_OPTIONS = ['layers', 'eta', 'batch', 'epochs', 'seed', 'cost', 'activation', 'init', 'lambda', 'train-size', 'save', 'engine', 'dropout'] as const;
/** The option that sets each numeric field of the config. */
const OPTION_OF = { layers: 'layers', eta: 'eta', batchSize: 'batch', epochs: 'epochs', seed: 'seed', lambda: 'lambda', trainSize: 'train-size' } as const;

/** What the command line asks for. */
export interface TrainArgs {
  config: TrainConfig;
  save?: string;
  engine?: (typeof ENGINE_CHOICES)[number];
  data: DataChoice;
  /** A convolutional description (--layers with conv or pool layers); absent for a dense network. */
  model?: ModelSpec;
  /** Dropout probability for a convolutional description's hidden dense layers; 0 otherwise. */
  dropout: number;
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

/** A --layers value with conv or pool layers, read and checked; undefined for the dense form, which configProblems checks as before. */
function convModel(text: string | undefined): ModelSpec | undefined {
  if (text === undefined || !/[a-z]/i.test(text)) return undefined;
  // Only conv and pool layers are written with letters, so what parses here has some.
  try {
    return parseModel(text);
  } catch (error) {
    return fail(`--layers ${text}: ${(error as Error).message}`);
  }
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
  const model = convModel(values.layers);
  const config: TrainConfig = {
    // A convolutional network's sizes are the values in each layer's output (the description holds the rest).
    layers: model ? layerSizes(model) : values.layers === undefined ? DEFAULT_CONFIG.layers : values.layers.split(',').map(Number),
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
  // The description's own limits were checked as it was read.
  if (model) delete problems.layers;
  const faults = (Object.keys(OPTION_OF) as (keyof typeof OPTION_OF)[]).filter((key) => problems[key]);
  if (faults.length) fail(faults.map((key) => `--${OPTION_OF[key]} ${values[OPTION_OF[key]]}: ${problems[key]}`).join('\n'));
  const engine = values.engine === undefined ? undefined : oneOf(values.engine, 'engine', ENGINE_CHOICES, 'wasm');
  const dropout = number(values.dropout, 'dropout', 0);
  if (model) {
    if (!(dropout >= MODEL_LIMITS.dropout.min && dropout <= MODEL_LIMITS.dropout.max)) {
      fail(`--dropout ${values.dropout}: dropout must be from ${MODEL_LIMITS.dropout.min} to ${MODEL_LIMITS.dropout.max}`);
    }
  } else if (values.dropout !== undefined) {
    fail('--dropout: only a convolutional network (--layers "conv ...") has dropout');
  }
  return { config, save: values.save, engine, data: parseDataArgs(values, fail), model, dropout };
}
