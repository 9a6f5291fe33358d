import { createRng } from '../rng.ts';
import type { EngineKind } from '../training-engine.ts';
import type { SessionEngine } from '../training-session.ts';
import type { EvalResult } from '../types.ts';
import type { OnPrediction } from '../evaluate.ts';
import { fillBatch, IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';
import { trainConvBatch } from './conv-batch.ts';
import { evaluateConv } from './conv-evaluate.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch } from './conv-scratch.ts';
import { drawDropoutMasks } from './dropout.ts';
import { shapeSize } from './model-spec.ts';

// The dropout masks' stream, apart from the initialisation's and the shuffles', from the run's seed.
const DROPOUT_SEED_SALT = 0x6a09e667;

/** The dropout masks' random stream for a run's seed: the TypeScript and WebAssembly engines draw the same masks. */
export const dropoutRng = (seed: number) => createRng((seed ^ DROPOUT_SEED_SALT) >>> 0);

/** How a ConvNetwork trains besides the session's config. */
export interface ConvTrainOptions {
  /** Probability of dropping a hidden dense neuron while training (0: off). */
  dropout: number;
  /** The run's seed (TrainConfig.seed): the dropout masks are drawn from a stream salted from it. */
  seed: number;
}

/** What a training session and the CLI need: SGD steps on examples by index, and evaluation. */
export interface ConvEngine extends SessionEngine {
  readonly kind: EngineKind;
  readonly capacity: number;
  /** Accuracy and mean cost on `set`; `onPrediction` sees each example's answer (for the Errors view). */
  evaluate(set: LabelledImages, onPrediction?: OnPrediction): EvalResult;
  /** Copies a network's weights and biases in (same description as at creation). */
  loadConvNetwork(from: ConvNetwork): void;
  /** Copies the engine's weights and biases out into `to`. */
  saveConvNetwork(to: ConvNetwork): void;
}

/** Copies the parameters of `from` into `to` (nothing when they are the same network). */
export function copyConvParameters(from: ConvNetwork, to: ConvNetwork): void {
  if (from === to) return;
  from.weights.forEach((w, l) => to.weights[l].set(w));
  from.biases.forEach((b, l) => to.biases[l].set(b));
}

/**
 * The TypeScript engine for a ConvNetwork on MNIST images: trains `net` in place (saveConvNetwork
 * into `net` itself does nothing), mini-batches of up to `capacity` examples.
 */
export function createConvEngine(net: ConvNetwork, capacity: number, { dropout, seed }: ConvTrainOptions): ConvEngine {
  if (shapeSize(net.spec.input) !== IMAGE_SIZE) throw new RangeError(`the conv engine trains on ${IMAGE_SIZE}-pixel images`);
  const scratch = createConvScratch(net.spec, capacity, dropout);
  const rng = dropoutRng(seed);
  let data: LabelledImages | undefined;
  return {
    kind: 'ts',
    capacity,
    setTrainingData(set) {
      data = set;
    },
    trainBatch(order, start, count, eta, decay) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(count >= 1 && count <= capacity)) throw new RangeError(`trainBatch: ${count} examples, expected 1 to ${capacity}`);
      fillBatch(data, order, start, count, scratch.acts[0], scratch.labels);
      drawDropoutMasks(scratch, count, rng);
      return trainConvBatch(net, scratch, count, eta, decay);
    },
    evaluate: (set, onPrediction) => evaluateConv(net, set, onPrediction),
    loadConvNetwork: (from) => copyConvParameters(from, net),
    saveConvNetwork: (to) => copyConvParameters(net, to),
  };
}
