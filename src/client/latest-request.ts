/** A request to the worker that only its latest call answers. */
export interface LatestRequest<A extends unknown[]> {
  (...args: A): void;
  /** Drops the call waiting to run and the answer on its way, if any (a Clear, a view that closed). */
  cancel(): void;
}

/**
 * "Latest request wins", the one rule for every view that asks the worker about the model or a
 * drawing. At most one call is in flight, so hovering or drawing fast costs one answer at a time;
 * calls made meanwhile collapse into the newest, which runs next; and an answer (or a failure)
 * lands only if no newer call was made while it was on its way, so a view never shows an answer
 * for a model version or an input it has moved past.
 */
export function latestRequest<A extends unknown[], R>(
  call: (...args: A) => Promise<R>,
  onResult: (result: R, ...args: A) => void,
  onError: (error: unknown) => void,
): LatestRequest<A> {
  let pending: A | null = null;
  let busy = false;
  // Counts calls and cancels: an answer whose count has moved on is stale.
  let latest = 0;
  const pump = async () => {
    busy = true;
    while (pending) {
      const args = pending;
      pending = null;
      const ticket = latest;
      try {
        const result = await call(...args);
        if (ticket === latest) onResult(result, ...args);
      } catch (error) {
        if (ticket === latest) onError(error);
      }
    }
    busy = false;
  };
  const request = (...args: A) => {
    latest++;
    pending = args;
    if (!busy) void pump();
  };
  request.cancel = () => {
    latest++;
    pending = null;
  };
  return request;
}
