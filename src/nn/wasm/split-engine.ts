import { arriveAndWait, BarrierTimeoutError, signal } from './barrier.ts';
import { decodeBase64 } from './base64.ts';
import { RELAXED_SIMD_SHARED_KERNELS, SIMD_SHARED_KERNELS } from './kernels.generated.ts';
import { kernelLayout } from './layout.ts';
import { createModeChooser, type ModeChooser } from './mode-chooser.ts';
import type { SplitHelperInit } from './split-helper.ts';
import {
  ACTIVE, BARRIER, COMMAND, COST_F64, COUNT, DECAY, inputBuffers, MEET_TIMEOUT_MS, PARITY, QUIT, RATE, SETTLE, shares, SIGNAL, SPINS, TRAIN,
  type SharedSteps, type SplitKernels,
} from './split-protocol.ts';
import { WASM_PAGE_BYTES, webAssemblyApi } from './wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES, EVAL_CHUNK, wasmEngine } from './wasm-engine.ts';
import type { Network } from '../network.ts';
import type { TrainingEngine } from '../training-engine.ts';
import { IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';

/** A WebAssembly engine whose steps `parties` threads share. */
export interface SplitEngine extends TrainingEngine, SharedSteps {}

const clock = () => (globalThis as unknown as { performance: { now(): number } }).performance.now();

/**
 * Starts `parties` - 1 helpers with `spawn` (which resolves, with a function that ends the helper,
 * once it is ready) and returns the engine they share, for training sets of up to maxImages
 * images. Needs shared WebAssembly memory: a cross-origin-isolated page, or Node.
 *
 * A shared step: the coordinator signals the step (its input already formed), every thread runs
 * the first layer's forward pass for its share of the neurons, they meet; the first helper runs the
 * middle (later layers, cost, deltas, later layers' updates) while the coordinator forms the next
 * mini-batch in the other input buffer (guessing it is the next one in `order`; checked on the next
 * call); they meet; every thread updates its share of the first layer. The coordinator returns at
 * once: a helper's update overlaps the next step's signal and the coordinator's next forward share,
 * which touch none of what the update reads. The result equals one worker's bit for bit.
 */
export async function createSplitEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: Network,
  capacity: number,
  parties: number,
  maxImages: number,
  spawn: (init: SplitHelperInit) => Promise<() => void>,
  chooser: ModeChooser = createModeChooser(),
  meetTimeoutMs = MEET_TIMEOUT_MS,
): Promise<SplitEngine> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_SHARED_KERNELS : SIMD_SHARED_KERNELS));
  const layout = kernelLayout(net.layers, Math.max(capacity, EVAL_CHUNK));
  const { buffers, secondTable, end } = inputBuffers(layout, net.layers, capacity, maxImages);
  // A shared memory cannot be replaced, so it starts at its final size.
  const pages = Math.ceil(end / WASM_PAGE_BYTES);
  const memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as SplitKernels;
  const ints = new Int32Array(memory.buffer);
  const floats = new Float32Array(memory.buffer);
  const doubles = new Float64Array(memory.buffer);
  const bytes = new Uint8Array(memory.buffer);
  ints.set(secondTable, buffers.tables[1] / 4);
  const c = layout.control / 4;
  const layers = net.layers.length - 1;
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const [own, ...others] = shares(4 * layout.strides[1], parties);
  const base = { module, memory, buffers, table: layout.table, labels: layout.labels, control: layout.control, layers, act, cost, parties };
  const started = await Promise.allSettled(others.map((share, i) => spawn({ ...base, share, runsMiddle: i === 0 })));
  const endHelpers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = started.find((r) => r.status === 'rejected');
  if (failure) {
    endHelpers.forEach((end) => end());
    throw failure.reason;
  }

  const engine = wasmEngine(kind, net, capacity, layout, memory, k);
  engine.loadNetwork(net);
  const meet = () => arriveAndWait(ints, c + BARRIER, parties, SPINS, meetTimeoutMs);
  let joined = parties > 1;
  let helpersBusy = false;
  let parity = 0;
  let data: LabelledImages | undefined;
  // The guess at the next mini-batch, formed in buffer `parity` during the last step.
  const guessed = { order: null as ArrayLike<number> | null, start: 0, count: 0, indices: new Int32Array(capacity), active: 0 };

  /**
   * A helper did not come to a meeting (its worker ended): the others are ended too and every step
   * from now on runs on this thread alone. The step in progress may have lost a helper's share of
   * one update; training goes on from the weights as they are.
   */
  let lost = false;
  const goAlone = () => {
    lost = true;
    joined = false;
    helpersBusy = false;
    guessed.order = null;
    endHelpers.forEach((end) => end());
  };
  /** Waits for the helpers to finish the last step's update, before anything else reads or writes memory. */
  const settle = () => {
    if (!helpersBusy) return;
    ints[c + COMMAND] = SETTLE;
    signal(ints, c + SIGNAL);
    try {
      meet();
      helpersBusy = false;
    } catch (error) {
      if (!(error instanceof BarrierTimeoutError)) throw error;
      goAlone();
    }
  };
  /** Forms the mini-batch order[start ..][.. count] in input buffer p; returns its count of inked pixels. */
  const formBatch = (p: number, order: ArrayLike<number>, start: number, count: number) => {
    const pointers = buffers.imagePointers[p] / 4;
    for (let b = 0; b < count; b++) ints[pointers + b] = layout.data + order[start + b] * IMAGE_SIZE;
    return k.gatherBatch(buffers.tables[p], count, buffers.imagePointers[p], buffers.activePixels[p]);
  };
  /** Before anything but a step: the helpers finish, and the chooser's timing starts over. */
  const between = () => {
    chooser.interrupt();
    settle();
  };
  const guessedRight = (order: ArrayLike<number>, start: number, count: number) => {
    if (guessed.order !== order || guessed.start !== start || guessed.count !== count) return false;
    for (let b = 0; b < count; b++) if (guessed.indices[b] !== order[start + b]) return false;
    return true;
  };

  const sharedStep = (order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): number => {
    const p = parity;
    const n = guessedRight(order, start, count) ? guessed.active : formBatch(p, order, start, count);
    guessed.order = null;
    for (let b = 0; b < count; b++) bytes[layout.labels + b] = data!.labels[order[start + b]];
    ints[c + COUNT] = count;
    ints[c + ACTIVE] = n;
    ints[c + PARITY] = p;
    floats[c + RATE] = eta / count;
    floats[c + DECAY] = decay;
    ints[c + COMMAND] = TRAIN;
    signal(ints, c + SIGNAL);
    // Every share reads the rate and decay as the f32 stored here.
    const rate = floats[c + RATE];
    const decay32 = floats[c + DECAY];
    k.forwardShare(buffers.tables[p], layers, count, act, buffers.activePixels[p], n, own[0], own[1]);
    meet();
    const next = start + count;
    if (next + count <= order.length) {
      guessed.active = formBatch(p ^ 1, order, next, count);
      guessed.order = order;
      guessed.start = next;
      guessed.count = count;
      for (let b = 0; b < count; b++) guessed.indices[b] = order[next + b];
    }
    meet();
    const total = doubles[layout.control / 8 + COST_F64];
    k.updateShare(buffers.tables[p], count, rate, decay32, buffers.activePixels[p], n, own[0], own[1]);
    parity = p ^ 1;
    helpersBusy = true;
    return total;
  };

  const sharedOrAlone = (order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): number => {
    try {
      return sharedStep(order, start, count, eta, decay);
    } catch (error) {
      if (!(error instanceof BarrierTimeoutError)) throw error;
      goAlone();
      return engine.trainBatch(order, start, count, eta, decay);
    }
  };

  return {
    ...engine,
    setTrainingData(set) {
      between();
      guessed.order = null;
      data = set;
      engine.setTrainingData(set);
    },
    trainBatch(order, start, count, eta, decay) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(Number.isInteger(count) && count >= 1 && count <= capacity)) throw new RangeError(`${count} examples in a batch, expected 1 to ${capacity}`);
      let total;
      if (joined && chooser.next() === 'shared') total = sharedOrAlone(order, start, count, eta, decay);
      else {
        settle();
        guessed.order = null;
        total = engine.trainBatch(order, start, count, eta, decay);
      }
      chooser.took(count, clock);
      return total;
    },
    evaluate: (set) => (between(), engine.evaluate(set)),
    loadNetwork: (from) => (between(), engine.loadNetwork(from)),
    saveNetwork: (to) => (between(), engine.saveNetwork(to)),
    parties,
    chooser,
    helpersLost: () => lost,
    dispose() {
      if (!joined) return;
      settle();
      ints[c + COMMAND] = QUIT;
      signal(ints, c + SIGNAL);
      // Steps after this one run on this thread alone, with the same results.
      joined = false;
      endHelpers.forEach((end) => end());
    },
  };
}
