import { describe, expect, it } from 'vitest';
import { SWAP_FALLBACK_MS, swapToWaitingVersion, type SwapEnvironment } from './swap-to-waiting.ts';

/** A page and a waiting worker that report nothing until the test says so. */
function page(waiting: boolean) {
  const pageEvents = new EventTarget();
  const worker = Object.assign(new EventTarget(), { state: 'installed', messages: [] as unknown[], postMessage: (m: unknown) => worker.messages.push(m) });
  const timers: { run: () => void; ms: number }[] = [];
  let reloads = 0;
  const env: SwapEnvironment = {
    container: {
      getRegistration: async () => ({ waiting: waiting ? worker : null }) as unknown as ServiceWorkerRegistration,
      addEventListener: pageEvents.addEventListener.bind(pageEvents) as ServiceWorkerContainer['addEventListener'],
    },
    reload: () => reloads++,
    setTimeout: (run, ms) => timers.push({ run, ms }),
  };
  const activate = () => ((worker.state = 'activated'), worker.dispatchEvent(new Event('statechange')));
  return { env, worker, timers, activate, takeControl: () => pageEvents.dispatchEvent(new Event('controllerchange')), reloads: () => reloads };
}

describe('swapToWaitingVersion', () => {
  it('asks the waiting worker to take over and reloads once, when control changes first', async () => {
    const p = page(true);
    await swapToWaitingVersion(p.env);
    expect(p.worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(p.reloads()).toBe(0);
    p.takeControl();
    p.activate();
    p.timers.forEach((timer) => timer.run());
    expect(p.reloads()).toBe(1);
  });

  it('reloads when the new worker activates, for a page no worker controlled (no controllerchange comes)', async () => {
    const p = page(true);
    await swapToWaitingVersion(p.env);
    p.activate();
    expect(p.reloads()).toBe(1);
  });

  it('reloads after the fallback time when the browser reports nothing', async () => {
    const p = page(true);
    await swapToWaitingVersion(p.env);
    expect(p.timers.map((timer) => timer.ms)).toEqual([SWAP_FALLBACK_MS]);
    p.timers[0].run();
    expect(p.reloads()).toBe(1);
  });

  it('reloads at once when no worker waits', async () => {
    const p = page(false);
    await swapToWaitingVersion(p.env);
    expect(p.reloads()).toBe(1);
  });
});
