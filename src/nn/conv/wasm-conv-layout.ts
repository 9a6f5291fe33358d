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
  /**
   * arranged[l]: a conv layer's kernels as convForward reads them (wat/conv.wat), [c][kh][kh][k4],
   * k4 = k rounded up to 4, the padding maps' weights 0; else 0.
   */
  arranged: number[];
  /**
   * For a conv layer after the first, what its input gradient needs (wat/conv.wat's
   * convInputGradient): kernelRows[l], each map's kernels as one row, [k][t4] with t4 = c kh kh
   * rounded up to 4, the padding 0; gathered[l], one example's W^T D, [t4][n8] with n8 = oh oh
   * rounded up to 8, for each of the `parties` threads (gatheredBytes[l] apart). Else 0.
   */
  kernelRows: number[];
  gathered: number[];
  gatheredBytes: number[];
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

/** The layout for `spec`, mini-batches of up to `capacity` examples, dropout on hidden dense layers or not, `parties` threads. */
export function convKernelLayout(spec: ModelSpec, capacity: number, dropout: boolean, parties = 1): ConvKernelLayout {
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
  shapes.forEach((s, l) => {
    const conv = s.layer.kind === 'conv';
    const dense = s.layer.kind === 'dense';
    weights.push(conv ? take(4 * s.weights) : dense ? take((strides[l + 1] / 4) * strides[l]) : 0);
    biases.push(conv ? take(4 * s.biases) : dense ? take(strides[l + 1]) : 0);
  });
  const arranged = shapes.map((s) => (s.layer.kind === 'conv' ? take(4 * roundUp(s.layer.maps, 4) * s.input.depth * s.layer.kernel ** 2) : 0));
  // A conv layer after the first passes deltas down: its taps, c kh kh, rounded up to whole vectors.
  const taps4 = shapes.map((s, l) => (l > 0 && s.layer.kind === 'conv' ? roundUp(s.input.depth * s.layer.kernel ** 2, 4) : 0));
  const kernelRows = shapes.map((s, l) => (taps4[l] && s.layer.kind === 'conv' ? take(4 * s.layer.maps * taps4[l]) : 0));
  const gatheredBytes = shapes.map((s, l) => 4 * taps4[l] * roundUp(s.output.side ** 2, 8));
  const gathered = gatheredBytes.map((bytes) => (bytes ? take(parties * bytes) : 0));
  const acts = strides.map((stride) => take(capacity * stride));
  const deltas = shapes.map((_, l) => take(capacity * strides[l + 1]));
  const from = shapes.map((s, l) => (s.layer.kind === 'pool' ? take(capacity * strides[l + 1]) : 0));
  const dropped = shapes.map((s, l) => dropout && l < last && s.layer.kind === 'dense');
  const masks = shapes.map((_, l) => (dropped[l] ? take(capacity * strides[l + 1]) : 0));
  const kept = shapes.map((_, l) => (dropped[l] ? take(capacity * strides[l + 1]) : 0));
  return { shapes, capacity, strides, labels, costs, weights, biases, arranged, kernelRows, gathered, gatheredBytes, acts, deltas, from, masks, kept, end };
}
