/** The small part of ConvNetJS 0.3 (no types of its own) that the benchmark uses. */
declare module 'convnetjs' {
  export class Vol {
    constructor(sx: number, sy: number, depth: number, fill?: number);
    w: Float64Array;
  }
  export interface Layer {
    forward(v: Vol, isTraining: boolean): Vol;
  }
  export interface FullyConnLayer extends Layer {
    filters: Vol[];
    biases: Vol;
  }
  /** A layer with one filter Vol per map or neuron, and a Vol of biases: fc or conv. */
  export type WeightedLayer = FullyConnLayer;
  export interface LayerOptions {
    in_sx?: number;
    in_sy?: number;
    in_depth?: number;
    out_sx?: number;
    out_sy?: number;
    out_depth?: number;
    num_neurons?: number;
    /** Conv: filters (maps) of sx x sx, stride, zero padding; pool: window sx, stride. */
    filters?: number;
    sx?: number;
    stride?: number;
    pad?: number;
  }
  export class Net {
    layers: Layer[];
    forward(v: Vol, isTraining?: boolean): Vol;
  }
  export class Trainer {
    constructor(net: Net, options: { method: 'sgd'; learning_rate: number; momentum: number; batch_size: number; l2_decay: number });
    train(x: Vol, y: number | number[] | Float64Array): unknown;
  }
  const convnetjs: {
    Vol: typeof Vol;
    Net: typeof Net;
    Trainer: typeof Trainer;
    InputLayer: new (opt: LayerOptions) => Layer;
    FullyConnLayer: new (opt: LayerOptions) => FullyConnLayer;
    SigmoidLayer: new (opt: LayerOptions) => Layer;
    RegressionLayer: new (opt: LayerOptions) => Layer;
    ConvLayer: new (opt: LayerOptions) => WeightedLayer;
    PoolLayer: new (opt: LayerOptions) => Layer;
    ReluLayer: new (opt: LayerOptions) => Layer;
    TanhLayer: new (opt: LayerOptions) => Layer;
    SoftmaxLayer: new (opt: LayerOptions) => Layer;
  };
  export default convnetjs;
}
