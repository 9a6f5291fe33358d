/**
 * One place of a convolution, written out for the guided path: the weighted input z a
 * kernel × kernel filter makes of the pixels under it, its top-left corner at (row, col) of a
 * side × side image (row-major). The same sum convForward does for every place at once, with no
 * flip of the filter: weight (i, j) meets pixel (row + i, col + j).
 */
export function filterAt(image: ArrayLike<number>, side: number, filter: ArrayLike<number>, kernel: number, bias: number, row: number, col: number): number {
  if (!(row >= 0 && col >= 0 && row + kernel <= side && col + kernel <= side)) throw new RangeError(`a ${kernel}×${kernel} filter at row ${row}, column ${col} leaves the ${side}×${side} image`);
  let z = bias;
  for (let i = 0; i < kernel; i++) for (let j = 0; j < kernel; j++) z += filter[i * kernel + j] * image[(row + i) * side + col + j];
  return z;
}
