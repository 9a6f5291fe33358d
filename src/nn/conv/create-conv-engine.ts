import type { EngineKind } from '../training-engine.ts';
import { detectEngine } from '../wasm/detect-engine.ts';
import { createConvEngine, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createWasmConvEngine } from './wasm-conv-engine.ts';

/** A conv engine of the given kind for `net`: TypeScript trains it in place, WebAssembly a copy (saveConvNetwork). */
export async function createConvEngineOf(kind: EngineKind, net: ConvNetwork, capacity: number, options: ConvTrainOptions): Promise<ConvEngine> {
  return kind === 'ts' ? createConvEngine(net, capacity, options) : createWasmConvEngine(kind, net, capacity, options);
}

/** The fastest conv engine this runtime has: WebAssembly with relaxed SIMD, else plain SIMD, else TypeScript. */
export const createFastestConvEngine = (net: ConvNetwork, capacity: number, options: ConvTrainOptions): Promise<ConvEngine> =>
  createConvEngineOf(detectEngine(), net, capacity, options);
