import { createConvEngine, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';

/**
 * The engine a convolutional network trains on in the app: the one place that chooses it. Today
 * the TypeScript engine; a WebAssembly one with the same interface (createConvEngine's) slots in
 * here, with the reason for any fallback in `note`.
 */
export function createBestConvEngine(net: ConvNetwork, capacity: number, options: ConvTrainOptions): { engine: ConvEngine; note: string } {
  return { engine: createConvEngine(net, capacity, options), note: 'convolutional networks train on the TypeScript engine' };
}
