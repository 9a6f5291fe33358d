/**
 * Max pooling over size × size windows with stride size (the windows do not overlap).
 *
 * Shapes, per example and row-major: input [c][h][h]; output, deltas and `from` [c][oh][oh] with
 * oh = h / size (size divides h: modelProblem checks it). from[o] is the index, within the example's
 * input, of the value output o took: backward sends each delta there and nowhere else.
 */

/** The sizes a pooling layer's kernels need. */
export interface PoolGeometry {
  channels: number;
  side: number;
  size: number;
}

/** Out = the largest value of each window; `from` remembers which (the first of equal values). */
export function poolForward(g: PoolGeometry, A: Float32Array, Out: Float32Array, from: Int32Array, count: number): void {
  const { channels, side, size } = g;
  const out = side / size;
  const inSize = channels * side * side;
  const outSize = channels * out * out;
  for (let b = 0; b < count; b++) {
    const a0 = b * inSize;
    for (let ch = 0; ch < channels; ch++) {
      for (let y = 0; y < out; y++) {
        for (let x = 0; x < out; x++) {
          let best = (ch * side + y * size) * side + x * size;
          for (let i = 0; i < size; i++) {
            const row = (ch * side + y * size + i) * side + x * size;
            for (let j = 0; j < size; j++) if (A[a0 + row + j] > A[a0 + best]) best = row + j;
          }
          const o = b * outSize + (ch * out + y) * out + x;
          Out[o] = A[a0 + best];
          from[o] = best;
        }
      }
    }
  }
}

/** Dprev = dC/dA: each output's delta goes to the input value it took; the others get 0. */
export function poolBackward(g: PoolGeometry, D: Float32Array, from: Int32Array, Dprev: Float32Array, count: number): void {
  const { channels, side, size } = g;
  const out = side / size;
  const inSize = channels * side * side;
  const outSize = channels * out * out;
  Dprev.fill(0, 0, count * inSize);
  for (let b = 0; b < count; b++) {
    for (let o = 0; o < outSize; o++) Dprev[b * inSize + from[b * outSize + o]] = D[b * outSize + o];
  }
}
