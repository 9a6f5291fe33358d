import { messageOf } from '../../errors/error-message.ts';
import { detectEngine } from '../wasm/detect-engine.ts';
import { createConvEngine, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvEngineOf } from './create-conv-engine.ts';

/**
 * The engine a convolutional network trains on in the app, the one place that chooses it: the fastest
 * this runtime has (WebAssembly relaxed SIMD, then SIMD), else TypeScript, with the reason in `note`.
 */
export async function createBestConvEngine(net: ConvNetwork, capacity: number, options: ConvTrainOptions): Promise<{ engine: ConvEngine; note?: string }> {
  const kind = detectEngine();
  if (kind === 'ts') return { engine: createConvEngine(net, capacity, options), note: 'this browser has no WebAssembly SIMD' };
  try {
    return { engine: await createConvEngineOf(kind, net, capacity, options) };
  } catch (error) {
    return { engine: createConvEngine(net, capacity, options), note: `WebAssembly failed to start (${messageOf(error)})` };
  }
}
