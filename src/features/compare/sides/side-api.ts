import { fetchMnist } from '../../../mnist/fetch-mnist.ts';
import type { MnistSplit } from '../../../mnist/dataset.ts';
import { yieldToEventLoop } from '../../../worker/yield.ts';
import { compareConfigProblem } from './book-network.ts';
import type { CompareSide, CompareSideApi } from './compare-api.ts';
import { runSideLoop, type SideEngine } from './side-loop.ts';
import { messageOf } from '../../../errors/error-message.ts';
import { holdLifeLock } from '../../../worker/life-lock.ts';


/** A compare worker's API around one side's engine; the worker exposes it with Comlink. */
export function createSideApi(side: CompareSide, engine: SideEngine): CompareSideApi {
  let mnist: MnistSplit | null = null;
  let engineLabel: Promise<string> | null = null;
  // Each run gets a number; stop() and a newer run end the one whose number is no longer current.
  let currentRun = 0;
  return {
    async prepare(mnistBaseUrl) {
      engineLabel ??= engine.start();
      mnist ??= await fetchMnist(mnistBaseUrl, () => {});
      return { side, engine: await engineLabel };
    },
    async run(config, onEvent) {
      const runId = ++currentRun;
      try {
        if (!mnist || !engineLabel) throw new Error('Call prepare() before run().');
        const problem = compareConfigProblem(config);
        if (problem) throw new Error(problem);
        const prepared = await engineLabel;
        const { trainer, engine: runEngine, dispose } = await engine.createRun(config);
        if (runEngine && runEngine !== prepared) await onEvent({ type: 'engine', engine: runEngine });
        try {
          const { train, test } = mnist;
          await runSideLoop({ side, config, trainer, train, test, onEvent, shouldStop: () => runId !== currentRun, yieldToEventLoop });
        } finally {
          dispose?.();
        }
      } catch (error) {
        // Awaited so that, through Comlink, the error reaches the page before run() resolves.
        await onEvent({ type: 'error', message: messageOf(error) });
      }
    },
    stop() {
      currentRun++;
    },
    ping: () => true,
    holdLifeLock,
  };
}
