import type { BookMomentId } from '../book-moments.ts';

/**
 * The small convolutional network of the guided path's step "Why convolution", served as
 * public/models/why-conv.bin (float16, 23 kB) and fetched only when that step opens. The CLI
 * trains it with these arguments (`npm run train -- <them>`; docs/results.md gives the command and a
 * unit test holds the file to it). Its first layer has 8 filters of 5×5, each making a 24×24
 * feature map of the 28×28 image; the engine is named because relaxed SIMD's fused multiply-add rounds otherwise.
 */
/** The network's description (src/nn/conv/parse-model.ts). */
export const WHY_CONV_MODEL_DESCRIPTION = 'conv 8@5x5, pool 2, conv 16@5x5, pool 2, 30, 10';

export const WHY_CONV_MODEL = {
  file: 'why-conv.bin',
  trainArgs: ['--layers', WHY_CONV_MODEL_DESCRIPTION, '--activation', 'relu', '--cost', 'log-likelihood', '--init', 'scaled', '--eta', '0.1', '--batch', '10', '--epochs', '3', '--seed', '1', '--engine', 'wasm-simd', '--save', 'public/models/why-conv.bin'],
} as const;

/**
 * The fully connected network the step sets beside it: the book's after 30 epochs, also trained on
 * MNIST as it is. Not the ready model: that one was trained on copies moved a few pixels, which
 * tests the training data, not the architecture (scripts/measure-shift.ts measures all three).
 */
export const WHY_CONV_DENSE = 'epoch-30' satisfies BookMomentId;

/** The command line that makes the file, as docs/results.md writes it (arguments with spaces or commas quoted). */
export const whyConvCommand = () => `npm run train -- ${WHY_CONV_MODEL.trainArgs.map((a) => (/[ ,]/.test(a) ? `"${a}"` : a)).join(' ')}`;
