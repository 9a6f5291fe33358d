/**
 * The dense-layer kernels. Shapes: W row-major [nOut][nIn]; A row-major [count][nIn];
 * Z and D row-major [count][nOut].
 *
 * Forward and update visit only the input columns listed in `cols` (the first `nCols`): for the
 * first layer, the pixels that are ink in some example of the batch (the others contribute
 * nothing); for later layers, every column.
 */

/**
 * Z = A W^T + bias. Examples go five at a time against pairs of weight rows (a mini-batch of 10 then
 * reads the weights twice, not five times: measured 1.2x on the first layer), the rest two at a
 * time against four rows, so each loaded value feeds several multiply-adds.
 */
export function denseForward(
  W: Float32Array,
  bias: Float32Array,
  A: Float32Array,
  Z: Float32Array,
  count: number,
  nIn: number,
  nOut: number,
  cols: Int32Array,
  nCols: number,
): void {
  let b = 0;
  for (; b + 5 <= count && nOut >= 2; b += 5) forwardFiveExamples(W, bias, A, Z, b, nIn, nOut, cols, nCols);
  for (; b + 2 <= count; b += 2) {
    const a0 = b * nIn;
    const a1 = a0 + nIn;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const w0 = j * nIn;
      const w1 = w0 + nIn;
      const w2 = w1 + nIn;
      const w3 = w2 + nIn;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        const x0 = A[a0 + k];
        const x1 = A[a1 + k];
        const v0 = W[w0 + k], v1 = W[w1 + k], v2 = W[w2 + k], v3 = W[w3 + k];
        s00 += v0 * x0; s01 += v1 * x0; s02 += v2 * x0; s03 += v3 * x0;
        s10 += v0 * x1; s11 += v1 * x1; s12 += v2 * x1; s13 += v3 * x1;
      }
      const z0 = b * nOut + j;
      const z1 = z0 + nOut;
      Z[z0] = s00 + bias[j]; Z[z0 + 1] = s01 + bias[j + 1]; Z[z0 + 2] = s02 + bias[j + 2]; Z[z0 + 3] = s03 + bias[j + 3];
      Z[z1] = s10 + bias[j]; Z[z1 + 1] = s11 + bias[j + 1]; Z[z1 + 2] = s12 + bias[j + 2]; Z[z1 + 3] = s13 + bias[j + 3];
    }
    for (; j < nOut; j++) {
      const w0 = j * nIn;
      let s0 = 0, s1 = 0;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        s0 += W[w0 + k] * A[a0 + k];
        s1 += W[w0 + k] * A[a1 + k];
      }
      Z[b * nOut + j] = s0 + bias[j];
      Z[(b + 1) * nOut + j] = s1 + bias[j];
    }
  }
  for (; b < count; b++) {
    const a0 = b * nIn;
    for (let j = 0; j < nOut; j++) {
      const w0 = j * nIn;
      let s = 0;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        s += W[w0 + k] * A[a0 + k];
      }
      Z[b * nOut + j] = s + bias[j];
    }
  }
}

/** Examples b .. b + 4 of denseForward: two weight rows at a time, ten running sums. */
function forwardFiveExamples(
  W: Float32Array,
  bias: Float32Array,
  A: Float32Array,
  Z: Float32Array,
  b: number,
  nIn: number,
  nOut: number,
  cols: Int32Array,
  nCols: number,
): void {
  const a0 = b * nIn, a1 = a0 + nIn, a2 = a1 + nIn, a3 = a2 + nIn, a4 = a3 + nIn;
  for (let j = 0; j < nOut; j += 2) {
    // An odd last row is paired with itself; both halves write the same values.
    const jj = Math.min(j + 1, nOut - 1);
    const w0 = j * nIn;
    const w1 = jj * nIn;
    let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s04 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0;
    for (let q = 0; q < nCols; q++) {
      const k = cols[q];
      const v0 = W[w0 + k], v1 = W[w1 + k];
      const x0 = A[a0 + k], x1 = A[a1 + k], x2 = A[a2 + k], x3 = A[a3 + k], x4 = A[a4 + k];
      s00 += v0 * x0; s01 += v0 * x1; s02 += v0 * x2; s03 += v0 * x3; s04 += v0 * x4;
      s10 += v1 * x0; s11 += v1 * x1; s12 += v1 * x2; s13 += v1 * x3; s14 += v1 * x4;
    }
    const z = b * nOut;
    Z[z + j] = s00 + bias[j]; Z[z + nOut + j] = s01 + bias[j]; Z[z + 2 * nOut + j] = s02 + bias[j];
    Z[z + 3 * nOut + j] = s03 + bias[j]; Z[z + 4 * nOut + j] = s04 + bias[j];
    Z[z + jj] = s10 + bias[jj]; Z[z + nOut + jj] = s11 + bias[jj]; Z[z + 2 * nOut + jj] = s12 + bias[jj];
    Z[z + 3 * nOut + jj] = s13 + bias[jj]; Z[z + 4 * nOut + jj] = s14 + bias[jj];
  }
}

/** Dprev = D W: propagates the output-side deltas [count][nOut] back to [count][nIn]. */
export function denseBackward(
  W: Float32Array,
  D: Float32Array,
  Dprev: Float32Array,
  count: number,
  nIn: number,
  nOut: number,
): void {
  Dprev.fill(0, 0, count * nIn);
  for (let b = 0; b < count; b++) {
    const p = b * nIn;
    for (let j = 0; j < nOut; j++) {
      const d = D[b * nOut + j];
      if (d === 0) continue;
      const w = j * nIn;
      for (let k = 0; k < nIn; k++) Dprev[p + k] += d * W[w + k];
    }
  }
}

/**
 * SGD update fused with the gradient: W = decay * W - rate * D^T A, bias -= rate * sum_b D.
 * rate = eta / count; decay = 1 - eta * lambda / n (L2 weight decay, as in Nielsen ch. 3).
 * Blocked 2 weight rows by 5 (then 4) examples: each input value loaded serves two rows.
 */
export function denseUpdate(
  W: Float32Array,
  bias: Float32Array,
  A: Float32Array,
  D: Float32Array,
  count: number,
  nIn: number,
  nOut: number,
  rate: number,
  decay: number,
  cols: Int32Array,
  nCols: number,
): void {
  // Decay touches every weight, blank columns included.
  if (decay !== 1) for (let i = 0; i < nOut * nIn; i++) W[i] *= decay;
  for (let j = 0; j < nOut; j++) {
    let g = 0;
    for (let b = 0; b < count; b++) g += D[b * nOut + j];
    bias[j] -= rate * g;
  }
  let j = 0;
  for (; j + 2 <= nOut; j += 2) {
    const w0 = j * nIn;
    const w1 = w0 + nIn;
    let b = 0;
    // Five examples per pass first: a mini-batch of 10 then passes over each row pair twice.
    for (; b + 5 <= count; b += 5) {
      const o = b * nOut + j;
      const c00 = -rate * D[o], c01 = -rate * D[o + nOut], c02 = -rate * D[o + 2 * nOut], c03 = -rate * D[o + 3 * nOut], c04 = -rate * D[o + 4 * nOut];
      const c10 = -rate * D[o + 1], c11 = -rate * D[o + 1 + nOut], c12 = -rate * D[o + 1 + 2 * nOut], c13 = -rate * D[o + 1 + 3 * nOut], c14 = -rate * D[o + 1 + 4 * nOut];
      const a0 = b * nIn, a1 = a0 + nIn, a2 = a1 + nIn, a3 = a2 + nIn, a4 = a3 + nIn;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        const x0 = A[a0 + k], x1 = A[a1 + k], x2 = A[a2 + k], x3 = A[a3 + k], x4 = A[a4 + k];
        W[w0 + k] += c00 * x0 + c01 * x1 + c02 * x2 + c03 * x3 + c04 * x4;
        W[w1 + k] += c10 * x0 + c11 * x1 + c12 * x2 + c13 * x3 + c14 * x4;
      }
    }
    for (; b + 4 <= count; b += 4) {
      const o = b * nOut + j;
      const c00 = -rate * D[o], c01 = -rate * D[o + nOut], c02 = -rate * D[o + 2 * nOut], c03 = -rate * D[o + 3 * nOut];
      const c10 = -rate * D[o + 1], c11 = -rate * D[o + 1 + nOut], c12 = -rate * D[o + 1 + 2 * nOut], c13 = -rate * D[o + 1 + 3 * nOut];
      const a0 = b * nIn, a1 = a0 + nIn, a2 = a1 + nIn, a3 = a2 + nIn;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        const x0 = A[a0 + k], x1 = A[a1 + k], x2 = A[a2 + k], x3 = A[a3 + k];
        W[w0 + k] += c00 * x0 + c01 * x1 + c02 * x2 + c03 * x3;
        W[w1 + k] += c10 * x0 + c11 * x1 + c12 * x2 + c13 * x3;
      }
    }
    for (; b < count; b++) {
      const c0 = -rate * D[b * nOut + j];
      const c1 = -rate * D[b * nOut + j + 1];
      const a = b * nIn;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        const x = A[a + k];
        W[w0 + k] += c0 * x;
        W[w1 + k] += c1 * x;
      }
    }
  }
  for (; j < nOut; j++) {
    const w = j * nIn;
    for (let b = 0; b < count; b++) {
      const c = -rate * D[b * nOut + j];
      const a = b * nIn;
      for (let q = 0; q < nCols; q++) {
        const k = cols[q];
        W[w + k] += c * A[a + k];
      }
    }
  }
}
