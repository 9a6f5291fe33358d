import type { MnistSplit } from '../mnist/dataset.ts';
import type { StepResult, TrainingSession } from '../nn/training-session.ts';
import type { ChosenEngine } from './engine.ts';
import { WATCH_STEP_MS, type RunStatus, type TrainerEvent, type TrainSpeed } from '../protocol/trainer-events.ts';
import { evaluateInSlices } from './sliced-evaluate.ts';
import { yieldToEventLoop } from './yield.ts';

/** A session the worker drives, with what only the worker keeps: its status, its clock, its reports. */
export interface DrivenSession {
  session: TrainingSession;
  engine: ChosenEngine;
  status: RunStatus;
  /** What drives this session now (its loop, or a Step), while anything does: one at a time. */
  loop: Promise<void> | null;
  /** Ends a Watch-speed wait at once (pause, stop, a change of speed). */
  wake: (() => void) | null;
  /** Training time before the current stretch of training, in ms. */
  elapsedBefore: number;
  /** When the current stretch of training began (performance.now()), or null when paused. */
  stretchStart: number | null;
  /** Cost and examples since the last progress report, and when it was sent. */
  unreported: { costSum: number; examples: number; since: number };
}

/** How a loop reaches the page and the data. */
export interface LoopContext {
  data: MnistSplit;
  /** False once a newer run (or a Stop, a Reset, a loaded model) replaced this one. */
  isCurrent: () => boolean;
  emit: (event: TrainerEvent) => void;
  speed: () => TrainSpeed;
}

/** A slice this long keeps the answer to pause, stop or predict well under 50 ms. */
const SLICE_MS = 10;
const REPORT_MS = 100;

/** A session the worker has just started, training (or paused, for Step), its clock at zero. */
export function driveSession(session: TrainingSession, engine: ChosenEngine, status: 'training' | 'paused'): DrivenSession {
  const now = performance.now();
  return { session, engine, status, loop: null, wake: null, elapsedBefore: 0, stretchStart: status === 'training' ? now : null, unreported: { costSum: 0, examples: 0, since: now } };
}

// A function, so that TypeScript does not keep the status narrowed across awaits.
const isTraining = (run: DrivenSession) => run.status === 'training';

/** Training time of the run so far in seconds, pauses excluded. */
export function runSeconds(run: DrivenSession, now = performance.now()): number {
  return (run.elapsedBefore + (run.stretchStart === null ? 0 : now - run.stretchStart)) / 1000;
}

/** Marks the run as no longer training, freezing its clock, and ends any Watch-speed wait. */
export function endStretch(run: DrivenSession, status: RunStatus): void {
  if (run.stretchStart !== null) run.elapsedBefore += performance.now() - run.stretchStart;
  run.stretchStart = null;
  run.status = status;
  run.wake?.();
}

/** Sends the progress since the last report; perBatch says it covers exactly one mini-batch. */
function report(run: DrivenSession, { emit }: LoopContext, epochEnded: boolean, perBatch: boolean): void {
  const { session, unreported } = run;
  const now = performance.now();
  emit({
    kind: 'progress',
    examples: session.examples,
    epoch: session.epoch + session.position / session.epochSize,
    cost: unreported.costSum / unreported.examples,
    examplesPerSecond: (unreported.examples * 1000) / (now - unreported.since),
    eta: session.eta,
    epochPosition: epochEnded ? session.epochSize : session.position,
    epochSize: session.epochSize,
    seconds: runSeconds(run, now),
    sharedSteps: run.engine.sharedSteps(),
    ...(run.engine.helpersLost() ? { helpersLost: true as const } : {}),
    ...(perBatch ? { perBatch: true as const } : {}),
  });
  run.unreported = { costSum: 0, examples: 0, since: now };
}

/**
 * Books a step: reports a divergence (ending the run), progress when due, and at the end of an
 * epoch its validation and test metrics (and 'done' after the last). Resolves false when the run
 * has ended or was replaced.
 */
async function afterStep(run: DrivenSession, step: StepResult, context: LoopContext, perBatch: boolean): Promise<boolean> {
  const { emit, isCurrent, data } = context;
  if (step.diverged) {
    endStretch(run, 'diverged');
    const message = 'The cost became infinite or not a number: the learning rate is too high. Try a smaller one.';
    emit({ kind: 'status', status: 'diverged', seconds: runSeconds(run), message });
    return false;
  }
  run.unreported.costSum += step.costSum;
  run.unreported.examples += step.examples;
  if (perBatch || step.epochEnded || performance.now() - run.unreported.since >= REPORT_MS) report(run, context, step.epochEnded, perBatch);
  if (!step.epochEnded) return true;
  const { engine, session } = run;
  const validation = await evaluateInSlices(engine.engine.evaluate, data.validation);
  const test = await evaluateInSlices(engine.engine.evaluate, data.test);
  if (!isCurrent() || run.status === 'stopped') return false;
  emit({ kind: 'epoch', epoch: session.epoch, validation, test, seconds: runSeconds(run) });
  if (session.done) {
    endStretch(run, 'done');
    emit({ kind: 'status', status: 'done', seconds: runSeconds(run) });
    return false;
  }
  // The evaluation is not training: leave it out of the next examples-per-second figure.
  run.unreported.since = performance.now();
  return true;
}

/** Waits `ms`, or less when endStretch or a change of speed wakes the run. */
function watchWait(run: DrivenSession, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => run.wake?.(), ms);
    run.wake = () => {
      clearTimeout(timer);
      run.wake = null;
      resolve();
    };
  });
}

/**
 * Trains `run` until it is paused, stopped, replaced, finished or diverged: at full speed in slices
 * of about SLICE_MS with a yield between them, reporting at most every REPORT_MS; at Watch speed
 * one mini-batch every WATCH_STEP_MS, each reported. Both take the same mini-batches.
 */
async function trainLoop(run: DrivenSession, context: LoopContext): Promise<void> {
  // A pause is not training: the first speed after a Resume counts from here.
  run.unreported = { costSum: 0, examples: 0, since: performance.now() };
  while (isTraining(run) && context.isCurrent()) {
    const watch = context.speed() === 'watch';
    const step = watch ? run.session.stepBatches(1) : run.session.step(SLICE_MS);
    if (!(await afterStep(run, step, context, watch))) return;
    if (watch && isTraining(run)) await watchWait(run, WATCH_STEP_MS);
    else await yieldToEventLoop();
  }
}

/** Runs `drive` once whatever drives the run now is done: one driver at a time, never two. */
function exclusively(run: DrivenSession, drive: () => Promise<unknown>): Promise<void> {
  const next = (run.loop ?? Promise.resolve())
    .catch(() => {})
    .then(drive)
    .then(() => {})
    .finally(() => {
      if (run.loop === next) run.loop = null;
    });
  run.loop = next;
  return next;
}

/**
 * Starts a loop for `run` once what drives it now is done. A loop still winding down (a quick Pause
 * and Resume) carries on by itself; the new one then finds the run paused or ended and returns.
 */
export function startLoop(run: DrivenSession, context: LoopContext): Promise<void> {
  return exclusively(run, () => trainLoop(run, context));
}

/** Trains exactly one mini-batch of a paused run, once any loop has wound down; reports it like a Watch step. */
export function stepPaused(run: DrivenSession, context: LoopContext): Promise<void> {
  return exclusively(run, async () => {
    if (run.status === 'paused' && context.isCurrent()) await afterStep(run, run.session.stepBatches(1), context, true);
  });
}
