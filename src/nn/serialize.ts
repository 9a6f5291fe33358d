import { configProblems, descriptionProblem } from './config-limits.ts';
import { isConvNetwork, type AnyNetwork } from './conv/any-network.ts';
import type { ConvNetwork } from './conv/conv-network.ts';
import { layerShapes, modelParameterCount } from './conv/model-spec.ts';
import { formatLayer, formatModel, parseModel as parseDescription } from './conv/parse-model.ts';
import { parameterCount, type Network } from './network.ts';
import { ACTIVATIONS, COSTS, DEFAULT_CONFIG, type TrainConfig } from './types.ts';
import { messageOf } from '../errors/error-message.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../mnist/dataset.ts';
import { excerpt } from './excerpt.ts';

/** The saved form of a fully connected model: versioned JSON (version 1, as ever). */
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

/**
 * The saved form of a convolutional model (version 2): the network's description in parse-model's
 * words instead of layer sizes; weights[l] and biases[l] for each layer of the description, laid out
 * as in ConvNetwork (a pooling layer's are empty). A dense model is still written as version 1, so
 * older apps read it.
 */
export interface ConvModelFile extends Omit<ModelFile, 'version' | 'layers'> {
  version: 2;
  model: string;
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
export const CONV_MODEL_VERSION = 2;
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

/** The model as a JSON-ready object: version 1 for a dense network, 2 for a convolutional one. */
export function toModelFile(net: AnyNetwork, config?: Partial<TrainConfig>, metrics?: ModelMetrics): ModelFile | ConvModelFile {
  return {
    format: MODEL_FORMAT,
    ...(isConvNetwork(net) ? { version: CONV_MODEL_VERSION, model: formatModel(net.spec) } : { version: MODEL_VERSION, layers: [...net.layers] }),
    activation: net.activation,
    cost: net.cost,
    weights: net.weights.map(compact),
    biases: net.biases.map(compact),
    ...(config ? { config } : {}),
    ...(metrics ? { metrics } : {}),
  };
}

/** Serialises a model to JSON text. */
export function serializeModel(net: AnyNetwork, config?: Partial<TrainConfig>, metrics?: ModelMetrics): string {
  return JSON.stringify(toModelFile(net, config, metrics));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function numberArray(value: unknown, what: string, length: number): Float32Array {
  // A binary model file's values (binary-model.ts), already float32 and checked finite as they were read: taken as they are.
  if (value instanceof Float32Array) {
    if (value.length !== length) throw new ModelFormatError(`${what} has ${value.length} values, expected ${length}`);
    return value;
  }
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

/** What a model file holds once checked. */
export interface ReadModel<N extends AnyNetwork = AnyNetwork> {
  net: N;
  config?: Partial<TrainConfig>;
  metrics?: ModelMetrics;
}

/** A read model that must be fully connected: for the readers and tools made for that kind alone. */
export function denseRead(read: ReadModel): ReadModel<Network> {
  if (isConvNetwork(read.net)) throw new ModelFormatError(`a convolutional network (${formatModel(read.net.spec)}): this reads fully connected ones only`);
  return read as ReadModel<Network>;
}

/**
 * Checks everything about a parsed model file (version 1, fully connected) before building a
 * network from it; throws a ModelFormatError that names the first fault.
 */
export const modelFromFile = (data: unknown): ReadModel<Network> => denseRead(anyModelFromFile(data));

/** As modelFromFile, for either kind of network: version 1 (fully connected) or 2 (convolutional). */
export function anyModelFromFile(data: unknown): ReadModel {
  if (!isObject(data)) throw new ModelFormatError('not a model: expected a JSON object');
  if (data.format !== MODEL_FORMAT) {
    throw new ModelFormatError(`not an NN Magic model: "format" is ${excerpt(data.format)}, expected "${MODEL_FORMAT}"`);
  }
  if (data.version === CONV_MODEL_VERSION) return convModelFromFile(data);
  if (data.version !== MODEL_VERSION) {
    throw new ModelFormatError(`unsupported model version ${excerpt(data.version)}; this app reads versions ${MODEL_VERSION} and ${CONV_MODEL_VERSION}`);
  }
  return denseModelFromFile(data);
}

/** The shape, activation and cost of a version 2 file's network, checked: what its values must fill. */
export function convShapeOfFile(data: Record<string, unknown>): Omit<ConvNetwork, 'weights' | 'biases'> {
  const problem = descriptionProblem(data.model);
  if (problem) throw new ModelFormatError(`"model" does not describe a network this app trains: ${problem}`);
  const spec = parseDescription(data.model as string);
  const params = modelParameterCount(spec);
  if (params > MAX_PARAMETERS) {
    throw new ModelFormatError(`the model has ${params.toLocaleString('en')} parameters, more than the limit of ${MAX_PARAMETERS.toLocaleString('en')}`);
  }
  return { spec, ...checkedActivationCost(data) };
}

function convModelFromFile(data: Record<string, unknown>): ReadModel {
  const shape = convShapeOfFile(data);
  const shapes = layerShapes(shape.spec);
  if (!Array.isArray(data.weights) || data.weights.length !== shapes.length) {
    throw new ModelFormatError(`"weights" must hold ${shapes.length} arrays, one per layer (empty for pooling)`);
  }
  if (!Array.isArray(data.biases) || data.biases.length !== shapes.length) {
    throw new ModelFormatError(`"biases" must hold ${shapes.length} arrays, one per layer (empty for pooling)`);
  }
  const weights = shapes.map((s, l) => numberArray((data.weights as unknown[])[l], `weights[${l}] (${formatLayer(s.layer)})`, s.weights));
  const biases = shapes.map((s, l) => numberArray((data.biases as unknown[])[l], `biases[${l}]`, s.biases));
  return { net: { ...shape, weights, biases }, config: checkedConfig(data.config), metrics: checkedMetrics(data.metrics) };
}

function checkedActivationCost(data: Record<string, unknown>): Pick<Network, 'activation' | 'cost'> {
  if (!ACTIVATIONS.includes(data.activation as never)) {
    throw new ModelFormatError(`unknown activation ${excerpt(data.activation)}; expected one of ${ACTIVATIONS.join(', ')}`);
  }
  if (!COSTS.includes(data.cost as never)) {
    throw new ModelFormatError(`unknown cost ${excerpt(data.cost)}; expected one of ${COSTS.join(', ')}`);
  }
  return { activation: data.activation as Network['activation'], cost: data.cost as Network['cost'] };
}

function denseModelFromFile(data: Record<string, unknown>): ReadModel<Network> {
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
  const { activation, cost } = checkedActivationCost(data);
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
    activation,
    cost,
    weights,
    biases,
  };
  return { net, config: checkedConfig(data.config), metrics: checkedMetrics(data.metrics) };
}

/** The settings a file records, keeping only those within the app's limits: they are shown, never trusted. */
function checkedConfig(value: unknown): Partial<TrainConfig> | undefined {
  if (!isObject(value)) return undefined;
  const problems = configProblems(value);
  // Known settings only: those the default config has, and a convolutional network's description.
  const kept = Object.fromEntries(Object.entries(value).filter(([key]) => (key in DEFAULT_CONFIG || key === 'model') && !(key in problems)));
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

/** Parses a fully connected model's JSON text; malformed text or content gives a ModelFormatError. */
export const parseModel = (text: string): ReadModel<Network> => denseRead(parseAnyModel(text));

/** Parses model JSON text of either kind; malformed text or content gives a ModelFormatError. */
export function parseAnyModel(text: string): ReadModel {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ModelFormatError(`not valid JSON (${messageOf(error)})`);
  }
  return anyModelFromFile(data);
}
