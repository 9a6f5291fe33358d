import { wrap, type Endpoint, type Remote } from 'comlink';

/** What the supervisor needs of a Worker (a test passes a stand-in). */
export type WorkerLike = Endpoint & { terminate(): void };

/** A call to a worker that ended or stopped answering: the supervisor starts a new one. */
export class WorkerLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerLostError';
  }
}

export interface SupervisorOptions<Api> {
  /** How messages name the worker: "the training worker" unless said otherwise. */
  name?: string;
  spawn(): WorkerLike;
  /** Called once per new worker, before any other call (attach the progress callback here). */
  connect(remote: Remote<Api>): void;
  /** A cheap call the worker answers while it lives (it yields during long work). */
  ping(remote: Remote<Api>): Promise<unknown>;
  /** Has the worker hold the Web Lock `name` while it lives (holdLifeLock), settling once it holds it: its end is then noticed at once. */
  holdLife?(remote: Remote<Api>, name: string): Promise<unknown>;
  /** The worker was lost and ended; the next `remote()` starts a new one. */
  onLost(reason: string): void;
  /** How long a call may take, by method name (Infinity: as long as it likes; the heartbeat still watches). */
  timeoutMs(method: string): number;
  heartbeatMs?: number;
  /** How long the worker may take to answer a ping. */
  answerMs?: number;
}

/** A call that got no answer in its time: the supervisor then asks the worker whether it still lives. */
class CallTimeoutError extends Error {
  name = 'CallTimeoutError';
}

/** Rejects after ms with a message saying what did not answer, unless the promise settles first. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  if (!Number.isFinite(ms)) return promise;
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new CallTimeoutError(`${what} got no answer within ${ms >= 1_000 ? `${Math.round(ms / 1_000)} s` : `${ms} ms`}`)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// When the page last went out of view or came back: a frozen or throttled tab answers late, and
// a ping that waited across such a change says nothing about the worker.
let visibilityChangedAt = -Infinity;
if (typeof document !== 'undefined') document.addEventListener('visibilitychange', () => (visibilityChangedAt = performance.now()));
const pageWasAway = (since: number) => (typeof document !== 'undefined' && document.hidden) || visibilityChangedAt >= since;

// Each worker's life lock has its own name: a worker of another tab or an earlier generation never answers for it.
let lifeLocks = 0;
const lifeLockName = () => `nn-magic-worker-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${++lifeLocks}`;

/**
 * Calls `ended` as soon as the worker that holds the lock `name` ends: the lock is granted to the
 * page only then. Aborting `signal` withdraws the request (a worker ended on purpose).
 */
function watchLifeLock(name: string, signal: AbortSignal, ended: () => void): void {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return;
  navigator.locks.request(name, { signal }, () => ended()).catch(() => {});
}

interface Generation<Api> {
  guarded: Remote<Api>;
  lose(reason: string, report?: boolean): void;
}

/**
 * Owns one worker at a time: every call is bounded (its own timeout, and the worker's end), a
 * heartbeat and the worker's error events notice a dead or hung worker, which is then ended; the
 * next call starts a new one. Calls in flight on the lost worker reject with a WorkerLostError.
 */
export function createSupervisor<Api>(options: SupervisorOptions<Api>) {
  const { name = 'the training worker', heartbeatMs = 3_000, answerMs = 15_000 } = options;
  let current: Generation<Api> | null = null;

  function start(): Generation<Api> {
    const worker = options.spawn();
    const remote = wrap<Api>(worker);
    let ended = false;
    let rejectLost: (error: Error) => void = () => {};
    const lost = new Promise<never>((_, reject) => (rejectLost = reject));
    lost.catch(() => {});
    let heartbeat: ReturnType<typeof setTimeout> | undefined;

    const lifeWatch = new AbortController();
    const lose = (reason: string, report = true) => {
      if (ended) return;
      ended = true;
      clearTimeout(heartbeat);
      lifeWatch.abort();
      worker.terminate();
      rejectLost(new WorkerLostError(`${name} ${reason}`));
      if (current === generation) current = null;
      if (report) options.onLost(reason);
    };
    const alive = async (): Promise<unknown> => {
      const asked = performance.now();
      try {
        return await withTimeout(options.ping(remote), answerMs, name);
      } catch (error) {
        if (!ended && pageWasAway(asked)) return alive();
        throw error;
      }
    };
    // An uncaught error in the worker, or (once it has answered) a late answer: ask it whether it still lives.
    const check = () => void alive().catch(() => lose('stopped answering'));
    let answered = false;
    const beat = () => {
      heartbeat = setTimeout(() => void alive().then(() => !ended && beat(), () => lose('stopped answering')), heartbeatMs);
    };

    const guarded = new Proxy({} as Remote<Api>, {
      get(_, method) {
        // Awaiting the proxy itself must not look like a thenable.
        if (method === 'then' || typeof method !== 'string') return undefined;
        return (...args: unknown[]) => {
          const call = (remote as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method](...args);
          const bounded = withTimeout(call, options.timeoutMs(method), `${name} (${method})`);
          bounded.catch((error: unknown) => {
            if (answered && error instanceof CallTimeoutError) check();
          });
          return Promise.race([bounded, lost]);
        };
      },
    });
    const generation: Generation<Api> = { guarded, lose };
    worker.addEventListener('error', check);
    worker.addEventListener('messageerror', check);
    options.connect(remote);
    // The browser says when a worker ends (its life lock is released): no need to wait for the heartbeat.
    if (options.holdLife) {
      const name = lifeLockName();
      const holdLife = options.holdLife;
      Promise.resolve()
        .then(() => holdLife(remote, name))
        .then(
          () => !ended && watchLifeLock(name, lifeWatch.signal, () => lose('ended')),
          () => {},
        );
    }
    // The first answer has no time limit: on a slow first visit the worker's script may still be
    // downloading. A script that fails to load fires 'error', and that check is bounded.
    Promise.resolve()
      .then(() => options.ping(remote))
      .then(() => {
        answered = true;
        if (!ended) beat();
      }, () => {});
    return generation;
  }

  return {
    /** The worker's API, bounded; starts a worker if there is none. */
    remote(): Remote<Api> {
      return (current ??= start()).guarded;
    },
    /** Ends the current worker as lost (its calls reject; onLost follows). */
    lose(reason: string): void {
      current?.lose(reason);
    },
    /** Ends the current worker on purpose: its calls reject, and no loss is reported. */
    end(): void {
      current?.lose('was closed', false);
    },
  };
}
