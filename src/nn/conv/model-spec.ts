/**
 * One description for every network the core trains: convolutional layers, max pooling and fully
 * connected layers in order, after an implied square input. A description with dense layers only is
 * the book's fully connected network.
 */

/** A stack of square maps: `depth` maps (channels) of side × side values; a dense layer is depth n, side 1. */
export interface Shape {
  depth: number;
  side: number;
}

/** One layer: k feature maps of kernel × kernel (stride 1, 'valid'), max pooling size × size (stride size), or n neurons. */
export type LayerSpec =
  | { kind: 'conv'; maps: number; kernel: number }
  | { kind: 'pool'; size: number }
  | { kind: 'dense'; size: number };

/** The input's shape and the layers after it; the last layer is the output. */
export interface ModelSpec {
  input: Shape;
  layers: LayerSpec[];
}

/** MNIST's input: one 28 × 28 map. */
export const MNIST_INPUT: Shape = { depth: 1, side: 28 };

/** One layer's shapes and its number of weights and biases. */
export interface LayerShape {
  layer: LayerSpec;
  input: Shape;
  output: Shape;
  weights: number;
  biases: number;
}

/** Values in a shape: depth × side × side, which is also its flat length (row-major [depth][side][side]). */
export const shapeSize = (s: Shape): number => s.depth * s.side * s.side;

/**
 * What each layer turns its input into. The sides may come out below 1 or pooling may not divide
 * them: modelProblem (parse-model.ts) says so; this only computes.
 */
export function layerShapes(spec: ModelSpec): LayerShape[] {
  let input = spec.input;
  return spec.layers.map((layer) => {
    let shape: LayerShape;
    switch (layer.kind) {
      case 'conv':
        shape = {
          layer,
          input,
          output: { depth: layer.maps, side: input.side - layer.kernel + 1 },
          weights: layer.maps * input.depth * layer.kernel * layer.kernel,
          biases: layer.maps,
        };
        break;
      case 'pool':
        shape = { layer, input, output: { depth: input.depth, side: Math.floor(input.side / layer.size) }, weights: 0, biases: 0 };
        break;
      case 'dense':
        shape = { layer, input, output: { depth: layer.size, side: 1 }, weights: layer.size * shapeSize(input), biases: layer.size };
        break;
    }
    input = shape.output;
    return shape;
  });
}

/** Number of weights and biases of the whole network. */
export const modelParameterCount = (spec: ModelSpec): number =>
  layerShapes(spec).reduce((n, s) => n + s.weights + s.biases, 0);

/** True when every layer is fully connected: the network batch.ts trains. */
export const isDenseOnly = (spec: ModelSpec): boolean => spec.layers.every((l) => l.kind === 'dense');

/** Values in the input and in each layer's output: for a dense-only description, NetworkSpec.layers. */
export const layerSizes = (spec: ModelSpec): number[] => [shapeSize(spec.input), ...layerShapes(spec).map((s) => shapeSize(s.output))];

/** A dense network's layer sizes as a description (the input's side is the square root of layers[0]). */
export function denseModel(layers: readonly number[]): ModelSpec {
  const side = Math.round(Math.sqrt(layers[0]));
  if (side * side !== layers[0]) throw new RangeError(`denseModel: an input of ${layers[0]} values is not a square image`);
  return {
    input: { depth: 1, side },
    layers: layers.slice(1).map((size) => ({ kind: 'dense', size })),
  };
}
