import { arriveAndWait, BarrierTimeoutError, signal } from '../wasm/barrier.ts';
import { decodeBase64 } from '../wasm/base64.ts';
import { RELAXED_SIMD_SHARED_KERNELS, SIMD_SHARED_KERNELS } from '../wasm/kernels.generated.ts';
import { createModeChooser, type ModeChooser } from '../wasm/mode-chooser.ts';
import { BARRIER, COMMAND, COUNT, DECAY, EVALUATE, MEET_TIMEOUT_MS, QUIT, RATE, SIGNAL, SPINS, TRAIN, type SharedSteps } from '../wasm/split-protocol.ts';
import { WASM_PAGE_BYTES, webAssemblyApi } from '../wasm/wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES } from '../wasm/wasm-engine.ts';
import type { ConvEngine, ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';
import type { ConvSplitHelperInit } from './conv-split-helper.ts';
import { checkWasmConvNetwork, THIS_THREAD, wasmConvEngine, wasmConvLayout, type ConvThreads } from './wasm-conv-engine.ts';
import type { ConvKernels, ConvPasses } from './wasm-conv-passes.ts';

/** A conv engine whose steps `parties` threads share. */
export interface ConvSplitEngine extends ConvEngine, SharedSteps {}

const clock = () => (globalThis as unknown as { performance: { now(): number } }).performance.now();

/**
 * Starts `parties` - 1 helpers with `spawn` (which resolves, once the helper is ready, with a
 * function that ends it) and returns the conv engine they share. Needs shared WebAssembly memory:
 * a cross-origin-isolated page, or Node.
 *
 * A shared step: this thread puts the mini-batch in memory and signals; every thread runs the
 * forward and backward passes of its share of the examples (an example's values depend on no
 * other's); they meet; every thread updates its share of each layer's maps and neurons (a weight's
 * gradient sums over all the examples, read from the deltas all wrote); they meet. An evaluation
 * chunk's forward pass is cut by images the same way. The same kernel calls compute every value as
 * one thread would, so the weights equal one worker's bit for bit (wasm-conv-passes.ts).
 */
export async function createConvSplitEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: ConvNetwork,
  capacity: number,
  options: ConvTrainOptions,
  parties: number,
  spawn: (init: ConvSplitHelperInit) => Promise<() => void>,
  chooser: ModeChooser = createModeChooser(),
  meetTimeoutMs = MEET_TIMEOUT_MS,
): Promise<ConvSplitEngine> {
  checkWasmConvNetwork(net, options.dropout);
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const layout = wasmConvLayout(net, capacity, options.dropout, parties);
  // After the engine's buffers: the control block (2 cache lines, split-protocol.ts).
  const control = layout.end;
  const pages = Math.ceil((control + 128) / WASM_PAGE_BYTES);
  // A shared memory cannot be replaced, so it starts at its final size.
  const memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_SHARED_KERNELS : SIMD_SHARED_KERNELS));
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as ConvKernels;
  const ints = new Int32Array(memory.buffer);
  const floats = new Float32Array(memory.buffer);
  const c = control / 4;
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const base = { conv: true as const, module, memory, layout, control, act, cost, parties };
  const started = await Promise.allSettled(Array.from({ length: parties - 1 }, (_, i) => spawn({ ...base, party: i + 1 })));
  const endHelpers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = started.find((r) => r.status === 'rejected');
  if (failure) {
    endHelpers.forEach((end) => end());
    throw failure.reason;
  }

  const meet = () => arriveAndWait(ints, c + BARRIER, parties, SPINS, meetTimeoutMs);
  let joined = parties > 1;
  let lost = false;
  /**
   * A helper did not come to a meeting (its worker ended): the others are ended too and every step
   * from now on runs on this thread alone. A step whose update was under way may have lost a
   * helper's share of it; training goes on from the weights as they are.
   */
  const goAlone = () => {
    lost = true;
    joined = false;
    endHelpers.forEach((end) => end());
  };
  const command = (what: number, count: number) => {
    ints[c + COUNT] = count;
    ints[c + COMMAND] = what;
    signal(ints, c + SIGNAL);
  };

  const sharedStep = (passes: ConvPasses, count: number, rate: number, decay: number) => {
    floats[c + RATE] = rate;
    floats[c + DECAY] = decay;
    command(TRAIN, count);
    let updating = false;
    try {
      passes.examples(count, 0, parties, true);
      meet();
      updating = true;
      // The kernels take the rate and decay as f32, as stored for the helpers.
      passes.update(count, floats[c + RATE], floats[c + DECAY], 0, parties);
      meet();
    } catch (error) {
      if (!(error instanceof BarrierTimeoutError)) throw error;
      goAlone();
      // Before the update nothing is lost: this thread takes the whole step again.
      if (!updating) THIS_THREAD.step(passes, count, rate, decay);
    }
  };
  const sharedForward = (passes: ConvPasses, count: number) => {
    command(EVALUATE, count);
    try {
      passes.examples(count, 0, parties, false);
      meet();
    } catch (error) {
      if (!(error instanceof BarrierTimeoutError)) throw error;
      goAlone();
      THIS_THREAD.forward(passes, count);
    }
  };
  const threads: ConvThreads = {
    step(passes, count, rate, decay) {
      if (joined && chooser.next() === 'shared') sharedStep(passes, count, rate, decay);
      else THIS_THREAD.step(passes, count, rate, decay);
      chooser.took(count, clock);
    },
    // An evaluation chunk is shared as the steps are at the moment (a busy machine's helpers sit it out too).
    forward: (passes, count) => (joined && chooser.next() === 'shared' ? sharedForward(passes, count) : THIS_THREAD.forward(passes, count)),
  };

  const engine = wasmConvEngine(kind, net, capacity, options, layout, memory, k, threads);
  return {
    ...engine,
    evaluate(set, onPrediction) {
      // The time the evaluation takes is no step's.
      chooser.interrupt();
      return engine.evaluate(set, onPrediction);
    },
    parties,
    chooser,
    helpersLost: () => lost,
    dispose() {
      if (!joined) return;
      command(QUIT, 0);
      // Steps after this one run on this thread alone, with the same results.
      joined = false;
      endHelpers.forEach((end) => end());
    },
  };
}
