import { arriveAndWait } from './barrier.ts';
import { decodeBase64 } from './base64.ts';
import { RELAXED_SIMD_SHARED_KERNELS, SIMD_SHARED_KERNELS } from './kernels.generated.ts';
import { IMAGE_BYTES, kernelLayout } from './layout.ts';
import { WASM_PAGE_BYTES, webAssemblyApi, type WasmMemory, type WasmModule } from './wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES, EVAL_CHUNK, wasmEngine, type Kernels } from './wasm-engine.ts';
import type { Network } from '../network.ts';
import type { TrainingEngine } from '../training-engine.ts';

/** The exports of wat/split.wat, besides "train" and "infer": one step in phases, for several workers. */
export interface SplitKernels extends Kernels {
  gatherBatch(table: number, count: number, ptrs: number, active: number): number;
  forwardShare(table: number, layers: number, count: number, act: number, active: number, n: number, from: number, to: number): void;
  middle(table: number, layers: number, count: number, rate: number, decay: number, act: number, cost: number, labels: number): number;
  updateShare(table: number, count: number, rate: number, decay: number, active: number, n: number, from: number, to: number): void;
}

// The control block (layout.control), in i32: the barrier on the first cache line, the step's
// parameters on the second.
const BARRIER = 0;
const COUNT = 16;
const RATE = 17;
const DECAY = 18;
const ACTIVE = 19;
const COMMAND = 20;
const TRAIN = 1;
const QUIT = 2;
/** Loads of the barrier's generation before sleeping: some tens of microseconds. */
const SPINS = 20_000;

/**
 * The first layer's neurons cut into `parties` shares of whole 16-neuron blocks (one cache line of
 * W^T per pixel), as byte ranges [from, to) of a row of `rowBytes`. A share may be empty.
 */
export function shares(rowBytes: number, parties: number): [number, number][] {
  const blocks = Math.ceil(rowBytes / 64);
  const edge = (w: number) => Math.min(rowBytes, 64 * Math.floor((w * blocks) / parties));
  return Array.from({ length: parties }, (_, w) => [edge(w), edge(w + 1)]);
}

/** What a helper needs to take its share of every step; posted to it once. */
export interface SplitHelperInit {
  module: WasmModule;
  memory: WasmMemory;
  /** Addresses of the layer table, the list of inked pixels and the control block. */
  table: number;
  activePixels: number;
  control: number;
  /** Weight layers and the activation's code. */
  layers: number;
  act: number;
  parties: number;
  share: [number, number];
}

/**
 * A helper's life: instantiates the kernels on the shared memory, calls `ready`, then takes its
 * share of each step until told to quit. It blocks its thread (in a worker, not a page).
 */
export async function runSplitHelper(init: SplitHelperInit, ready: () => void): Promise<void> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const k = (await api.instantiate(init.module, { env: { memory: init.memory } })).exports as unknown as SplitKernels;
  // The control block sits below the data, so views made now cover it even after the memory grows.
  const ints = new Int32Array(init.memory.buffer);
  const floats = new Float32Array(init.memory.buffer);
  const c = init.control / 4;
  const [from, to] = init.share;
  const meet = () => arriveAndWait(ints, c + BARRIER, init.parties, SPINS);
  ready();
  for (;;) {
    meet();
    if (ints[c + COMMAND] === QUIT) return;
    const count = ints[c + COUNT];
    const n = ints[c + ACTIVE];
    k.forwardShare(init.table, init.layers, count, init.act, init.activePixels, n, from, to);
    meet();
    // The coordinator runs the middle of the step.
    meet();
    k.updateShare(init.table, count, floats[c + RATE], floats[c + DECAY], init.activePixels, n, from, to);
    meet();
  }
}

/** A WebAssembly engine whose steps `parties` threads share; dispose() lets the helpers go. */
export interface SplitEngine extends TrainingEngine {
  readonly parties: number;
  dispose(): void;
}

/**
 * Starts `parties` - 1 helpers with `spawn` (which resolves, with a function that ends the helper,
 * once it is ready) and returns the engine they share, for training sets of up to maxImages
 * images. Needs shared WebAssembly memory: a cross-origin-isolated page, or Node.
 */
export async function createSplitEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: Network,
  capacity: number,
  parties: number,
  maxImages: number,
  spawn: (init: SplitHelperInit) => Promise<() => void>,
): Promise<SplitEngine> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_SHARED_KERNELS : SIMD_SHARED_KERNELS));
  const layout = kernelLayout(net.layers, Math.max(capacity, EVAL_CHUNK));
  // A shared memory cannot be replaced, so it starts at its final size.
  const pages = Math.ceil((layout.data + maxImages * IMAGE_BYTES) / WASM_PAGE_BYTES);
  const memory = new api.Memory({ initial: pages, maximum: pages, shared: true });
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as SplitKernels;
  const ints = new Int32Array(memory.buffer);
  const floats = new Float32Array(memory.buffer);
  const c = layout.control / 4;
  const layers = net.layers.length - 1;
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const [own, ...others] = shares(4 * layout.strides[1], parties);
  const base = { module, memory, table: layout.table, activePixels: layout.activePixels, control: layout.control, layers, act, parties };
  const started = await Promise.allSettled(others.map((share) => spawn({ ...base, share })));
  const endHelpers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failure = started.find((r) => r.status === 'rejected');
  if (failure) {
    endHelpers.forEach((end) => end());
    throw failure.reason;
  }
  let joined = parties;
  const meet = () => arriveAndWait(ints, c + BARRIER, parties, SPINS);
  const { table, activePixels, imagePointers, labels } = layout;

  const step = (count: number, rate: number, decay: number): number => {
    if (joined === 1) return k.train(table, layers, count, rate, decay, act, cost, imagePointers, labels, activePixels);
    const n = k.gatherBatch(table, count, imagePointers, activePixels);
    ints[c + COUNT] = count;
    floats[c + RATE] = rate;
    floats[c + DECAY] = decay;
    ints[c + ACTIVE] = n;
    ints[c + COMMAND] = TRAIN;
    meet();
    k.forwardShare(table, layers, count, act, activePixels, n, own[0], own[1]);
    meet();
    // The rate crosses as an f32 as it does to the helpers, so every share uses the same value.
    const total = k.middle(table, layers, count, floats[c + RATE], decay, act, cost, labels);
    meet();
    k.updateShare(table, count, floats[c + RATE], floats[c + DECAY], activePixels, n, own[0], own[1]);
    meet();
    return total;
  };
  const engine = wasmEngine(kind, net, capacity, layout, memory, k, step);
  engine.loadNetwork(net);
  return {
    ...engine,
    parties,
    dispose() {
      if (joined === 1) return;
      ints[c + COMMAND] = QUIT;
      meet();
      // Steps after this one run on this thread alone, with the same results.
      joined = 1;
      endHelpers.forEach((end) => end());
    },
  };
}
