import { sliceSet, type LabelledImages } from '../../../mnist/dataset.ts';
import { createTrainingSession } from '../../../nn/training-session.ts';
import { planEpochData } from '../../../training-data/epoch-data.ts';
import { toTrainConfig } from './book-network.ts';
import type { CompareConfig, CompareSide, SideEvent } from './compare-api.ts';

/** What a side trains with: our TrainingEngine and the FrameworkNet both fit. */
export interface SideTrainer {
  setTrainingData(data: LabelledImages): void;
  trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): unknown;
  evaluate(set: LabelledImages): { accuracy: number; cost: number };
}

/** One side's run: its trainer, the data, and how it reports and yields. */
export interface SideLoop {
  side: CompareSide;
  config: CompareConfig;
  trainer: SideTrainer;
  train: LabelledImages;
  test: LabelledImages;
  onEvent: (event: SideEvent) => void;
  /** Read between slices: true ends the run at that mini-batch boundary. */
  shouldStop: () => boolean;
  /** Lets queued calls (stop) in; the workers pass src/worker/yield.ts's. */
  yieldToEventLoop: () => Promise<void>;
  now?: () => number;
}

/** What makes one side differ from the other: its engine and how it builds a run. */
export interface SideEngine {
  /** Starts the engine once; resolves with its label, e.g. "TF.js 4.22.0, wasm backend (SIMD, 1 thread)". */
  start(): Promise<string>;
  /**
   * A trainer holding the run's starting weights (the example order is drawn from config.seed, whatever
   * they are); dispose frees it. `engine` names the engine it trains on where that is not the one start() named.
   */
  createRun(config: CompareConfig): Promise<Pick<SideLoop, 'trainer'> & { engine?: string; dispose?(): void }>;
}

/** Training time between two turns of the event loop: stop answers within about this long. */
const SLICE_MS = 50;
const PROGRESS_MS = 250;
/** Test images scored between two turns of the event loop: the worker answers the page's pings meanwhile. */
const SCORE_PART = 1_000;

/**
 * The test set's accuracy and mean cost, scored a part at a time with a turn of the event loop
 * after each: 10,000 images in one go can block a slow phone's worker long enough to look dead.
 */
async function scoreInParts(trainer: SideTrainer, set: LabelledImages, pause: () => Promise<void>): Promise<{ accuracy: number; cost: number }> {
  let correct = 0;
  let costSum = 0;
  for (let start = 0; start < set.count; start += SCORE_PART) {
    const count = Math.min(SCORE_PART, set.count - start);
    const part = sliceSet(set, start, start + count);
    const score = trainer.evaluate(part);
    correct += Math.round(score.accuracy * count);
    costSum += score.cost * count;
    await pause();
  }
  return { accuracy: set.count ? correct / set.count : 0, cost: set.count ? costSum / set.count : 0 };
}

/**
 * Trains config.epochs epochs on the first config.trainSize training images, in a training
 * session's order and shuffles (the same on both sides for the same seed), scoring the test set
 * after each epoch. Sends progress about 4 times a second, an event per epoch and 'done'; resolves
 * 'stopped' if shouldStop() turned true first. Throws when the network diverges (the caller reports it).
 */
export async function runSideLoop(loop: SideLoop): Promise<'done' | 'stopped'> {
  const { side, config, trainer, onEvent, shouldStop, now = () => performance.now() } = loop;
  const trainConfig = toTrainConfig(config);
  // The framework reports no cost: neither side's is used, divergence shows in the test cost.
  const engine = {
    setTrainingData: (data: LabelledImages) => trainer.setTrainingData(data),
    trainBatch: (order: ArrayLike<number>, start: number, count: number, eta: number, decay: number) => (trainer.trainBatch(order, start, count, eta, decay), 0),
  };
  const session = createTrainingSession({ engine, config: trainConfig, plan: planEpochData(trainConfig, loop.train, null), now });
  let examplesInEpoch = 0;
  let secondsInEpoch = 0;
  let examplesPerSecond = 0;
  let lastProgress = -Infinity;
  const progress = () => {
    lastProgress = now();
    onEvent({ type: 'progress', progress: { side, epochsDone: session.epoch, examplesInEpoch, secondsInEpoch, examplesPerSecond } });
  };
  progress();
  while (!session.done) {
    if (shouldStop()) return 'stopped';
    const start = now();
    const step = session.step(SLICE_MS);
    examplesInEpoch += step.examples;
    secondsInEpoch += (now() - start) / 1000;
    examplesPerSecond = secondsInEpoch > 0 ? examplesInEpoch / secondsInEpoch : 0;
    if (step.epochEnded) {
      const score = await scoreInParts(trainer, loop.test, loop.yieldToEventLoop);
      if (!Number.isFinite(score.cost)) {
        throw new Error(`The ${side === 'ours' ? 'from-scratch' : 'framework'} network diverged in epoch ${session.epoch}: its test cost is ${score.cost}. Try a smaller learning rate.`);
      }
      onEvent({ type: 'epoch', epoch: { side, epoch: session.epoch, testAccuracy: score.accuracy, testCost: score.cost, seconds: secondsInEpoch, examplesPerSecond } });
      examplesInEpoch = 0;
      secondsInEpoch = 0;
      progress();
    } else if (now() - lastProgress >= PROGRESS_MS) {
      progress();
    }
    await loop.yieldToEventLoop();
  }
  // Awaited so that, through Comlink, 'done' reaches the page before run() resolves.
  await onEvent({ type: 'done' });
  return 'done';
}
