import type { ConvGeometry } from './conv-layer.ts';
import type { PoolGeometry } from './max-pool.ts';
import { layerShapes, shapeSize, type LayerShape, type ModelSpec } from './model-spec.ts';

/** Buffers for one mini-batch of a ConvNetwork, allocated once per network and batch capacity. */
export interface ConvScratch {
  capacity: number;
  /** shapes[l]: layer l's input and output shapes. */
  shapes: LayerShape[];
  /** acts[l]: the input of layer l, row-major [capacity][depth][side][side]; acts[0] is the image, acts[L] the output. */
  acts: Float32Array[];
  /** deltas[l]: dC/dz of layer l (conv, dense), or dC/d(output) of a pooling layer; row-major like acts[l + 1]. */
  deltas: Float32Array[];
  /** from[l]: where pooling layer l took each output from (max-pool.ts), [capacity][output]; empty for other layers. */
  from: Int32Array[];
  /** The probability a hidden dense neuron is dropped while training; 0: no dropout. */
  dropout: number;
  /** masks[l]: hidden dense layer l's dropout multipliers, 0 or 1 / (1 - p), like acts[l + 1]; empty without dropout. */
  masks: Float32Array[];
  /** kept[l]: hidden dense layer l's activations before the mask, for f'(z) in the backward pass; as masks[l]. */
  kept: Float32Array[];
  labels: Uint8Array;
  /** 0, 1, 2, ...: every column, for the dense kernels (dense.ts), which can skip columns. */
  allColumns: Int32Array;
}

const EMPTY_F32 = new Float32Array(0);
const EMPTY_I32 = new Int32Array(0);

/** Scratch for mini-batches of up to `capacity` examples; `dropout` in [0, 1) applies to the hidden dense layers. */
export function createConvScratch(spec: ModelSpec, capacity: number, dropout = 0): ConvScratch {
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`dropout must be from 0 to below 1, got ${dropout}`);
  const shapes = layerShapes(spec);
  if (shapes[shapes.length - 1]?.layer.kind !== 'dense') throw new RangeError('the last layer must be fully connected');
  const last = shapes.length - 1;
  const dropped = shapes.map((s, l) => dropout > 0 && l < last && s.layer.kind === 'dense');
  const outputs = shapes.map((s) => capacity * shapeSize(s.output));
  return {
    capacity,
    shapes,
    acts: [capacity * shapeSize(spec.input), ...outputs].map((n) => new Float32Array(n)),
    deltas: outputs.map((n) => new Float32Array(n)),
    from: shapes.map((s, l) => (s.layer.kind === 'pool' ? new Int32Array(outputs[l]) : EMPTY_I32)),
    dropout,
    masks: outputs.map((n, l) => (dropped[l] ? new Float32Array(n) : EMPTY_F32)),
    kept: outputs.map((n, l) => (dropped[l] ? new Float32Array(n) : EMPTY_F32)),
    labels: new Uint8Array(capacity),
    allColumns: Int32Array.from({ length: Math.max(...shapes.map((s) => shapeSize(s.input))) }, (_, i) => i),
  };
}

/** A conv layer's geometry from its shapes. */
export function convGeometry({ layer, input }: LayerShape): ConvGeometry {
  if (layer.kind !== 'conv') throw new TypeError('convGeometry: not a conv layer');
  return { channels: input.depth, side: input.side, maps: layer.maps, kernel: layer.kernel };
}

/** A pooling layer's geometry from its shapes. */
export function poolGeometry({ layer, input }: LayerShape): PoolGeometry {
  if (layer.kind !== 'pool') throw new TypeError('poolGeometry: not a pooling layer');
  return { channels: input.depth, side: input.side, size: layer.size };
}
