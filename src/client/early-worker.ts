/**
 * The training worker starts here, in the first module the page evaluates (main.tsx imports it before
 * anything else): the rest of the page's code (React, the app) takes tens of milliseconds to evaluate
 * on a 2-core machine, and the worker's thread start, download and compile lie on the way to the first
 * answer. Outside a page (Node's tests) nothing starts.
 */
const newTrainerWorker = () => new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' });

let early: Worker | null = typeof Worker === 'function' && typeof document !== 'undefined' ? newTrainerWorker() : null;

/** The training worker: the one started with the page the first time, a new one after (one that was lost is replaced). */
export function spawnTrainerWorker(): Worker {
  const worker = early ?? newTrainerWorker();
  early = null;
  return worker;
}
