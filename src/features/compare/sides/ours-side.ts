import { createBestConvEngine } from '../../../nn/conv/best-conv-engine.ts';
import { createNetwork } from '../../../nn/network.ts';
import { createTsEngine, type EngineKind } from '../../../nn/training-engine.ts';
import { createEngine } from '../../../nn/wasm/create-engine.ts';
import { detectEngine } from '../../../nn/wasm/detect-engine.ts';
import { bookConvNetwork, bookSpec } from './book-network.ts';
import type { SideEngine } from './side-loop.ts';

/** What each engine is called in the compare view. */
const ENGINE_LABELS: Record<EngineKind, string> = {
  'wasm-relaxed-simd': 'ours, WebAssembly relaxed SIMD',
  'wasm-simd': 'ours, WebAssembly SIMD',
  ts: 'ours, TypeScript',
};

/**
 * Our side: the fastest engine this runtime has (one thread), from the book's weights. A
 * convolutional network trains on the engine the app's training uses (createBestConvEngine).
 */
export function createOursSide(): SideEngine {
  let kind: EngineKind = 'ts';
  return {
    async start() {
      kind = detectEngine();
      return ENGINE_LABELS[kind];
    },
    async createRun(config) {
      if (config.model !== undefined) {
        // No dropout: the framework side has none either.
        const { engine } = await createBestConvEngine(bookConvNetwork(config), config.batchSize, { dropout: 0, seed: config.seed });
        return { trainer: engine, engine: ENGINE_LABELS[engine.kind] };
      }
      const initial = createNetwork(bookSpec(config.layers), 'normal', config.seed);
      // The WebAssembly engine starts from a copy of the weights; the TypeScript one trains `initial` in place.
      const trainer = await createEngine(kind, initial, config.batchSize).catch(() => createTsEngine(initial, config.batchSize));
      return { trainer, engine: ENGINE_LABELS[trainer.kind] };
    },
  };
}
