/**
 * The convolutional layer: k feature maps, square kernels, stride 1, 'valid' (no padding).
 *
 * Shapes, per example and row-major: input [c][h][h]; weights [k][c][kh][kh]; output and deltas
 * [k][oh][oh] with oh = h - kh + 1. A batch is `count` examples one after the other. Weight
 * (m, ch, i, j) sits at ((m * c + ch) * kh + i) * kh + j; input value (ch, y, x) at (ch * h + y) * h + x.
 *
 * Every loop runs over a kernel weight outside and the output rows and columns inside, so the
 * innermost loop walks contiguous input and output rows.
 */

/** The sizes a conv layer's kernels need: input channels and side, maps and kernel side. */
export interface ConvGeometry {
  channels: number;
  side: number;
  maps: number;
  kernel: number;
}

/** Z = W * A + bias for `count` examples: A [count][c][h][h], Z [count][k][oh][oh]. */
export function convForward(g: ConvGeometry, W: Float32Array, bias: Float32Array, A: Float32Array, Z: Float32Array, count: number): void {
  const { channels, side, maps, kernel } = g;
  const out = side - kernel + 1;
  const inSize = channels * side * side;
  const outSize = maps * out * out;
  for (let b = 0; b < count; b++) {
    const a0 = b * inSize;
    for (let m = 0; m < maps; m++) {
      const z0 = b * outSize + m * out * out;
      Z.fill(bias[m], z0, z0 + out * out);
      for (let ch = 0; ch < channels; ch++) {
        for (let i = 0; i < kernel; i++) {
          for (let j = 0; j < kernel; j++) {
            const w = W[((m * channels + ch) * kernel + i) * kernel + j];
            for (let y = 0; y < out; y++) {
              const zr = z0 + y * out;
              const ar = a0 + (ch * side + y + i) * side + j;
              for (let x = 0; x < out; x++) Z[zr + x] += w * A[ar + x];
            }
          }
        }
      }
    }
  }
}

/** Dprev = dC/dA from the deltas D = dC/dZ [count][k][oh][oh]: each delta goes back through the weights that made it. */
export function convBackward(g: ConvGeometry, W: Float32Array, D: Float32Array, Dprev: Float32Array, count: number): void {
  const { channels, side, maps, kernel } = g;
  const out = side - kernel + 1;
  const inSize = channels * side * side;
  const outSize = maps * out * out;
  Dprev.fill(0, 0, count * inSize);
  for (let b = 0; b < count; b++) {
    const p0 = b * inSize;
    for (let m = 0; m < maps; m++) {
      const d0 = b * outSize + m * out * out;
      for (let ch = 0; ch < channels; ch++) {
        for (let i = 0; i < kernel; i++) {
          for (let j = 0; j < kernel; j++) {
            const w = W[((m * channels + ch) * kernel + i) * kernel + j];
            for (let y = 0; y < out; y++) {
              const dr = d0 + y * out;
              const pr = p0 + (ch * side + y + i) * side + j;
              for (let x = 0; x < out; x++) Dprev[pr + x] += w * D[dr + x];
            }
          }
        }
      }
    }
  }
}

/**
 * SGD update fused with the gradient, as denseUpdate does it: W = decay * W - rate * dC/dW with
 * dC/dW(m, ch, i, j) = sum over examples and positions of D(m, y, x) * A(ch, y + i, x + j);
 * bias -= rate * sum of D over examples and positions. rate = eta / count; decay = 1 - eta * lambda / n.
 */
export function convUpdate(
  g: ConvGeometry,
  W: Float32Array,
  bias: Float32Array,
  A: Float32Array,
  D: Float32Array,
  count: number,
  rate: number,
  decay: number,
): void {
  const { channels, side, maps, kernel } = g;
  const out = side - kernel + 1;
  const inSize = channels * side * side;
  const outSize = maps * out * out;
  for (let m = 0; m < maps; m++) {
    let gb = 0;
    for (let b = 0; b < count; b++) {
      const d0 = b * outSize + m * out * out;
      for (let q = 0; q < out * out; q++) gb += D[d0 + q];
    }
    bias[m] -= rate * gb;
    for (let ch = 0; ch < channels; ch++) {
      for (let i = 0; i < kernel; i++) {
        for (let j = 0; j < kernel; j++) {
          let gw = 0;
          for (let b = 0; b < count; b++) {
            const d0 = b * outSize + m * out * out;
            const a0 = b * inSize + (ch * side + i) * side + j;
            for (let y = 0; y < out; y++) {
              const dr = d0 + y * out;
              const ar = a0 + y * side;
              for (let x = 0; x < out; x++) gw += D[dr + x] * A[ar + x];
            }
          }
          const k = ((m * channels + ch) * kernel + i) * kernel + j;
          W[k] = decay * W[k] - rate * gw;
        }
      }
    }
  }
}
