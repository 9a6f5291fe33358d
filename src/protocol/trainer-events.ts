import type { EvalResult, TrainConfig } from '../nn/types.ts';
import type { EngineKind } from '../nn/training-engine.ts';

/** Which engine trains, on how many workers, and why it is not a faster one (if it is not). */
export interface EngineInfo {
  kind: EngineKind;
  workers: number;
  /** Why the run fell back to a slower engine or fewer workers; absent when it did not. */
  note?: string;
}

/** Full speed (as fast as the engine goes), or Watch: one mini-batch at a time, a few a second. */
export type TrainSpeed = 'full' | 'watch';

/** Watch speed: one mini-batch every this many ms, slow enough to see each change. */
export const WATCH_STEP_MS = 350;

/** Where a training run stands. */
export type RunStatus = 'idle' | 'training' | 'paused' | 'stopped' | 'done' | 'diverged';

/** A run holds the weights: training, or paused and able to go on. */
export const isRunLive = (status: RunStatus) => status === 'training' || status === 'paused';

/** No run is changing the weights, and they mean something (a diverged network's answers do not). */
export const isRunSettled = (status: RunStatus) => status === 'idle' || status === 'done' || status === 'stopped';

/** A progress snapshot, sent at most about 10 times a second while training. */
export interface ProgressEvent {
  kind: 'progress';
  /** Examples trained on since the run started. */
  examples: number;
  /** Epochs completed plus the fraction of the current one. */
  epoch: number;
  /** Mean training cost of the examples since the last snapshot. */
  cost: number;
  examplesPerSecond: number;
  /** The learning rate the latest steps took: the schedule's, or the one set during the run. */
  eta: number;
  /** Position in the current epoch, of epochSize examples. */
  epochPosition: number;
  epochSize: number;
  /** Training time so far, pauses excluded. */
  seconds: number;
  /** With several workers: the fraction of steps so far that the helpers shared. */
  sharedSteps?: number;
  /** Set once a helper worker has ended: the run goes on with one worker, with the same results. */
  helpersLost?: true;
  /** Set when the snapshot covers exactly one mini-batch (Watch speed and Step): its cost is that mini-batch's. */
  perBatch?: true;
}

/** Validation and test metrics after an epoch (1-based: epoch 1 is after the first pass). */
export interface EpochEvent {
  kind: 'epoch';
  epoch: number;
  validation: EvalResult;
  test: EvalResult;
  seconds: number;
}

/** A change of run status; `message` says why a run ended early. */
export interface StatusEvent {
  kind: 'status';
  status: RunStatus;
  config?: TrainConfig;
  seconds?: number;
  message?: string;
  /** The engine a run that starts trains on. */
  engine?: EngineInfo;
  /** What a run that starts is for: a run from new weights (absent), or fine-tuning the current ones on "My digits". */
  purpose?: 'fine-tune';
}

/** MNIST download and decode progress (bytes of the four files). */
export interface LoadEvent {
  kind: 'load';
  phase: 'download' | 'decode';
  loaded: number;
  total: number;
}

/** The pen-drawn digits a run asked for: downloading, or rendered so far (digits of total). */
export interface DrawnEvent {
  kind: 'drawn';
  phase: 'download' | 'render';
  done: number;
  total: number;
}

/**
 * The weights changed: `version` is the model's new identity, a number that grows with every change
 * (a progress report or a status change of a run, a reset). A loaded model's version comes back from loadModel instead.
 */
export interface ModelEvent {
  kind: 'model';
  version: number;
}

/** Everything the worker tells the page, through one long-lived callback. */
export type TrainerEvent = ProgressEvent | EpochEvent | StatusEvent | LoadEvent | DrawnEvent | ModelEvent;
