import type { Rng } from '../nn/rng.ts';
import { IMAGE_SIDE as SIDE } from '../mnist/dataset.ts';

// Rotation and scale turn about MNIST's centre of mass, pixel index (14, 14), where preprocessing
// puts every digit: the ink then stays centred, moved only by the shift.
const CENTRE = 14;

/** How far augmentation may distort an image: shift in px, rotation in degrees, scale as a fraction (0.1 = 90%-110%). */
export interface AffineRange {
  maxShift: number;
  maxRotation: number;
  maxScale: number;
}

/**
 * Small distortions that keep a digit what it is. The app centres drawings by mass, so shifts are
 * kept to a pixel; people tilt and size their digits more.
 */
export const DEFAULT_AFFINE: AffineRange = { maxShift: 1, maxRotation: 10, maxScale: 0.1 };

const symmetric = (rng: Rng, max: number) => (2 * rng.next() - 1) * max;

/**
 * Writes a randomly shifted, rotated and scaled copy of the 28x28 byte image src[srcOffset ...]
 * into dst[dstOffset ...], sampling bilinearly (paper outside the image). src and dst must not overlap.
 */
export function augmentImage(src: Uint8Array, srcOffset: number, dst: Uint8Array, dstOffset: number, rng: Rng, range = DEFAULT_AFFINE): void {
  const angle = (symmetric(rng, range.maxRotation) * Math.PI) / 180;
  const scale = 1 + symmetric(rng, range.maxScale);
  const shiftX = symmetric(rng, range.maxShift);
  const shiftY = symmetric(rng, range.maxShift);
  // Inverse map: source = CENTRE + R(-angle) (destination - CENTRE - shift) / scale. It is affine,
  // so along a row the source point moves by a fixed step (cos, -sin).
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  const last = SIDE - 1;
  for (let y = 0; y < SIDE; y++) {
    const dy = y - CENTRE - shiftY;
    const dx0 = -CENTRE - shiftX;
    let sx = CENTRE + cos * dx0 + sin * dy;
    let sy = CENTRE - sin * dx0 + cos * dy;
    const row = dstOffset + y * SIDE;
    for (let x = 0; x < SIDE; x++, sx += cos, sy -= sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      let value = 0;
      // Bilinear: the four pixels around the source point, paper where they fall off the image.
      if (x0 >= -1 && y0 >= -1 && x0 <= last && y0 <= last) {
        const fx = sx - x0;
        const fy = sy - y0;
        const at = srcOffset + y0 * SIDE + x0;
        const left = x0 >= 0;
        const right = x0 < last;
        const topRow = y0 >= 0;
        const bottomRow = y0 < last;
        const a = topRow && left ? src[at] : 0;
        const b = topRow && right ? src[at + 1] : 0;
        const c = bottomRow && left ? src[at + SIDE] : 0;
        const d = bottomRow && right ? src[at + SIDE + 1] : 0;
        value = (a + (b - a) * fx) * (1 - fy) + (c + (d - c) * fx) * fy;
      }
      dst[row + x] = Math.round(value);
    }
  }
}
