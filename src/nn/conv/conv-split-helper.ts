import { COUNT, DECAY, EVALUATE, RATE, serveCommands } from '../wasm/split-protocol.ts';
import { webAssemblyApi, type WasmMemory, type WasmModule } from '../wasm/wasm-api.ts';
import type { ConvKernelLayout } from './wasm-conv-layout.ts';
import { convPasses, type ConvKernels } from './wasm-conv-passes.ts';

/** What a conv split engine's helper needs (conv-split-engine.ts); posted to it once. */
export interface ConvSplitHelperInit {
  /** Tells a helper worker that this is a conv engine's helper (split-helper.worker.ts starts either kind). */
  conv: true;
  module: WasmModule;
  memory: WasmMemory;
  layout: ConvKernelLayout;
  /** Address of the control block. */
  control: number;
  act: number;
  cost: number;
  parties: number;
  /** This helper's number, 1 .. parties - 1 (the coordinator is 0). */
  party: number;
}

/**
 * A conv helper's life: instantiates the kernels on the shared memory, calls `ready`, then takes
 * its share of each step the coordinator signals, until told to quit. A step (conv-split-engine.ts):
 *   coordinator: mini-batch in, kernels turned, signal | all: forward and backward of their examples |
 *   meet | all: their share of the update | meet
 * and an evaluation chunk: signal | all: forward of their examples | meet.
 * It blocks its thread (in a worker, not a page).
 */
export async function runConvSplitHelper(init: ConvSplitHelperInit, ready: () => void): Promise<void> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const k = (await api.instantiate(init.module, { env: { memory: init.memory } })).exports as unknown as ConvKernels;
  // The shared memory never grows, so these views stay valid.
  const ints = new Int32Array(init.memory.buffer);
  const floats = new Float32Array(init.memory.buffer);
  const passes = convPasses(k, floats, init.layout, init.act, init.cost);
  const c = init.control / 4;
  const { party, parties } = init;
  serveCommands(ints, init.control, parties, ready, (command, meet) => {
    const count = ints[c + COUNT];
    passes.examples(count, party, parties, command !== EVALUATE);
    meet();
    if (command === EVALUATE) return;
    passes.update(count, floats[c + RATE], floats[c + DECAY], party, parties);
    meet();
  });
}
