import { LIMITS } from '../limits.ts';
import { clip } from '../excerpt.ts';
import { DIGIT_COUNT } from '../../mnist/dataset.ts';
import { isDenseOnly, layerShapes, MNIST_INPUT, shapeSize, type LayerSpec, type ModelSpec } from './model-spec.ts';

/**
 * The limits of a description, in one place for the app, the worker and the CLI. The fully
 * connected part keeps the dense network's limits (LIMITS in config-limits.ts).
 */
export const MODEL_LIMITS = {
  convLayers: { min: 0, max: 3 },
  maps: { min: 1, max: 64 },
  kernels: [3, 5],
  poolSizes: [2],
  /** Hidden fully connected layers: a dense-only network needs at least one, a convolutional one none. */
  hiddenLayers: LIMITS.hiddenLayers,
  hiddenSize: LIMITS.hiddenSize,
  /** The probability of dropping a hidden dense neuron while training. */
  dropout: { min: 0, max: 0.9 },
} as const;

const CONV = /^conv\s+(\d+)\s*@\s*(\d+)\s*x\s*(\d+)$/i;
const POOL = /^pool\s+(\d+)(?:\s*x\s*(\d+))?$/i;
const DENSE = /^\d+$/;

/** One layer as the description writes it: `conv 20@5x5`, `pool 2`, `100`. */
export function formatLayer(layer: LayerSpec): string {
  switch (layer.kind) {
    case 'conv':
      return `conv ${layer.maps}@${layer.kernel}x${layer.kernel}`;
    case 'pool':
      return `pool ${layer.size}`;
    case 'dense':
      return String(layer.size);
  }
}

/** The description in words; a dense-only one starts with its input size, as `784, 30, 10`. */
export function formatModel(spec: ModelSpec): string {
  const parts = spec.layers.map(formatLayer);
  return (isDenseOnly(spec) ? [String(shapeSize(spec.input)), ...parts] : parts).join(', ');
}

function readLayer(item: string): LayerSpec | string {
  const conv = CONV.exec(item);
  if (conv) {
    if (conv[2] !== conv[3]) return `${item}: kernels are square, such as 5x5`;
    return { kind: 'conv', maps: Number(conv[1]), kernel: Number(conv[2]) };
  }
  const pool = POOL.exec(item);
  if (pool) {
    if (pool[2] !== undefined && pool[1] !== pool[2]) return `${item}: pooling is square, such as pool 2`;
    return { kind: 'pool', size: Number(pool[1]) };
  }
  if (DENSE.test(item)) return { kind: 'dense', size: Number(item) };
  return `"${clip(item)}" is not a layer: write conv 20@5x5, pool 2 or a number of neurons`;
}

const squares = (sizes: readonly number[]) => sizes.map((n) => `${n}x${n}`).join(' or ');

/** What is wrong with a description for MNIST, in one short sentence; undefined when it is within the limits. */
export function modelProblem(spec: ModelSpec): string | undefined {
  const { layers } = spec;
  const last = layers[layers.length - 1];
  if (last?.kind !== 'dense' || last.size !== DIGIT_COUNT) return `the last layer must be ${DIGIT_COUNT} neurons, one per digit`;
  const firstDense = layers.findIndex((l) => l.kind === 'dense');
  const late = layers.slice(firstDense).find((l) => l.kind !== 'dense');
  if (late) return `${formatLayer(late)} comes after a fully connected layer: convolution and pooling come first`;
  const convs = layers.filter((l) => l.kind === 'conv').length;
  if (convs > MODEL_LIMITS.convLayers.max) return `at most ${MODEL_LIMITS.convLayers.max} convolutional layers, got ${convs}`;
  const hidden = layers.length - firstDense - 1;
  const minHidden = firstDense === 0 ? MODEL_LIMITS.hiddenLayers.min : 0;
  if (hidden < minHidden || hidden > MODEL_LIMITS.hiddenLayers.max) {
    return `${minHidden} to ${MODEL_LIMITS.hiddenLayers.max} hidden fully connected layers, got ${hidden}`;
  }
  const { maps, kernels, poolSizes, hiddenSize } = MODEL_LIMITS;
  for (const { layer, input, output } of layerShapes(spec)) {
    const here = `the maps are ${input.side}×${input.side} here`;
    if (layer.kind === 'conv') {
      if (layer.maps < maps.min || layer.maps > maps.max) return `${formatLayer(layer)}: ${maps.min} to ${maps.max} feature maps`;
      if (!(kernels as readonly number[]).includes(layer.kernel)) return `${formatLayer(layer)}: kernels are ${squares(kernels)}`;
      if (output.side < 1) return `${formatLayer(layer)} needs maps of at least ${layer.kernel}×${layer.kernel}: ${here}`;
    } else if (layer.kind === 'pool') {
      if (!(poolSizes as readonly number[]).includes(layer.size)) return `${formatLayer(layer)}: pooling is ${squares(poolSizes)}`;
      if (input.side % layer.size !== 0) return `${formatLayer(layer)} needs ${layer.size === 2 ? 'an even size' : `a size divisible by ${layer.size}`}: ${here}`;
    } else if (layer !== last && (layer.size < hiddenSize.min || layer.size > hiddenSize.max)) {
      return `a hidden layer has ${hiddenSize.min} to ${hiddenSize.max} neurons, got ${layer.size}`;
    }
  }
  return undefined;
}

/**
 * Reads `conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10` (the 28×28 input implied) or the dense
 * form `784,30,10` (a leading 784 names the input). Throws an Error saying what is wrong.
 */
export function parseModel(text: string): ModelSpec {
  const items = text.split(',').map((s) => s.trim());
  if (items.length && items[0] === String(shapeSize(MNIST_INPUT))) items.shift();
  if (items.length === 0 || items.some((s) => s === '')) throw new Error('a layer is missing: separate the layers with single commas');
  const layers: LayerSpec[] = [];
  for (const item of items) {
    const layer = readLayer(item);
    if (typeof layer === 'string') throw new Error(layer);
    layers.push(layer);
  }
  const spec: ModelSpec = { input: MNIST_INPUT, layers };
  const problem = modelProblem(spec);
  if (problem) throw new Error(problem);
  return spec;
}

/** A description in its one written form (`conv 8@5x5, pool 2, 10`), so two spellings compare equal; text the parser refuses is returned as it is. */
export function canonicalDescription(text: string): string {
  try {
    return formatModel(parseModel(text));
  } catch {
    return text;
  }
}
