import { DIGIT_COUNT, IMAGE_SIZE, sliceSet, type LabelledImages } from '../mnist/dataset.ts';
import { createScratch } from '../nn/batch.ts';
import { isConvNetwork, type AnyNetwork } from '../nn/conv/any-network.ts';
import { createBestConvEngine } from '../nn/conv/best-conv-engine.ts';
import { evaluate, type OnPrediction } from '../nn/evaluate.ts';
import { yieldToEventLoop } from './yield.ts';

/** One test example as the error views list it. */
export interface ExampleInfo {
  /** Index in the test set. */
  index: number;
  label: number;
  predicted: number;
  /** The probability the network gave its answer. */
  probability: number;
}

/** Examples with their 28x28 images. */
export interface ExampleList {
  /** How many examples match in all; `examples` holds at most the number asked for. */
  total: number;
  examples: ExampleInfo[];
  /** images[i * 784 + p]: example i's pixels, 0 paper .. 255 ink. */
  images: Uint8Array;
}

/** Where the network errs on the test set. */
export interface ErrorReport {
  total: number;
  correct: number;
  accuracy: number;
  /** confusion[label * 10 + predicted]: counts. */
  confusion: number[];
  /** Accuracy per true digit. */
  perDigit: number[];
  /** The most confident mistakes first. */
  mistakes: ExampleList;
}

/** Every example's answer from one analysis, kept so a confusion cell can list its examples. */
export interface Answers {
  set: LabelledImages;
  predicted: Uint8Array;
  probability: Float32Array;
}

// 250 images of [784, 100, 10] take about 5 ms, so calls between chunks are answered quickly. A
// convolutional network does more per image (conv 20@5x5, pool 2, 100, 10: 7 times the
// multiplications; with the book's second layer, conv 40@5x5, about 25 times), so it takes chunks of 25.
const CHUNK = 250;
const CONV_CHUNK = 25;

/**
 * Evaluates one chunk of examples with a network of either kind, with scratch made once per analysis.
 * A convolutional network is read by the engine it trains on (WebAssembly SIMD where there is one),
 * 12 to 20 times faster than the TypeScript reference (the figures: wantsAnalysis in inside-client.ts).
 */
async function chunkEvaluator(net: AnyNetwork): Promise<{ chunk: number; evaluateChunk: (part: LabelledImages, onPrediction: OnPrediction) => void }> {
  if (isConvNetwork(net)) {
    const { engine } = await createBestConvEngine(net, CONV_CHUNK, { dropout: 0, seed: 1 });
    return { chunk: CONV_CHUNK, evaluateChunk: (part, onPrediction) => engine.evaluate(part, onPrediction) };
  }
  const scratch = createScratch(net.layers, 50);
  return { chunk: CHUNK, evaluateChunk: (part, onPrediction) => evaluate(net, part, onPrediction, scratch) };
}

/** The network's answer for every example of `set`, in chunks with a yield between them; null if `cancelled()` turns true. */
export async function answerAll(net: AnyNetwork, set: LabelledImages, cancelled: () => boolean): Promise<Answers | null> {
  const predicted = new Uint8Array(set.count);
  const probability = new Float32Array(set.count);
  const { chunk, evaluateChunk } = await chunkEvaluator(net);
  for (let start = 0; start < set.count; start += chunk) {
    const part = sliceSet(set, start, Math.min(set.count, start + chunk));
    evaluateChunk(part, (i, p, probabilities, offset) => {
      predicted[start + i] = p;
      probability[start + i] = probabilities[offset + p];
    });
    await yieldToEventLoop();
    if (cancelled()) return null;
  }
  return { set, predicted, probability };
}

/** Examples (label, predicted) of the answers, most confident first; label or predicted null means any; `wrongOnly` skips correct ones. */
export function listExamples(answers: Answers, label: number | null, predicted: number | null, limit: number, wrongOnly = false): ExampleList {
  const { set } = answers;
  const matches: number[] = [];
  for (let i = 0; i < set.count; i++) {
    const l = set.labels[i];
    const p = answers.predicted[i];
    if ((label === null || l === label) && (predicted === null || p === predicted) && !(wrongOnly && l === p)) matches.push(i);
  }
  matches.sort((a, b) => answers.probability[b] - answers.probability[a]);
  const shown = matches.slice(0, limit);
  const images = new Uint8Array(shown.length * IMAGE_SIZE);
  shown.forEach((index, i) => images.set(set.images.subarray(index * IMAGE_SIZE, (index + 1) * IMAGE_SIZE), i * IMAGE_SIZE));
  const examples = shown.map((index) => ({ index, label: set.labels[index], predicted: answers.predicted[index], probability: answers.probability[index] }));
  return { total: matches.length, examples, images };
}

/** Accuracy per digit, the confusion matrix and the first `mistakeLimit` most confident mistakes. */
export function errorReport(answers: Answers, mistakeLimit: number): ErrorReport {
  const { set, predicted } = answers;
  const confusion = new Array<number>(DIGIT_COUNT * DIGIT_COUNT).fill(0);
  for (let i = 0; i < set.count; i++) confusion[set.labels[i] * DIGIT_COUNT + predicted[i]]++;
  let correct = 0;
  const perDigit = Array.from({ length: DIGIT_COUNT }, (_, d) => {
    let row = 0;
    for (let p = 0; p < DIGIT_COUNT; p++) row += confusion[d * DIGIT_COUNT + p];
    correct += confusion[d * (DIGIT_COUNT + 1)];
    return row ? confusion[d * (DIGIT_COUNT + 1)] / row : 0;
  });
  const total = set.count;
  return { total, correct, accuracy: total ? correct / total : 0, confusion, perDigit, mistakes: listExamples(answers, null, null, mistakeLimit, true) };
}
