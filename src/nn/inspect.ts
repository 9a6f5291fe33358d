import { activate, activateOutput } from './activation.ts';
import { evaluate } from './evaluate.ts';
import type { Network } from './network.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

/** Every layer's weighted inputs and activations for one image, for the network view. */
export interface ForwardTrace {
  /** activations[0] is the input (784); activations[l] has layers[l] values. */
  activations: Float32Array[];
  /** zs[l]: weighted inputs z = W a + b of layer l + 1, before the activation. */
  zs: Float32Array[];
}

/** Forward pass for one image that keeps z and a of every layer (the training kernels keep only a). */
export function traceForward(net: Network, image: Float32Array): ForwardTrace {
  const activations = [image.slice(0, net.layers[0])];
  const zs: Float32Array[] = [];
  const last = net.layers.length - 2;
  for (let l = 0; l <= last; l++) {
    const nIn = net.layers[l];
    const nOut = net.layers[l + 1];
    const W = net.weights[l];
    const a = activations[l];
    const z = new Float32Array(nOut);
    for (let j = 0; j < nOut; j++) {
      let s = net.biases[l][j];
      for (let k = 0; k < nIn; k++) s += W[j * nIn + k] * a[k];
      z[j] = s;
    }
    const out = z.slice();
    if (l < last) activate(out, nOut, net.activation);
    else activateOutput(out, 1, nOut, net.cost);
    zs.push(z);
    activations.push(out);
  }
  return { activations, zs };
}

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

/** Confusion matrix, per-digit accuracy and the most confident mistakes on a data set. */
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
