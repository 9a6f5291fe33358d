import type { MnistSplit } from '../mnist/dataset.ts';
import type { AnyNetwork } from '../nn/conv/any-network.ts';
import { isConvNetwork } from '../nn/conv/any-network.ts';
import { checkLearningRate } from '../nn/config-limits.ts';
import { createTrainingSession, type EpochPlan } from '../nn/training-session.ts';
import type { TrainConfig } from '../nn/types.ts';
import type { StatusEvent, TrainerEvent, TrainSpeed } from '../protocol/trainer-events.ts';
import { chooseConvEngine, chooseEngine, type ChosenEngine } from './engine.ts';
import { driveSession, endStretch, runSeconds, startLoop, stepPaused, type DrivenSession } from './training-loop.ts';

/**
 * The run: at most one training session, driven in the worker, and what the person does to it
 * (pause, resume, Stop, Step, Watch speed, a live learning rate). What is trained, and on which
 * data, is decided by the trainer (trainer.ts); this is how a run starts, goes on and ends.
 */
export function createRunControl(emit: (event: TrainerEvent) => void, currentData: () => MnistSplit | null) {
  let run: DrivenSession | null = null;
  let speed: TrainSpeed = 'full';
  /** The Step requests in hand, run one after the other. */
  let steps: Promise<void> = Promise.resolve();
  // Counts starts, Stops, Resets and model files: a start still readying its data gives way when the count moves on.
  let starts = 0;

  /** Ends the current run, if any, keeping the weights it reached. */
  const stop = () => {
    starts++;
    if (!run || (run.status !== 'training' && run.status !== 'paused')) return;
    endStretch(run, 'stopped');
    emit({ kind: 'status', status: 'stopped', seconds: runSeconds(run) });
  };

  /** Holds a run in progress where it is. */
  const pause = () => {
    if (run?.status !== 'training') return;
    endStretch(run, 'paused');
    emit({ kind: 'status', status: 'paused', seconds: runSeconds(run) });
  };

  const contextOf = (active: DrivenSession, data: MnistSplit) => ({ data, isCurrent: () => run === active, emit, speed: () => speed });

  return {
    stop,
    pause,

    /** A new start: the number to check with isLatest once the data it readies is in hand. */
    newStart: () => ++starts,
    /** The start now in force (each Stop, Reset and model file moves it on). */
    latestStart: () => starts,

    /** Ends the run without a word and forgets it: the page sets its own state from the answer that follows. */
    endSilently(): void {
      if (run) endStretch(run, 'stopped');
      run = null;
      starts++;
    },

    /** Forgets the run that ended (Reset: the next Step starts a new one). */
    forget(): void {
      run = null;
    },

    /**
     * Starts a session that trains `target` over `plan` (ending the run before it, then calling
     * `adopt`), training or paused, and says so; false when a newer start, a Stop or a Reset came first.
     */
    async startSession(target: AnyNetwork, config: TrainConfig, plan: EpochPlan, workers: number, status: 'training' | 'paused', said: Omit<StatusEvent, 'kind' | 'status'>, adopt = () => {}): Promise<boolean> {
      const start = starts;
      // The WebAssembly engines train their own copy of the weights, saved into `target` after each step.
      const engine: ChosenEngine = isConvNetwork(target) ? await chooseConvEngine(target, config, workers) : await chooseEngine(target, config, plan.count, workers);
      const data = currentData();
      if (start !== starts || !data) return false;
      stop();
      adopt();
      const session = createTrainingSession({ engine: engine.engine, config, plan, net: target });
      const active = (run = driveSession(session, engine, status));
      emit({ kind: 'status', status: 'training', config, seconds: 0, engine: engine.info, ...said });
      if (status === 'paused') emit({ kind: 'status', status: 'paused', seconds: 0 });
      else void startLoop(active, contextOf(active, data));
      return true;
    },

    resume(): void {
      if (run?.status !== 'paused') return;
      run.status = 'training';
      run.stretchStart = performance.now();
      emit({ kind: 'status', status: 'training', seconds: runSeconds(run) });
      const data = currentData();
      if (data) void startLoop(run, contextOf(run, data));
    },

    /** Full speed, or Watch (one mini-batch at a time, a few a second); the run in progress goes on at the new speed. */
    setSpeed(next: TrainSpeed): void {
      if (next !== 'full' && next !== 'watch') throw new Error(`speed must be full or watch, got ${String(next)}`);
      speed = next;
      // A Watch-speed wait ends at once, so Full speed takes over without delay.
      run?.wake?.();
    },

    /**
     * Trains exactly one mini-batch and leaves the run paused: pauses a run in progress first, and
     * with no run in progress calls `startPaused` (which starts one, paused; false when something
     * newer came first) and takes its first step.
     */
    step(startPaused: () => Promise<boolean>): Promise<void> {
      // One after the other: a second click while the first step still starts its run takes the next mini-batch of that run.
      steps = steps.catch(() => {}).then(async () => {
        pause();
        if (run?.status !== 'paused' && !(await startPaused())) return;
        const data = currentData();
        if (run && data) await stepPaused(run, contextOf(run, data));
      });
      return steps;
    },

    /** Changes the learning rate at once, also in the middle of a run. */
    setLearningRate(eta: number): void {
      checkLearningRate(eta);
      // The session's schedule steps down from the rate set last.
      run?.session.setLearningRate(eta);
    },
  };
}

export type RunControl = ReturnType<typeof createRunControl>;
