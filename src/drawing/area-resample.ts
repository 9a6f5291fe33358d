/** For each destination pixel along one axis: the source pixels it averages and their weights. */
export interface AxisWeights {
  /** first[j]: index of the first source pixel read by destination pixel j. */
  first: Int32Array;
  /** weights[j]: weights of source pixels first[j], first[j]+1, ...; empty when j sees no source. */
  weights: Float32Array[];
}

/**
 * Area-averaging weights for a source span of `srcLength` pixels mapped onto destination
 * coordinates [offset, offset + srcLength * scale) of a `dstLength`-pixel axis (scale <= 1 shrinks).
 * Destination pixel j is the mean of the source over its preimage [(j - offset) / scale, (j + 1 - offset) / scale):
 * each source pixel weighs by its overlap with that interval, times scale. Outside the span is paper.
 */
export function areaWeights(srcLength: number, scale: number, offset: number, dstLength: number): AxisWeights {
  const first = new Int32Array(dstLength);
  const weights: Float32Array[] = [];
  for (let j = 0; j < dstLength; j++) {
    const start = Math.max(0, (j - offset) / scale);
    const end = Math.min(srcLength, (j + 1 - offset) / scale);
    if (end <= start) {
      weights.push(new Float32Array(0));
      continue;
    }
    const k0 = Math.floor(start);
    const k1 = Math.ceil(end);
    const w = new Float32Array(k1 - k0);
    for (let k = k0; k < k1; k++) w[k - k0] = (Math.min(end, k + 1) - Math.max(start, k)) * scale;
    first[j] = k0;
    weights.push(w);
  }
  return { first, weights };
}

/**
 * Separable area resampling of the region [x0, x0 + xw.srcLength) x [y0, ...) of a row-major
 * `stride`-wide source into a dstSize x dstSize row-major image: rows first, then columns.
 */
export function areaResample(
  src: Float32Array,
  stride: number,
  x0: number,
  y0: number,
  columns: AxisWeights,
  rows: AxisWeights,
  srcHeight: number,
  dstSize: number,
): Float32Array {
  // rowPass[r][j]: source row y0 + r averaged horizontally into destination column j.
  const rowPass = new Float32Array(srcHeight * dstSize);
  for (let r = 0; r < srcHeight; r++) {
    const base = (y0 + r) * stride + x0;
    for (let j = 0; j < dstSize; j++) {
      const w = columns.weights[j];
      let sum = 0;
      for (let k = 0, s = base + columns.first[j]; k < w.length; k++, s++) sum += w[k] * src[s];
      rowPass[r * dstSize + j] = sum;
    }
  }
  const out = new Float32Array(dstSize * dstSize);
  for (let i = 0; i < dstSize; i++) {
    const w = rows.weights[i];
    for (let k = 0; k < w.length; k++) {
      const from = (rows.first[i] + k) * dstSize;
      for (let j = 0; j < dstSize; j++) out[i * dstSize + j] += w[k] * rowPass[from + j];
    }
  }
  return out;
}
