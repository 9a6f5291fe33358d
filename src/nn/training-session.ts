import { scheduledEta } from './lr-schedule.ts';
import type { AnyNetwork } from './conv/any-network.ts';
import { createRng, shuffleInPlace, type Rng } from './rng.ts';
import type { TrainingEngine } from './training-engine.ts';
import type { TrainConfig } from './types.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

/** What each epoch trains on (src/training-data/epoch-data.ts builds the app's and the CLI's). */
export interface EpochPlan {
  /** Examples in every epoch. */
  readonly count: number;
  /** False when every epoch is the first one's set: it is then handed to the engine once. */
  readonly changesEachEpoch: boolean;
  /** The training set of epoch `epoch` (0-based), holding at least `count` examples. */
  build(epoch: number): LabelledImages;
}

/** What a session trains with: our engines, or any other that takes SGD steps on examples by index. */
export type SessionEngine = Pick<TrainingEngine, 'setTrainingData'> & {
  /** One SGD step on order[start .. start + count); the summed cost before the step (0 when the engine does not report it). */
  trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): number;
  /** Brings `net` up to date with the engine's weights, for an engine that trains a copy of them. */
  saveNetwork?(net: AnyNetwork): void;
};

/** How a session is set up: the engine holds `net`'s starting weights already (it was created from them). */
export interface SessionSetup {
  engine: SessionEngine;
  config: TrainConfig;
  plan: EpochPlan;
  /** Brought up to date after every step, for whoever reads the weights between steps; omit when nobody does. */
  net?: AnyNetwork;
  /** The clock step() budgets with, in ms (performance.now by default). */
  now?: () => number;
}

/** What one step of a session did. */
export interface StepResult {
  /** Mini-batches and examples trained on in this step. */
  batches: number;
  examples: number;
  /** Summed cost of those examples, each before its SGD step. */
  costSum: number;
  /** True when the step finished an epoch (a step never runs past the end of one). */
  epochEnded: boolean;
  /** True when the cost became infinite or not a number: the learning rate is too high. */
  diverged: boolean;
}

/** The one training loop: it owns the example order, the epoch data and the learning-rate schedule. */
export interface TrainingSession {
  readonly config: TrainConfig;
  /** Trains mini-batches for about `budgetMs` (at least one), stopping early at the end of an epoch. */
  step(budgetMs: number): StepResult;
  /** Trains exactly `count` mini-batches, or fewer when an epoch ends first. */
  stepBatches(count: number): StepResult;
  /** Changes the learning rate from the next mini-batch on; later epochs' schedule starts from it. */
  setLearningRate(eta: number): void;
  /** The learning rate in use. */
  readonly eta: number;
  /** Epochs completed. */
  readonly epoch: number;
  /** Examples done in the current epoch. */
  readonly position: number;
  /** Examples per epoch. */
  readonly epochSize: number;
  /** Examples trained on since the session began. */
  readonly examples: number;
  /** True once config.epochs epochs are done. */
  readonly done: boolean;
}

// The core's lib has no DOM: performance is there in browsers, workers and Node alike.
const clock = () => (globalThis as unknown as { performance: { now(): number } }).performance.now();

// The shuffle stream is seeded apart from the initialisation stream, both from the config's seed.
const SHUFFLE_SEED_SALT = 0x9e3779b9;

/** Indices 0 .. count - 1 in the first epoch's order for `seed`, and the stream that reshuffles them for later epochs. */
export function epochOrder(count: number, seed: number): { order: Uint32Array; rng: Rng } {
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  const rng = createRng((seed ^ SHUFFLE_SEED_SALT) >>> 0);
  shuffleInPlace(order, rng);
  return { order, rng };
}

/** Starts a session at epoch 0: the plan's first set goes to the engine, examples in epochOrder's order. */
export function createTrainingSession({ engine, config, plan, net, now = clock }: SessionSetup): TrainingSession {
  const n = plan.count;
  const { order, rng } = epochOrder(n, config.seed);
  engine.setTrainingData(plan.build(0));
  let epoch = 0;
  let position = 0;
  let examples = 0;
  let eta = config.eta;
  /** The rate set last: the schedule steps down from it. */
  let baseEta = config.eta;
  /** True between the end of an epoch and the first step of the next, which readies its data and rate. */
  let nextEpochPending = false;
  /** Mini-batches per ms, as last measured: step() sizes its chunks with it. */
  let batchesPerMs = 0;

  const beginEpoch = () => {
    nextEpochPending = false;
    if (plan.changesEachEpoch) engine.setTrainingData(plan.build(epoch));
    eta = scheduledEta(epoch, config.epochs, baseEta, config.lrSchedule ?? 'constant');
  };

  /** Up to `maxBatches` mini-batches, stopping at the end of the epoch (then reshuffling for the next). */
  const slice = (maxBatches: number, into: StepResult) => {
    if (nextEpochPending) beginEpoch();
    const decay = 1 - (eta * config.lambda) / n;
    for (let i = 0; i < maxBatches && position < n; i++) {
      // The last mini-batch of an epoch is smaller when n is not a multiple of the batch size, as in the book.
      const count = Math.min(config.batchSize, n - position);
      into.costSum += engine.trainBatch(order, position, count, eta, decay);
      position += count;
      into.examples += count;
      into.batches++;
    }
    if (position >= n) {
      epoch++;
      position = 0;
      shuffleInPlace(order, rng);
      into.epochEnded = true;
      nextEpochPending = true;
    }
  };

  const finish = (result: StepResult) => {
    examples += result.examples;
    result.diverged = !Number.isFinite(result.costSum);
    if (net) engine.saveNetwork?.(net);
    return result;
  };
  const empty = (): StepResult => ({ batches: 0, examples: 0, costSum: 0, epochEnded: false, diverged: false });

  return {
    config,
    step(budgetMs) {
      const result = empty();
      // The next epoch's data (augmented images can take a while) is built outside the timed part:
      // the rate below sizes the chunks, and the worker's images-per-second figure follows it.
      if (nextEpochPending) beginEpoch();
      const start = now();
      let elapsed = 0;
      let chunk = 0;
      do {
        // Fill what is left of the budget at the last measured rate: half of it at first, then at
        // most twice the chunk before, so one bad measurement costs little.
        const fill = batchesPerMs > 0 ? Math.floor(batchesPerMs * (budgetMs - elapsed)) : 1;
        chunk = Math.max(1, chunk === 0 ? Math.floor(fill / 2) : Math.min(2 * chunk, fill));
        const before = now();
        const done = result.batches;
        slice(chunk, result);
        const after = now();
        batchesPerMs = (result.batches - done) / Math.max(after - before, 0.05);
        elapsed = after - start;
      } while (!result.epochEnded && elapsed < budgetMs);
      return finish(result);
    },
    stepBatches(count) {
      const result = empty();
      slice(count, result);
      return finish(result);
    },
    setLearningRate(rate) {
      eta = baseEta = rate;
    },
    get eta() {
      return eta;
    },
    get epoch() {
      return epoch;
    },
    get position() {
      return position;
    },
    epochSize: n,
    get examples() {
      return examples;
    },
    get done() {
      return epoch >= config.epochs;
    },
  };
}

/** A plan whose every epoch is `set` (its first `count` examples): fine-tuning, the comparison, tests. */
export const fixedPlan = (set: LabelledImages, count = set.count): EpochPlan => ({ count: Math.min(count, set.count), changesEachEpoch: false, build: () => set });
