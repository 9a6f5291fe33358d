import type { LabelledImages } from '../mnist/dataset.ts';
import type { Network } from '../nn/network.ts';
import { createRun, runSlice } from '../nn/trainer.ts';
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
  /** The starting network (the example order is drawn from config.seed, whatever the weights). */
  initial: Network;
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
  /** The starting network and a trainer holding a copy of it, for one run; dispose frees the trainer. */
  createRun(config: CompareConfig): Promise<Pick<SideLoop, 'initial' | 'trainer'> & { dispose?(): void }>;
}

/** Training time between two turns of the event loop: stop answers within about this long. */
const SLICE_MS = 50;
const PROGRESS_MS = 250;
const BATCHES_PER_CHECK = 4;

/**
 * Trains config.epochs epochs on the first config.trainSize training images, in createRun's order
 * and shuffles (the same on both sides for the same seed), scoring the test set after each epoch.
 * Sends progress about 4 times a second, an event per epoch and 'done'; resolves 'stopped' if
 * shouldStop() turned true first. Throws when the network diverges (the caller reports it).
 */
export async function runSideLoop(loop: SideLoop): Promise<'done' | 'stopped'> {
  const { side, config, trainer, onEvent, shouldStop, now = () => performance.now() } = loop;
  const run = createRun(loop.initial, toTrainConfig(config), loop.train);
  trainer.setTrainingData(loop.train);
  const step = (position: number, count: number, decay: number) => {
    trainer.trainBatch(run.order, position, count, run.eta, decay);
    return 0;
  };
  let examplesInEpoch = 0;
  let secondsInEpoch = 0;
  let examplesPerSecond = 0;
  let lastProgress = -Infinity;
  const progress = () => {
    lastProgress = now();
    onEvent({ type: 'progress', progress: { side, epochsDone: run.epoch, examplesInEpoch, secondsInEpoch, examplesPerSecond } });
  };
  progress();
  while (run.epoch < config.epochs) {
    if (shouldStop()) return 'stopped';
    const start = now();
    let epochEnded = false;
    do {
      const slice = runSlice(run, BATCHES_PER_CHECK, step);
      examplesInEpoch += slice.examples;
      epochEnded = slice.epochEnded;
    } while (!epochEnded && now() - start < SLICE_MS);
    secondsInEpoch += (now() - start) / 1000;
    examplesPerSecond = secondsInEpoch > 0 ? examplesInEpoch / secondsInEpoch : 0;
    if (epochEnded) {
      const score = trainer.evaluate(loop.test);
      if (!Number.isFinite(score.cost)) {
        throw new Error(`The ${side === 'ours' ? 'from-scratch' : 'framework'} network diverged in epoch ${run.epoch}: its test cost is ${score.cost}. Try a smaller learning rate.`);
      }
      onEvent({ type: 'epoch', epoch: { side, epoch: run.epoch, testAccuracy: score.accuracy, testCost: score.cost, seconds: secondsInEpoch, examplesPerSecond } });
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
