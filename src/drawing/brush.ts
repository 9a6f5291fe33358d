/** Logical size of the square draw pad in px; the canvas is scaled to its CSS size. */
export const PAD_SIZE = 280;

/**
 * Brush diameter in logical pad px: 9.3% of the pad, 0.14 of a digit drawn at two thirds of
 * the pad's height. Chosen by measurement (scripts/eval-drawn/thickness.ts): after preprocessing,
 * this width gives drawings MNIST's stroke thickness.
 */
export const BRUSH_WIDTH = 26;
