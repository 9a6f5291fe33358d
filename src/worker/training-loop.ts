import type { MnistSplit } from '../mnist/dataset.ts';
import type { TrainConfig } from '../nn/types.ts';
import type { EngineRun } from './engine.ts';
import type { RunStatus, TrainerEvent } from './events.ts';
import { evaluateInSlices } from './sliced-evaluate.ts';
import { yieldToEventLoop } from './yield.ts';

/** A run in progress, with the bookkeeping the loop and the API share. */
export interface ActiveRun {
  engine: EngineRun;
  config: TrainConfig;
  status: RunStatus;
  /** True while a loop is driving this run (so Resume never starts a second one). */
  looping: boolean;
  examples: number;
  /** Training time before the current stretch of training, in ms. */
  elapsedBefore: number;
  /** When the current stretch of training began (performance.now()), or null when paused. */
  stretchStart: number | null;
  /** Readies the next epoch (0-based `epoch`): its training set and learning rate, when these change. */
  beforeEpoch?: (epoch: number) => void;
}

// A function, so that TypeScript does not keep the status narrowed across the awaits above.
const hasStopped = (run: ActiveRun) => run.status === 'stopped';

/** A slice this long keeps the answer to pause, stop or predict well under 50 ms. */
const SLICE_MS = 10;
const REPORT_MS = 100;

/** Training time of the run so far in seconds, pauses excluded. */
export function runSeconds(run: ActiveRun, now = performance.now()): number {
  return (run.elapsedBefore + (run.stretchStart === null ? 0 : now - run.stretchStart)) / 1000;
}

/** Marks the run as no longer training, freezing its clock. */
export function endStretch(run: ActiveRun, status: RunStatus): void {
  if (run.stretchStart !== null) run.elapsedBefore += performance.now() - run.stretchStart;
  run.stretchStart = null;
  run.status = status;
}

/**
 * Trains `run` in slices of about SLICE_MS, yielding between them, until it is paused, stopped,
 * replaced, finished or diverged. Reports progress at most every REPORT_MS and metrics per epoch.
 */
export async function trainLoop(run: ActiveRun, data: MnistSplit, isCurrent: () => boolean, emit: (event: TrainerEvent) => void) {
  if (run.looping) return;
  run.looping = true;
  let batches = 1;
  let costSum = 0;
  let costCount = 0;
  let lastReport = performance.now();
  try {
    while (run.status === 'training' && isCurrent()) {
      const started = performance.now();
      const slice = run.engine.trainSlice(batches);
      const took = performance.now() - started;
      // Aim the next slice at SLICE_MS, changing its size by at most a factor of 2 at a time.
      batches = Math.max(1, Math.round(batches * Math.min(2, Math.max(0.5, SLICE_MS / Math.max(took, 0.05)))));
      if (!Number.isFinite(slice.costSum)) {
        endStretch(run, 'diverged');
        const message = 'The cost became infinite or not a number: the learning rate is too high. Try a smaller one.';
        emit({ kind: 'status', status: 'diverged', seconds: runSeconds(run), message });
        return;
      }
      run.examples += slice.examples;
      costSum += slice.costSum;
      costCount += slice.examples;
      const now = performance.now();
      if (now - lastReport >= REPORT_MS || slice.epochEnded) {
        const { engine } = run;
        emit({
          kind: 'progress',
          examples: run.examples,
          epoch: engine.epoch + engine.position / engine.size,
          cost: costSum / costCount,
          examplesPerSecond: (costCount * 1000) / (now - lastReport),
          epochPosition: slice.epochEnded ? engine.size : engine.position,
          epochSize: engine.size,
          seconds: runSeconds(run, now),
          sharedSteps: engine.sharedSteps,
        });
        costSum = 0;
        costCount = 0;
        lastReport = now;
      }
      if (slice.epochEnded) {
        const { engine } = run;
        const validation = await evaluateInSlices(engine.evaluate, data.validation);
        const test = await evaluateInSlices(engine.evaluate, data.test);
        if (!isCurrent() || hasStopped(run)) return;
        emit({ kind: 'epoch', epoch: run.engine.epoch, validation, test, seconds: runSeconds(run) });
        if (run.engine.epoch >= run.config.epochs) {
          endStretch(run, 'done');
          emit({ kind: 'status', status: 'done', seconds: runSeconds(run) });
          return;
        }
        run.beforeEpoch?.(run.engine.epoch);
        // The evaluation and the next epoch's data are not training: leave them out of the next examples-per-second figure.
        lastReport = performance.now();
      }
      await yieldToEventLoop();
    }
  } finally {
    run.looping = false;
  }
}
