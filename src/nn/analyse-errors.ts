import { evaluate } from './evaluate.ts';
import type { Network } from './network.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

// For tests: the plain, unsliced analysis that the worker's (src/worker/inspect-errors.ts) does in
// slices with yields between them.

/** A test example the network got wrong. */
export interface Mistake {
  index: number;
  label: number;
  predicted: number;
  /** The probability the network gave its (wrong) answer. */
  probability: number;
}

/** Where the network errs on a data set. */
export interface ErrorAnalysis {
  /** confusion[true * 10 + predicted]: counts. */
  confusion: Uint32Array;
  /** Accuracy per true digit. */
  perDigit: number[];
  accuracy: number;
  /** Misclassified examples, most confident first, at most `maxMistakes`. */
  mistakes: Mistake[];
}

/** For tests: confusion matrix, per-digit accuracy and the most confident mistakes on a data set. */
export function analyseErrors(net: Network, set: LabelledImages, maxMistakes = 200): ErrorAnalysis {
  const confusion = new Uint32Array(100);
  const mistakes: Mistake[] = [];
  const result = evaluate(net, set, (index, predicted, probabilities, offset) => {
    const label = set.labels[index];
    confusion[label * 10 + predicted]++;
    if (predicted !== label) mistakes.push({ index, label, predicted, probability: probabilities[offset + predicted] });
  });
  const perDigit = Array.from({ length: 10 }, (_, d) => {
    let row = 0;
    for (let p = 0; p < 10; p++) row += confusion[d * 10 + p];
    return row ? confusion[d * 10 + d] / row : 0;
  });
  mistakes.sort((a, b) => b.probability - a.probability);
  return { confusion, perDigit, accuracy: result.accuracy, mistakes: mistakes.slice(0, maxMistakes) };
}
