import { IMAGE_SIZE } from '../../mnist/dataset.ts';

/**
 * Where the kernels' buffers live in linear memory. Every layer of n neurons takes
 * ceil(n / 4) * 4 floats per row (its stride); the padding stays 0, so the kernels work in whole
 * f32x4 vectors. Addresses are bytes, 64-byte aligned (one cache line).
 *
 * The first layer's weights are kept transposed, [784][strides[1]] (see wat/input-layer.wat). A
 * later split of the work across K workers sharing this memory can give each worker a block of
 * that layer's neurons: 16 columns of W^T (one cache line per pixel) and the same columns of the
 * layer's activations and deltas.
 */
export interface KernelLayout {
  /** Floats per row of each layer: layers[l] rounded up to a multiple of 4. */
  strides: number[];
  /** The layer table the kernels read: per weight layer, 16 i32 (see wat/step.wat). */
  table: number;
  /** Up to 784 i32: the pixels with ink in the batch, as byte offsets in a row of the input. */
  activePixels: number;
  /** [capacity] i32: the address of each example's image. */
  imagePointers: number;
  /** [capacity] u8: each example's label. */
  labels: number;
  /**
   * weights[l]: [strides[l + 1]][strides[l]] f32 (the padding rows and columns 0), except the
   * first layer's, transposed: [784][strides[1]].
   */
  weights: number[];
  /** biases[l]: [strides[l + 1]] f32. */
  biases: number[];
  /** acts[l]: [capacity][strides[l]] f32; acts[0] is the input in [0, 1], plus a spare row of 0. */
  acts: number[];
  /** deltas[l]: dC/dz of layer l + 1, [capacity][strides[l + 1]] f32. */
  deltas: number[];
  /** [capacity][784] bytes: images copied in for evaluation. */
  staging: number;
  /**
   * 2 cache lines of i32 where several workers sharing the memory meet: a barrier, then the
   * current step's parameters (split-engine.ts). Unused by one worker.
   */
  control: number;
  /** Where the training images start ([n][784] bytes); everything before it is fixed. */
  data: number;
}

/** Bytes per layer in the table. */
export const TABLE_ENTRY_BYTES = 64;

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;

/** The layout for a network of `layers` and mini-batches of up to `capacity` examples. */
export function kernelLayout(layers: readonly number[], capacity: number): KernelLayout {
  const strides = layers.map((n) => roundUp(n, 4));
  // Bytes 0-63 are scratch (the gather kernel stores there), never a buffer: a zero in the table
  // can never be mistaken for one.
  let end = 64;
  const take = (bytes: number) => {
    const at = end;
    end = roundUp(end + bytes, 64);
    return at;
  };
  const weightLayers = layers.length - 1;
  const table = take(TABLE_ENTRY_BYTES * weightLayers);
  const activePixels = take(4 * IMAGE_SIZE);
  const imagePointers = take(4 * capacity);
  const labels = take(capacity);
  const weights: number[] = [];
  const biases: number[] = [];
  for (let l = 0; l < weightLayers; l++) {
    weights.push(take(4 * strides[l + 1] * strides[l]));
    biases.push(take(4 * strides[l + 1]));
  }
  // The input gets a spare row of zeros after the last: the first layer's kernels read one row
  // past an odd batch's end (wat/input-layer.wat).
  const acts = strides.map((s, l) => take(4 * (l === 0 ? capacity + 1 : capacity) * s));
  const deltas = strides.slice(1).map((s) => take(4 * capacity * s));
  const staging = take(capacity * IMAGE_SIZE);
  const control = take(128);
  return { strides, table, activePixels, imagePointers, labels, weights, biases, acts, deltas, staging, control, data: end };
}

/** The layer table's contents, as i32 (the field order of wat/step.wat). */
export function layerTable(layers: readonly number[], layout: KernelLayout): Int32Array {
  const fields = TABLE_ENTRY_BYTES / 4;
  const table = new Int32Array(fields * (layers.length - 1));
  const { strides } = layout;
  for (let l = 0; l + 1 < layers.length; l++) {
    table.set(
      [
        4 * strides[l],
        4 * strides[l + 1],
        layers[l + 1],
        layout.weights[l],
        layout.biases[l],
        layout.acts[l],
        layout.acts[l + 1],
        layout.deltas[l],
        l > 0 ? layout.deltas[l - 1] : 0,
        4 * strides[l + 1] * strides[l],
      ],
      fields * l,
    );
  }
  return table;
}
