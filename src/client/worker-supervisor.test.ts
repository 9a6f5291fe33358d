import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { createSupervisor, WorkerLostError, type WorkerLike } from './worker-supervisor.ts';

/** A stand-in for a Worker over a MessageChannel, running `api` in this thread; `end()` makes it stop answering, as a dead worker does. */
function fakeWorker(api: Record<string, (...args: never[]) => unknown>) {
  const { port1, port2 } = new MessageChannel();
  expose(api, port2);
  let alive = true;
  const worker = {
    postMessage: (message: unknown) => alive && port1.postMessage(message),
    addEventListener: port1.addEventListener.bind(port1),
    removeEventListener: port1.removeEventListener.bind(port1),
    start: () => port1.start(),
    terminate: () => ((alive = false), port1.close(), port2.close()),
  };
  port1.start();
  return { worker: worker as unknown as WorkerLike, end: () => ((alive = false), port2.close()) };
}

const slowApi = { ping: () => true, answer: (n: number) => n * 2, never: () => new Promise(() => {}) };
type Api = typeof slowApi;

describe('the worker supervisor', () => {
  it('a worker that stops answering is ended; calls in flight reject; the next call starts a new worker', async () => {
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    const lost: string[] = [];
    const supervisor = createSupervisor<Api>({
      spawn: () => (spawned.push(fakeWorker(slowApi)), spawned[spawned.length - 1].worker),
      connect: () => {},
      ping: (remote) => remote.ping(),
      onLost: (reason) => lost.push(reason),
      timeoutMs: () => 60_000,
      heartbeatMs: 20,
      answerMs: 100,
    });
    expect(await supervisor.remote().answer(21)).toBe(42);
    const inFlight = supervisor.remote().never();
    spawned[0].end();
    await expect(inFlight).rejects.toBeInstanceOf(WorkerLostError);
    expect(lost).toEqual(['stopped answering']);
    expect(await supervisor.remote().answer(2)).toBe(4);
    expect(spawned).toHaveLength(2);
    supervisor.lose('test over');
  });

  it('a call past its own timeout rejects with a message, and a live worker is kept', async () => {
    const lost: string[] = [];
    const supervisor = createSupervisor<Api>({
      spawn: () => fakeWorker(slowApi).worker,
      connect: () => {},
      ping: (remote) => remote.ping(),
      onLost: (reason) => lost.push(reason),
      timeoutMs: (method) => (method === 'never' ? 50 : 60_000),
      heartbeatMs: 20,
      answerMs: 1_000,
    });
    await expect(supervisor.remote().never()).rejects.toThrow(/never\) got no answer within 50 ms/);
    expect(await supervisor.remote().answer(1)).toBe(2);
    expect(lost).toEqual([]);
    supervisor.lose('test over');
  });

  it('end() closes the worker on purpose: its calls reject naming the worker, no loss is reported, and the next call starts a new one', async () => {
    const lost: string[] = [];
    let spawned = 0;
    const supervisor = createSupervisor<Api>({
      name: 'the TF.js side’s worker',
      spawn: () => (spawned++, fakeWorker(slowApi).worker),
      connect: () => {},
      ping: (remote) => remote.ping(),
      onLost: (reason) => lost.push(reason),
      timeoutMs: () => 60_000,
      heartbeatMs: 20,
      answerMs: 1_000,
    });
    const inFlight = supervisor.remote().never();
    supervisor.end();
    await expect(inFlight).rejects.toThrow('the TF.js side’s worker was closed');
    expect(lost).toEqual([]);
    expect(await supervisor.remote().answer(3)).toBe(6);
    expect(spawned).toBe(2);
    supervisor.end();
  });

  it('a worker slow to give its first answer (its script still downloading) is waited for; after that the heartbeat watches it', async () => {
    const lost: string[] = [];
    let firstPing: () => void = () => {};
    const firstPingAnswered = new Promise<void>((resolve) => (firstPing = resolve));
    let pings = 0;
    const spawned: ReturnType<typeof fakeWorker>[] = [];
    // The first ping is answered after 5 answer timeouts, as a worker whose script arrives late.
    const lateStarter = { ...slowApi, ping: () => (++pings === 1 ? new Promise((resolve) => setTimeout(() => (resolve(true), firstPing()), 250)) : true) };
    const supervisor = createSupervisor<Api>({
      spawn: () => (spawned.push(fakeWorker(lateStarter)), spawned[spawned.length - 1].worker),
      connect: () => {},
      ping: (remote) => remote.ping(),
      onLost: (reason) => lost.push(reason),
      timeoutMs: () => 60_000,
      heartbeatMs: 20,
      answerMs: 50,
    });
    expect(await supervisor.remote().answer(4)).toBe(8);
    await firstPingAnswered;
    expect(await supervisor.remote().answer(5)).toBe(10);
    expect(lost).toEqual([]);
    const inFlight = supervisor.remote().never();
    spawned[0].end();
    await expect(inFlight).rejects.toBeInstanceOf(WorkerLostError);
    expect(lost).toEqual(['stopped answering']);
    supervisor.end();
  });
});
