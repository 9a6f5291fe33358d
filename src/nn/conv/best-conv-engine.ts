import { createConvEngine, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';

/**
 * The engine a convolutional network trains on in the app: the one place that chooses it. Today the
 * TypeScript engine, the only one there is, so there is no `note`; a WebAssembly one with the same
 * interface (createConvEngine's) slots in here, with the reason for any fallback to TypeScript in `note`.
 */
export function createBestConvEngine(net: ConvNetwork, capacity: number, options: ConvTrainOptions): { engine: ConvEngine; note?: string } {
  return { engine: createConvEngine(net, capacity, options) };
}
