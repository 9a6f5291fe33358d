/**
 * A barrier for `parties` threads on an Int32Array over shared memory: ints[at] counts arrivals,
 * ints[at + 1] is the generation, bumped by the last to arrive. The others spin on the generation
 * for a while (a mini-batch's phase lasts microseconds, less than a sleep and a wake-up), then
 * sleep in Atomics.wait. Atomics order the plain stores and the kernels' stores before it with
 * every load after it, in every thread.
 */
export function arriveAndWait(ints: Int32Array, at: number, parties: number, spins: number, timeoutMs = Infinity): void {
  const generation = Atomics.load(ints, at + 1);
  if (Atomics.add(ints, at, 1) === parties - 1) {
    Atomics.store(ints, at, 0);
    Atomics.add(ints, at + 1, 1);
    Atomics.notify(ints, at + 1);
    return;
  }
  for (let i = 0; i < spins; i++) if (Atomics.load(ints, at + 1) !== generation) return;
  const deadline = Date.now() + timeoutMs;
  while (Atomics.load(ints, at + 1) === generation) {
    const left = deadline - Date.now();
    if (left <= 0) throw new BarrierTimeoutError(timeoutMs);
    Atomics.wait(ints, at + 1, generation, left);
  }
}

/** A barrier wait that ran out of time: some party is gone (a helper worker ended). */
export class BarrierTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`a thread did not reach the barrier within ${timeoutMs} ms`);
    this.name = 'BarrierTimeoutError';
  }
}

/**
 * A one-way signal: bumps the counter at ints[at] and wakes its waiters. Unlike a barrier, the
 * signalling thread does not wait for anyone; what it stored before is visible to a thread that
 * sees the new count.
 */
export function signal(ints: Int32Array, at: number): void {
  Atomics.add(ints, at, 1);
  Atomics.notify(ints, at);
}

/** Waits (spinning, then sleeping) until the counter at ints[at] is no longer `seen`; returns its new value. */
export function awaitSignal(ints: Int32Array, at: number, seen: number, spins: number): number {
  for (let i = 0; i < spins; i++) {
    const now = Atomics.load(ints, at);
    if (now !== seen) return now;
  }
  for (;;) {
    Atomics.wait(ints, at, seen);
    const now = Atomics.load(ints, at);
    if (now !== seen) return now;
  }
}
