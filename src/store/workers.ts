/** The device's logical cores (1 where the runtime does not say; the store also loads in Node tests). */
export const coreCount = () => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency || 1;

/** Workers sharing each step by default: one per core, at most 4 (more gain little at mini-batch 10). */
export const defaultWorkers = () => Math.min(coreCount(), 4);
