import type { Rng } from '../nn/rng.ts';

const SIDE = 28;
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
  // Inverse map: source = CENTRE + R(-angle) (destination - CENTRE - shift) / scale.
  const cos = Math.cos(angle) / scale;
  const sin = Math.sin(angle) / scale;
  for (let y = 0; y < SIDE; y++) {
    const dy = y - CENTRE - shiftY;
    for (let x = 0; x < SIDE; x++) {
      const dx = x - CENTRE - shiftX;
      const sx = CENTRE + cos * dx + sin * dy;
      const sy = CENTRE - sin * dx + cos * dy;
      dst[dstOffset + y * SIDE + x] = Math.round(bilinear(src, srcOffset, sx, sy));
    }
  }
}

/** The image's value at a fractional pixel position, 0 outside it. */
function bilinear(src: Uint8Array, offset: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < -1 || y0 < -1 || x0 >= SIDE || y0 >= SIDE) return 0;
  const fx = x - x0;
  const fy = y - y0;
  const at = (px: number, py: number) => (px >= 0 && py >= 0 && px < SIDE && py < SIDE ? src[offset + py * SIDE + px] : 0);
  const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
  const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
  return top * (1 - fy) + bottom * fy;
}
