import { ACTIVE, COST_F64, COUNT, DECAY, PARITY, RATE, serveCommands, SETTLE, type InputBuffers, type SplitKernels } from './split-protocol.ts';
import { webAssemblyApi, type WasmMemory, type WasmModule } from './wasm-api.ts';

/** What a helper needs to take its share of every step; posted to it once. */
export interface SplitHelperInit {
  module: WasmModule;
  memory: WasmMemory;
  buffers: InputBuffers;
  /** Addresses of the layer table (for the later layers), the labels and the control block. */
  table: number;
  labels: number;
  control: number;
  /** Weight layers, the activation's and the cost's codes. */
  layers: number;
  act: number;
  cost: number;
  parties: number;
  share: [number, number];
  /** Whether this helper runs the middle of each step (the first helper does). */
  runsMiddle: boolean;
}

/**
 * A helper's life: instantiates the kernels on the shared memory, calls `ready`, then takes its
 * share of each step the coordinator signals, until told to quit. A step (split-engine.ts):
 *   signal | all: forwardShare | meet | helper: middle, coordinator: next batch | meet | all: updateShare
 * It blocks its thread (in a worker, not a page).
 */
export async function runSplitHelper(init: SplitHelperInit, ready: () => void): Promise<void> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const k = (await api.instantiate(init.module, { env: { memory: init.memory } })).exports as unknown as SplitKernels;
  // The control block sits below the data, so views made now cover it even after the memory grows.
  const ints = new Int32Array(init.memory.buffer);
  const floats = new Float32Array(init.memory.buffer);
  const doubles = new Float64Array(init.memory.buffer);
  const c = init.control / 4;
  const [from, to] = init.share;
  const { tables, activePixels } = init.buffers;
  serveCommands(ints, init.control, init.parties, ready, (command, meet) => {
    if (command === SETTLE) {
      meet();
      return;
    }
    const count = ints[c + COUNT];
    const n = ints[c + ACTIVE];
    const rate = floats[c + RATE];
    const decay = floats[c + DECAY];
    const p = ints[c + PARITY];
    k.forwardShare(tables[p], init.layers, count, init.act, activePixels[p], n, from, to);
    meet();
    if (init.runsMiddle) {
      doubles[init.control / 8 + COST_F64] = k.middle(init.table, init.layers, count, rate, decay, init.act, init.cost, init.labels);
    }
    meet();
    k.updateShare(tables[p], count, rate, decay, activePixels[p], n, from, to);
  });
}
