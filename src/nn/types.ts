import type { LrSchedule } from './lr-schedule.ts';

/** Hidden-layer activation functions. */
export const ACTIVATIONS = ['sigmoid', 'tanh', 'relu'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/**
 * Output layer and cost, chosen together: quadratic and cross-entropy use sigmoid outputs
 * (Nielsen ch. 1 and 3); log-likelihood uses a softmax output (ch. 3).
 */
export const COSTS = ['quadratic', 'cross-entropy', 'log-likelihood'] as const;
export type Cost = (typeof COSTS)[number];

/** normal: weights and biases N(0, 1) (ch. 1); scaled: weights N(0, 1/n_in) (ch. 3). */
export const INITS = ['normal', 'scaled'] as const;
export type Init = (typeof INITS)[number];

/** The shape of a network and how it computes. */
export interface NetworkSpec {
  /** Layer sizes, input first: [784, h1, ..., 10]. */
  layers: number[];
  activation: Activation;
  cost: Cost;
}

/** What each epoch trains on: MNIST alone, or MNIST with pen-drawn digits making a third of it. */
export const TRAINING_DATA = ['mnist', 'mnist+drawn'] as const;
export type TrainingData = (typeof TRAINING_DATA)[number];

/** Everything a training run needs besides the data; the seed makes it reproducible. */
export interface TrainConfig extends NetworkSpec {
  init: Init;
  /** Learning rate eta. */
  eta: number;
  /** Mini-batch size. */
  batchSize: number;
  epochs: number;
  /** L2 regularisation strength; weights decay by 1 - eta*lambda/n each step. */
  lambda: number;
  /** How many training images to use (the first n of the 50,000). */
  trainSize: number;
  seed: number;
  // Optional, so configs from before these options (links, saved models, model files) stay valid.
  /** Absent: 'mnist'. */
  trainingData?: TrainingData;
  /** Shift, rotate and scale every image afresh each epoch. Absent: false. */
  augment?: boolean;
  /** Absent: 'constant'. */
  lrSchedule?: LrSchedule;
  /**
   * A convolutional network's description, in the words of the one parser (src/nn/conv/parse-model.ts),
   * e.g. "conv 20@5x5, pool 2, 100, 10"; its limits are MODEL_LIMITS. Absent (every config before
   * convolutional networks): the network is the fully connected `layers`. Present, it is the network,
   * and `layers` is only the fully connected choice the Settings keep for a switch back. A text field
   * rather than layers as a ModelSpec: old links, saves and files stay valid unchanged, the dense
   * path (its engines and views) keeps its number[], and the text is what a person types and reads.
   */
  model?: string;
}

/** Nielsen ch. 1: [784, 30, 10], sigmoid, quadratic cost, eta 3, mini-batch 10, 30 epochs. */
export const DEFAULT_CONFIG: TrainConfig = {
  layers: [784, 30, 10],
  activation: 'sigmoid',
  cost: 'quadratic',
  init: 'normal',
  eta: 3,
  batchSize: 10,
  epochs: 30,
  lambda: 0,
  trainSize: 50_000,
  seed: 2,
  trainingData: 'mnist',
  augment: false,
  lrSchedule: 'constant',
};

/** Metrics of one pass over a data set. */
export interface EvalResult {
  correct: number;
  total: number;
  accuracy: number;
  /** Mean cost per example (without the L2 term). */
  cost: number;
}
