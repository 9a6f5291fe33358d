import { parseArgs } from 'node:util';
import { compareConfigProblem } from '../../src/features/compare/sides/book-network.ts';
import { LIMITS } from '../../src/nn/config-limits.ts';
import {
  CONV_ACTIVATIONS,
  COST_REDUCTIONS,
  FRAMEWORK_DEFAULTS,
  FRAMEWORK_INITS,
  LEARNING_RATE_SOURCES,
  MATCHED_TO_BOOK,
  type CompareConfig,
  type FrameworkSettings,
} from '../../src/features/compare/sides/compare-api.ts';

const { hiddenLayers, hiddenSize, eta, batchSize, epochs, trainSize, seed } = LIMITS;

export const USAGE = `usage: npm run compare -- [options]
  --layers 784,40,10     layer sizes: 784, then ${hiddenLayers.min} to ${hiddenLayers.max} hidden layers of ${hiddenSize.min} to ${hiddenSize.max} neurons, then 10;
                         or a convolutional network, e.g. "conv 20@5x5, pool 2, 100, 10" (softmax, log-likelihood; try --eta 0.1)
  --activation sigmoid|relu   a convolutional network's hidden activation (default sigmoid)
  --eta 3                learning rate, as the book means it (${eta.min} to ${eta.max})
  --batch 10             mini-batch size (${batchSize.min} to ${batchSize.max})
  --epochs 30            epochs (${epochs.min} to ${epochs.max})
  --seed 1               random seed, weights and shuffles, the same on both sides (${seed.min} to ${seed.max})
  --train-size 50000     training images used (${trainSize.min} to ${trainSize.max})
  --settings matched|defaults   the framework side matched to the book, or a framework's defaults
  --cost book-sum|framework-mean   override the settings' cost reduction
  --init book|glorot     override the settings' initialisation
  --lr book|framework-default   override the settings' learning rate (eta, or SGD's default 0.01)
  --backend wasm|cpu     TF.js backend (default wasm, cpu if wasm fails)
The limits are the app's (src/nn/config-limits.ts), as in the compare view.`;

const PRESETS = { matched: MATCHED_TO_BOOK, defaults: FRAMEWORK_DEFAULTS } as const;

/** What the command line asks for (parseCompareArgs throws when it is wrong). */
export interface CompareArgs {
  config: CompareConfig;
  /** "matched", "defaults", or the toggles' values when they override a preset. */
  settingsName: string;
  backend: 'wasm' | 'cpu';
}

function oneOf<T extends string>(value: string | undefined, name: string, options: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!options.includes(value as T)) throw new Error(`--${name} ${value}: expected one of ${options.join(', ')}`);
  return value as T;
}

function number(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${name} ${value}: expected a number`);
  return n;
}

/** Reads the command line; throws an Error saying what is wrong. */
export function parseCompareArgs(argv: string[]): CompareArgs {
  const names = ['layers', 'activation', 'eta', 'batch', 'epochs', 'seed', 'train-size', 'settings', 'cost', 'init', 'lr', 'backend'] as const;
  const { values } = parseArgs({ args: argv, options: Object.fromEntries(names.map((k) => [k, { type: 'string' }])) as Record<(typeof names)[number], { type: 'string' }>, strict: true });
  const preset = oneOf(values.settings, 'settings', ['matched', 'defaults'] as const, 'matched');
  const framework: FrameworkSettings = {
    costReduction: oneOf(values.cost, 'cost', COST_REDUCTIONS, PRESETS[preset].costReduction),
    init: oneOf(values.init, 'init', FRAMEWORK_INITS, PRESETS[preset].init),
    learningRate: oneOf(values.lr, 'lr', LEARNING_RATE_SOURCES, PRESETS[preset].learningRate),
  };
  const written = values.layers ?? '784,40,10';
  // A description with a conv layer is a convolutional network (the one parser reads it); else layer sizes.
  const convolutional = /conv/i.test(written);
  if (!convolutional && values.activation !== undefined) throw new Error('--activation is for a convolutional network; the fully connected one is sigmoid, as in the book');
  const config: CompareConfig = {
    layers: convolutional ? [784, 40, 10] : written.split(',').map(Number),
    ...(convolutional ? { model: written, activation: oneOf(values.activation, 'activation', CONV_ACTIVATIONS, 'sigmoid') } : {}),
    eta: number(values.eta, 'eta', 3),
    batchSize: number(values.batch, 'batch', 10),
    epochs: number(values.epochs, 'epochs', 30),
    trainSize: number(values['train-size'], 'train-size', 50_000),
    seed: number(values.seed, 'seed', 1),
    framework,
  };
  const problem = compareConfigProblem(config);
  if (problem) throw new Error(problem);
  const matchesPreset = (Object.keys(framework) as (keyof FrameworkSettings)[]).every((k) => framework[k] === PRESETS[preset][k]);
  const settingsName = matchesPreset ? preset : Object.values(framework).join('-');
  return { config, settingsName, backend: oneOf(values.backend, 'backend', ['wasm', 'cpu'] as const, 'wasm') };
}
