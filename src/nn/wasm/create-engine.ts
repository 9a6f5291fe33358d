import { createWasmEngine } from './wasm-engine.ts';
import type { Network } from '../network.ts';
import { createTsEngine, type EngineKind, type TrainingEngine } from '../training-engine.ts';

/** An engine of the given kind for `net`, taking mini-batches of up to `capacity` examples. */
export async function createEngine(kind: EngineKind, net: Network, capacity: number): Promise<TrainingEngine> {
  return kind === 'ts' ? createTsEngine(net, capacity) : createWasmEngine(kind, net, capacity);
}
