import { canShareMemory } from '../../client/isolation-note.ts';

/** The device's logical cores (1 where the runtime does not say; the store also loads in Node tests). */
export const coreCount = () => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency || 1;

/** The most workers a run gets by default (more than 2 were never measured: this machine has 2 cores). */
export const MAX_DEFAULT_WORKERS = 4;

/**
 * Workers sharing each step by default: the device's cores, at most 4, where the page can share
 * memory (cross-origin isolated); else 1. The engine times shared steps against lone ones as it
 * trains and lets the helpers sit out while they would slow it down (src/nn/wasm/mode-chooser.ts),
 * so more workers are never much slower than one, even when the cores are busy.
 */
export const defaultWorkers = () => (canShareMemory() ? Math.min(coreCount(), MAX_DEFAULT_WORKERS) : 1);
