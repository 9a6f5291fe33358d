/** The device's logical cores (1 where the runtime does not say; the store also loads in Node tests). */
export const coreCount = () => (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency || 1;

/**
 * Workers sharing each step by default: one. On the 2-core machine where this was measured, two
 * workers were slower than one in Node and in Chromium (four barriers per mini-batch of 10 cost more
 * than the halved first layer saves, above all when the other core is busy), so more workers stay
 * an experiment a person opts into with the Workers control (1 to the core count).
 */
export const defaultWorkers = () => 1;
