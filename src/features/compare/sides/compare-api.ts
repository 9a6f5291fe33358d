/**
 * The contract of the compare view ("manual vs framework"): two workers, one training our network
 * (src/nn) and one training the same network built with TensorFlow.js, each exposing a
 * CompareSideApi through Comlink. Both sides get the same data, the same initial weights (unless
 * the framework side's init toggle says otherwise), the same mini-batch order and the same
 * hyperparameters; the framework side's settings say where it departs from the book.
 */

/** How the framework side's cost is reduced to one number per mini-batch. */
export const COST_REDUCTIONS = ['book-sum', 'framework-mean'] as const;
/**
 * book-sum: Nielsen's C = 1/2 sum_j (a_j - y_j)^2 per example, averaged over the mini-batch.
 * framework-mean: tf.losses.meanSquaredError, the mean over the mini-batch *and* the 10 outputs
 * (no 1/2): its gradient is 2/10 of the book's, so the same learning rate acts 5 times smaller.
 * A convolutional network's log-likelihood cost has one reduction on both sides, the mean over the
 * mini-batch (tf.losses.softmaxCrossEntropy's default): there this setting changes nothing.
 */
export type CostReduction = (typeof COST_REDUCTIONS)[number];

/** How the framework side starts its weights and biases. */
export const FRAMEWORK_INITS = ['book', 'glorot'] as const;
/**
 * book: the very numbers our side starts from (weights and biases N(0, 1), seeded; for a
 * convolutional network, weights N(0, 1/n_in) and zero biases, as the app trains it).
 * glorot: Glorot (Xavier) uniform weights and zero biases, a Dense layer's defaults, drawn from
 * the same seed so a run is reproducible.
 */
export type FrameworkInit = (typeof FRAMEWORK_INITS)[number];

/** Which learning rate the framework side's optimizer gets. */
export const LEARNING_RATE_SOURCES = ['book', 'framework-default'] as const;
/**
 * book: the config's eta (3 in the book). framework-default: 0.01, what a framework's plain SGD
 * gets when none is given (TF.js compile({ optimizer: 'sgd' }) and Keras's SGD()), whatever eta says.
 */
export type LearningRateSource = (typeof LEARNING_RATE_SOURCES)[number];

/** The learning rate of a framework's SGD optimizer when it is not given one. */
export const FRAMEWORK_DEFAULT_LEARNING_RATE = 0.01;

/** Where the framework side departs from the book; each field is one visible toggle in the view. */
export interface FrameworkSettings {
  costReduction: CostReduction;
  init: FrameworkInit;
  learningRate: LearningRateSource;
}

/** Both sides compute the same mathematics. */
export const MATCHED_TO_BOOK: FrameworkSettings = { costReduction: 'book-sum', init: 'book', learningRate: 'book' };
/** What a network written with a framework's defaults does. */
export const FRAMEWORK_DEFAULTS: FrameworkSettings = { costReduction: 'framework-mean', init: 'glorot', learningRate: 'framework-default' };

/** The hidden activations a convolutional comparison offers: the book's ch. 6 starts with sigmoid, then ReLU. */
export const CONV_ACTIVATIONS = ['sigmoid', 'relu'] as const;
export type ConvActivation = (typeof CONV_ACTIVATIONS)[number];

/**
 * One comparison run on both sides: Nielsen ch. 1's fully connected network (sigmoid, quadratic
 * cost), or with `model` a convolutional one as in ch. 6 (a softmax output and the log-likelihood cost).
 */
export interface CompareConfig {
  /** Layer sizes, input first, e.g. [784, 40, 10]: the network when `model` is absent. */
  layers: number[];
  /**
   * A convolutional network's description in the one parser's words (src/nn/conv/parse-model.ts),
   * e.g. "conv 20@5x5, pool 2, 100, 10"; absent, the network is the fully connected `layers`.
   */
  model?: string;
  /** The convolutional network's hidden activation (absent: sigmoid); the fully connected one is always sigmoid. */
  activation?: ConvActivation;
  /** Learning rate eta, as the book means it (per mini-batch-averaged book cost). */
  eta: number;
  batchSize: number;
  epochs: number;
  /** Training images used, the first n of the 50,000 (smaller for a quick run). */
  trainSize: number;
  /** Seeds the initial weights and every epoch's shuffle, the same on both sides. */
  seed: number;
  framework: FrameworkSettings;
}

export type CompareSide = 'ours' | 'framework';

/** Where a side is within the run; sent about 4 times a second and at each epoch's end. */
export interface SideProgress {
  side: CompareSide;
  /** Epochs finished so far (0 until the first ends). */
  epochsDone: number;
  /** Examples trained in the current epoch. */
  examplesInEpoch: number;
  /** Training seconds so far in the current epoch (evaluation excluded). */
  secondsInEpoch: number;
  /** Examples per second over the current epoch so far (the last epoch's once it ends). */
  examplesPerSecond: number;
}

/** A finished epoch, scored on the 10,000 test images with the same measures on both sides. */
export interface SideEpoch {
  side: CompareSide;
  /** 1-based. */
  epoch: number;
  /** Fraction correct on the test set, 0..1. */
  testAccuracy: number;
  /**
   * The mean cost on the test set, the same measure on both sides whatever the framework side trained
   * with: the book's quadratic cost 1/(2n) sum ||a - y||^2 for a fully connected network, the
   * log-likelihood -1/n sum ln a_y for a convolutional one.
   */
  testCost: number;
  /** Training seconds of this epoch (evaluation excluded). */
  seconds: number;
  examplesPerSecond: number;
}

/** What a side says once it is ready to train. */
export interface SideInfo {
  side: CompareSide;
  /** Shown beside the side's name, e.g. "WebAssembly relaxed SIMD" or "TF.js wasm backend (SIMD)". */
  engine: string;
}

/** Everything a side pushes to the page: one long-lived proxied callback receives all of it. */
export type SideEvent =
  | { type: 'progress'; progress: SideProgress }
  /** The run trains on another engine than the one prepare() named (WebAssembly failed to start: TypeScript). */
  | { type: 'engine'; engine: string }
  | { type: 'epoch'; epoch: SideEpoch }
  | { type: 'done' }
  | { type: 'error'; message: string };

/**
 * The API both compare workers expose (compare/ours.worker.ts and compare/framework.worker.ts):
 * the page wraps each with Comlink as CompareSideApi.
 */
export interface CompareSideApi {
  /** Loads MNIST (from the app's own public/mnist) and the side's engine; resolves when ready. */
  prepare(mnistBaseUrl: string): Promise<SideInfo>;
  /** Trains `config` from scratch, pushing events to `onEvent`; resolves when the run ends or stops. */
  run(config: CompareConfig, onEvent: (event: SideEvent) => void): Promise<void>;
  /** Stops the current run at the next mini-batch boundary. */
  stop(): void;
  /** Answers while the worker lives (it yields during a run): the page's supervisor asks it. */
  ping(): boolean;
  /** Holds a lock while the worker lives (holdLifeLock): the page learns of its end at once. */
  holdLifeLock(name: string): Promise<void>;
}
