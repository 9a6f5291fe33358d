import { configProblems } from './config-limits.ts';
import { parameterCount, type Network } from './network.ts';
import { ACTIVATIONS, COSTS, DEFAULT_CONFIG, type TrainConfig } from './types.ts';
import { messageOf } from '../errors/error-message.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../mnist/dataset.ts';
import { excerpt } from './excerpt.ts';

/** The saved form of a model: versioned JSON. */
export interface ModelFile {
  format: 'nn-magic-model';
  version: 1;
  layers: number[];
  activation: Network['activation'];
  cost: Network['cost'];
  /** weights[l]: row-major [out][in], as in Network. */
  weights: number[][];
  biases: number[][];
  config?: Partial<TrainConfig>;
  metrics?: ModelMetrics;
}

/** What a model achieved, kept with it. */
export interface ModelMetrics {
  bestTestAccuracy?: number;
  bestEpoch?: number;
  epochsTrained?: number;
  [key: string]: number | string | undefined;
}

export const MODEL_FORMAT = 'nn-magic-model';
export const MODEL_VERSION = 1;
/** Limits that keep a malicious or mistaken file from exhausting memory. */
export const MAX_PARAMETERS = 5_000_000;
export const MAX_LAYERS = 8;

/** A model file that cannot be read: the message says what is wrong. */
export class ModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelFormatError';
  }
}

// Nine significant digits round-trip any float32 exactly and keep the file about half the size.
const compact = (values: Float32Array): number[] => Array.from(values, (v) => Number(v.toPrecision(9)));

/** The model as a JSON-ready object. */
export function toModelFile(net: Network, config?: Partial<TrainConfig>, metrics?: ModelMetrics): ModelFile {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    layers: [...net.layers],
    activation: net.activation,
    cost: net.cost,
    weights: net.weights.map(compact),
    biases: net.biases.map(compact),
    ...(config ? { config } : {}),
    ...(metrics ? { metrics } : {}),
  };
}

/** Serialises a model to JSON text. */
export function serializeModel(net: Network, config?: Partial<TrainConfig>, metrics?: ModelMetrics): string {
  return JSON.stringify(toModelFile(net, config, metrics));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function numberArray(value: unknown, what: string, length: number): Float32Array {
  if (!Array.isArray(value)) throw new ModelFormatError(`${what} is not an array of numbers`);
  if (value.length !== length) throw new ModelFormatError(`${what} has ${value.length} values, expected ${length}`);
  const out = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    const v = value[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ModelFormatError(`${what}[${i}] is ${excerpt(v)}, expected a finite number`);
    }
    if (Math.abs(v) > 3.4e38) throw new ModelFormatError(`${what}[${i}] is ${v}, too large for 32-bit floats`);
    out[i] = v;
  }
  return out;
}

/**
 * Checks everything about a parsed model file before building a network from it; throws a
 * ModelFormatError that names the first fault.
 */
export function modelFromFile(data: unknown): { net: Network; config?: Partial<TrainConfig>; metrics?: ModelMetrics } {
  if (!isObject(data)) throw new ModelFormatError('not a model: expected a JSON object');
  if (data.format !== MODEL_FORMAT) {
    throw new ModelFormatError(`not an NN Magic model: "format" is ${excerpt(data.format)}, expected "${MODEL_FORMAT}"`);
  }
  if (data.version !== MODEL_VERSION) {
    throw new ModelFormatError(`unsupported model version ${excerpt(data.version)}; this app reads version ${MODEL_VERSION}`);
  }
  const { layers } = data;
  if (!Array.isArray(layers) || layers.length < 2 || layers.length > MAX_LAYERS) {
    throw new ModelFormatError(`"layers" must list 2 to ${MAX_LAYERS} layer sizes, e.g. [784, 30, 10]`);
  }
  layers.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1) throw new ModelFormatError(`layer ${i} has size ${excerpt(n)}, expected a positive integer`);
  });
  if (layers[0] !== IMAGE_SIZE) throw new ModelFormatError(`the input layer has ${layers[0]} neurons, expected ${IMAGE_SIZE} (28x28 pixels)`);
  if (layers[layers.length - 1] !== DIGIT_COUNT) {
    throw new ModelFormatError(`the output layer has ${layers[layers.length - 1]} neurons, expected ${DIGIT_COUNT} (one per digit)`);
  }
  const sizes = layers as number[];
  const params = parameterCount(sizes);
  if (params > MAX_PARAMETERS) {
    throw new ModelFormatError(`the model has ${params.toLocaleString('en')} parameters, more than the limit of ${MAX_PARAMETERS.toLocaleString('en')}`);
  }
  if (!ACTIVATIONS.includes(data.activation as never)) {
    throw new ModelFormatError(`unknown activation ${excerpt(data.activation)}; expected one of ${ACTIVATIONS.join(', ')}`);
  }
  if (!COSTS.includes(data.cost as never)) {
    throw new ModelFormatError(`unknown cost ${excerpt(data.cost)}; expected one of ${COSTS.join(', ')}`);
  }
  const layerCount = sizes.length - 1;
  if (!Array.isArray(data.weights) || data.weights.length !== layerCount) {
    throw new ModelFormatError(`"weights" must hold ${layerCount} weight matrices, one per layer after the input`);
  }
  if (!Array.isArray(data.biases) || data.biases.length !== layerCount) {
    throw new ModelFormatError(`"biases" must hold ${layerCount} bias vectors, one per layer after the input`);
  }
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l < layerCount; l++) {
    weights.push(numberArray(data.weights[l], `weights[${l}] (${sizes[l + 1]}x${sizes[l]})`, sizes[l + 1] * sizes[l]));
    biases.push(numberArray(data.biases[l], `biases[${l}]`, sizes[l + 1]));
  }
  const net: Network = {
    layers: [...sizes],
    activation: data.activation as Network['activation'],
    cost: data.cost as Network['cost'],
    weights,
    biases,
  };
  return { net, config: checkedConfig(data.config), metrics: checkedMetrics(data.metrics) };
}

/** The settings a file records, keeping only those within the app's limits: they are shown, never trusted. */
function checkedConfig(value: unknown): Partial<TrainConfig> | undefined {
  if (!isObject(value)) return undefined;
  const problems = configProblems(value);
  // Known settings only: those the default config has.
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => key in DEFAULT_CONFIG && !(key in problems)));
  return Object.keys(kept).length ? (kept as Partial<TrainConfig>) : undefined;
}

/** Metrics a file records, keeping finite numbers and short strings only (at most 20 entries). */
function checkedMetrics(value: unknown): ModelMetrics | undefined {
  if (!isObject(value)) return undefined;
  const kept = Object.entries(value)
    .filter(([, v]) => (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 200))
    .slice(0, 20);
  return kept.length ? (Object.fromEntries(kept) as ModelMetrics) : undefined;
}

/** Parses model JSON text; malformed text or content gives a ModelFormatError. */
export function parseModel(text: string): ReturnType<typeof modelFromFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ModelFormatError(`not valid JSON (${messageOf(error)})`);
  }
  return modelFromFile(data);
}
