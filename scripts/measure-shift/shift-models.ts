import { parseAnyBinaryModel } from '../../src/nn/binary-model.ts';
import { isConvNetwork } from '../../src/nn/conv/any-network.ts';
import { createConvEngineOf } from '../../src/nn/conv/create-conv-engine.ts';
import { WHY_CONV_DENSE, WHY_CONV_MODEL } from '../../src/nn/conv/why-conv-model.ts';
import { BOOK_MOMENTS } from '../../src/nn/book-moments.ts';
import { evaluate } from '../../src/nn/evaluate.ts';
import type { AccuracyOn } from '../../src/nn/shifted-accuracy.ts';

const model = (file: string) => new URL(`../../public/models/${file}`, import.meta.url);

/**
 * The models the step "Why convolution" measures, by the name the figures file gives them: the two
 * it compares, both trained on MNIST as it is (the book's network after 30 epochs, the small
 * convolutional one), and the ready model, trained on copies moved a few pixels (augmentation).
 */
export const SHIFT_MODELS = {
  book: model(BOOK_MOMENTS.find((m) => m.id === WHY_CONV_DENSE)!.file),
  conv: model(WHY_CONV_MODEL.file),
  ready: model('ready.bin'),
};

/** Where scripts/measure-shift.ts writes the figures the step shows. */
export const SHIFT_FIGURES_URL = new URL('../../src/features/learn/shift-figures.ts', import.meta.url);

/** The figures as the TypeScript module the step imports: accuracy (0 to 1) by pixels moved, per model. */
export function shiftFiguresModule(testImages: number, accuracy: Record<keyof typeof SHIFT_MODELS, number[]>): string {
  // Six decimals: a mean of four counts out of 10,000 has at most six, the rest is float noise.
  const rows = Object.entries(accuracy).map(([name, row]) => `  ${name}: [${row.map((a) => Number(a.toFixed(6))).join(', ')}],`);
  return [
    '// Written by scripts/measure-shift.ts (npm run measure-shift); scripts/measure-shift/why-conv-model.test.ts recomputes figures of it.',
    '',
    '/** Accuracy on MNIST\'s test digits moved 0 to MAX_SHIFT pixels (the mean over left, right, up and down), by model. */',
    'export const SHIFT_FIGURES = {',
    `  testImages: ${testImages},`,
    ...rows,
    '} as const;',
    '',
  ].join('\n');
}

/**
 * A binary model file's accuracy on a set of images, whichever kind of network it holds. A
 * convolutional one is read by the WebAssembly SIMD engine, which gives the TypeScript reference's
 * figures 10 times faster (the 3-pixel ones took 34 s of the unit tests); not relaxed SIMD, whose
 * rounding may differ from one processor to another.
 */
export async function accuracyOfModelFile(bytes: Uint8Array): Promise<AccuracyOn> {
  const { net } = parseAnyBinaryModel(new Uint8Array(bytes));
  if (!isConvNetwork(net)) return (set) => evaluate(net, set).accuracy;
  const engine = await createConvEngineOf('wasm-simd', net, 100, { dropout: 0, seed: 1 });
  return (set) => engine.evaluate(set).accuracy;
}
