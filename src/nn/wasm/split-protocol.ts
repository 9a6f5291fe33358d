import { arriveAndWait, awaitSignal, BarrierTimeoutError } from './barrier.ts';
import { layerTable, TABLE_ENTRY_BYTES, type KernelLayout } from './layout.ts';
import type { ModeChooser } from './mode-chooser.ts';
import type { Kernels } from './wasm-engine.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';

/** The exports of wat/split.wat, besides "train" and "infer": one step in phases, for several workers. */
export interface SplitKernels extends Kernels {
  gatherBatch(table: number, count: number, ptrs: number, active: number): number;
  forwardShare(table: number, layers: number, count: number, act: number, active: number, n: number, from: number, to: number): void;
  middle(table: number, layers: number, count: number, rate: number, decay: number, act: number, cost: number, labels: number): number;
  updateShare(table: number, count: number, rate: number, decay: number, active: number, n: number, from: number, to: number): void;
}

// The control block (layout.control, 2 cache lines), in i32: the barrier on the first line; the
// step signal and the step's parameters on the second, the batch's cost as an f64 at its end.
export const BARRIER = 0;
export const SIGNAL = 16;
export const COMMAND = 17;
export const COUNT = 18;
export const ACTIVE = 19;
export const PARITY = 20;
export const RATE = 21;
export const DECAY = 22;
/** In f64 units from the control block's start (byte 96). */
export const COST_F64 = 12;

/** What the signal asks of the helpers. */
export const TRAIN = 1;
export const QUIT = 2;
/** Only meet: the coordinator waits for the helpers to finish the last step before it reads or writes the weights. */
export const SETTLE = 3;
/** A conv engine's evaluation chunk: each thread runs the forward pass of its share of the images (conv-split-helper.ts). */
export const EVALUATE = 4;
/** Loads of a counter before sleeping: some tens of microseconds. */
export const SPINS = 20_000;

/** A meeting that waits longer than this means a helper is gone: the engine goes on alone. A step's phase lasts micro- to milliseconds. */
export const MEET_TIMEOUT_MS = 5_000;
/** A helper's bound: longer than the coordinator's, so that the coordinator notices first. */
export const HELPER_MEET_TIMEOUT_MS = 10_000;

/**
 * A helper's side of the protocol (split-helper.ts, conv-split-helper.ts): calls `ready`, then runs
 * `handle` with each command the coordinator signals and a meeting of all the parties, until QUIT.
 * A coordinator that does not come to a meeting within the bound has ended (or gone on alone): the
 * helper quits then too. It blocks its thread (in a worker, not a page).
 */
export function serveCommands(ints: Int32Array, control: number, parties: number, ready: () => void, handle: (command: number, meet: () => void) => void): void {
  const c = control / 4;
  const meet = () => arriveAndWait(ints, c + BARRIER, parties, SPINS, HELPER_MEET_TIMEOUT_MS);
  let seen = Atomics.load(ints, c + SIGNAL);
  ready();
  try {
    for (;;) {
      seen = awaitSignal(ints, c + SIGNAL, seen, SPINS);
      const command = ints[c + COMMAND];
      if (command === QUIT) return;
      handle(command, meet);
    }
  } catch (error) {
    if (!(error instanceof BarrierTimeoutError)) throw error;
  }
}

/** What an engine whose steps `parties` threads share adds to its engine (split-engine.ts, conv-split-engine.ts); dispose() lets the helpers go. */
export interface SharedSteps {
  readonly parties: number;
  /** Chooses, step by step, whether the helpers take part (see mode-chooser.ts). */
  readonly chooser: ModeChooser;
  /** True once a helper has gone (its worker ended) and every step runs on this thread alone. */
  helpersLost(): boolean;
  dispose(): void;
}

/**
 * A step's input lives in one of two buffers, alternating from step to step, so that the
 * coordinator can form the next mini-batch while the last one is still in use: per buffer, a
 * layer table (the same but for the input's address), the list of inked pixels and the examples'
 * image addresses.
 */
export interface InputBuffers {
  tables: [number, number];
  activePixels: [number, number];
  imagePointers: [number, number];
}

/**
 * The input buffers: the first is the single engine's (layout); the second lies after the
 * training images (maxImages of them), with room for `capacity` inputs plus the spare row the
 * first layer's kernels read. Returns them, the second table's contents, and the end of it all.
 */
export function inputBuffers(layout: KernelLayout, layers: readonly number[], capacity: number, maxImages: number) {
  const line = (n: number) => Math.ceil(n / 64) * 64;
  const table = line(layout.data + maxImages * IMAGE_SIZE);
  const activePixels = table + line(TABLE_ENTRY_BYTES * (layers.length - 1));
  const imagePointers = activePixels + 4 * IMAGE_SIZE;
  const input = line(imagePointers + 4 * capacity);
  const buffers: InputBuffers = {
    tables: [layout.table, table],
    activePixels: [layout.activePixels, activePixels],
    imagePointers: [layout.imagePointers, imagePointers],
  };
  const secondTable = layerTable(layers, { ...layout, acts: [input, ...layout.acts.slice(1)] });
  return { buffers, secondTable, end: input + 4 * (capacity + 1) * layout.strides[0] };
}

/**
 * The first layer's neurons cut into `parties` shares of whole 16-neuron blocks (one cache line of
 * W^T per pixel), as byte ranges [from, to) of a row of `rowBytes`. A share may be empty.
 */
export function shares(rowBytes: number, parties: number): [number, number][] {
  const blocks = Math.ceil(rowBytes / 64);
  const edge = (w: number) => Math.min(rowBytes, 64 * Math.floor((w * blocks) / parties));
  return Array.from({ length: parties }, (_, w) => [edge(w), edge(w + 1)]);
}
