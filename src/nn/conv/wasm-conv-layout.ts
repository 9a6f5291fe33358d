import { layerShapes, shapeSize, type LayerShape, type ModelSpec } from './model-spec.ts';

/**
 * Where the WebAssembly conv engine's buffers live in linear memory (addresses in bytes, 64-byte
 * aligned). Every layer's values per example take ceil(n / 4) * 4 floats (its stride), the padding
 * kept 0, so the dense kernels (wat/dense.wat) run over whole f32x4 vectors. Every buffer is
 * followed by 64 bytes of slack: a conv row's last vectors read up to 8 floats past it
 * (wat/conv.wat).
 */
export interface ConvKernelLayout {
  shapes: LayerShape[];
  capacity: number;
  /** strides[l]: bytes per example of acts[l] (layer l's input; strides[L] the output's). */
  strides: number[];
  /** [capacity] u8: each example's label. */
  labels: number;
  /** [capacity] f64: each example's cost in the last step (wat/conv-step.wat's outputEach). */
  costs: number;
  /**
   * weights[l]: conv [k][c][kh][kh] f32 (as ConvNetwork); dense [strides[l + 1] / 4][strides[l] / 4]
   * f32, row-major [out][in] with padding rows and columns 0; pool: 0 (none).
   */
  weights: number[];
  /** biases[l]: conv [k]; dense [strides[l + 1] / 4]; pool: 0. */
  biases: number[];
  /** grads[l]: a conv layer's gradient scratch, one f32x4 of partial sums per weight; else 0. */
  grads: number[];
  /**
   * arranged[l]: a conv layer's kernels as convForward reads them (wat/conv.wat), [c][kh][kh][k4],
   * k4 = k rounded up to 4, the padding maps' weights 0; else 0.
   */
  arranged: number[];
  /**
   * For a conv layer after the first, what its input gradient needs (wasm-conv-passes.ts): padded[l],
   * its deltas with kh - 1 zeros around each map, [capacity][paddedStrides[l]]; flipped[l], its
   * kernels turned 180 degrees with maps and channels swapped, arranged like arranged[l]:
   * [k][kh][kh][c4]; zeros[l], [c4] zero biases. Else 0.
   */
  padded: number[];
  paddedStrides: number[];
  flipped: number[];
  zeros: number[];
  /** acts[l]: [capacity][strides[l]]; acts[0] the images in [0, 1], acts[L] the outputs. */
  acts: number[];
  /** deltas[l]: like acts[l + 1]: dC/dz (conv, dense) or dC/d(output) (pool). */
  deltas: number[];
  /** from[l]: a pooling layer's winners (wat/pool.wat), i32 like acts[l + 1]; else 0. */
  from: number[];
  /** masks[l] and kept[l]: a hidden dense layer's dropout multipliers and unmasked activations, like acts[l + 1]; else 0. */
  masks: number[];
  kept: number[];
  /** Bytes in all: the memory to allocate. */
  end: number;
}

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;
const SLACK = 64;

/** The layout for `spec`, mini-batches of up to `capacity` examples, dropout on hidden dense layers or not. */
export function convKernelLayout(spec: ModelSpec, capacity: number, dropout: boolean): ConvKernelLayout {
  const shapes = layerShapes(spec);
  const last = shapes.length - 1;
  const strides = [spec.input, ...shapes.map((s) => s.output)].map((s) => 4 * roundUp(shapeSize(s), 4));
  let end = 64;
  const take = (bytes: number) => {
    const at = end;
    end = roundUp(end + bytes + SLACK, 64);
    return at;
  };
  const labels = take(capacity);
  const costs = take(8 * capacity);
  const weights: number[] = [];
  const biases: number[] = [];
  const grads: number[] = [];
  shapes.forEach((s, l) => {
    const conv = s.layer.kind === 'conv';
    const dense = s.layer.kind === 'dense';
    weights.push(conv ? take(4 * s.weights) : dense ? take((strides[l + 1] / 4) * strides[l]) : 0);
    biases.push(conv ? take(4 * s.biases) : dense ? take(strides[l + 1]) : 0);
    grads.push(conv ? take(16 * s.weights) : 0);
  });
  const paddedStrides = shapes.map((s, l) => (l > 0 && s.layer.kind === 'conv' ? 4 * roundUp(s.output.depth * (s.input.side + s.layer.kernel - 1) ** 2, 4) : 0));
  const padded = paddedStrides.map((stride) => (stride ? take(capacity * stride) : 0));
  const arranged = shapes.map((s) => (s.layer.kind === 'conv' ? take(4 * roundUp(s.layer.maps, 4) * s.input.depth * s.layer.kernel ** 2) : 0));
  const flipped = shapes.map((s, l) => (paddedStrides[l] && s.layer.kind === 'conv' ? take(4 * roundUp(s.input.depth, 4) * s.layer.maps * s.layer.kernel ** 2) : 0));
  const zeros = shapes.map((s, l) => (paddedStrides[l] ? take(4 * roundUp(s.input.depth, 4)) : 0));
  const acts = strides.map((stride) => take(capacity * stride));
  const deltas = shapes.map((_, l) => take(capacity * strides[l + 1]));
  const from = shapes.map((s, l) => (s.layer.kind === 'pool' ? take(capacity * strides[l + 1]) : 0));
  const dropped = shapes.map((s, l) => dropout && l < last && s.layer.kind === 'dense');
  const masks = shapes.map((_, l) => (dropped[l] ? take(capacity * strides[l + 1]) : 0));
  const kept = shapes.map((_, l) => (dropped[l] ? take(capacity * strides[l + 1]) : 0));
  return { shapes, capacity, strides, labels, costs, weights, biases, grads, arranged, padded, paddedStrides, flipped, zeros, acts, deltas, from, masks, kept, end };
}
