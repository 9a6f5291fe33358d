const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.addEventListener('message', () => waiting.shift()?.());
channel.port1.start();

/**
 * Resolves after the worker's event loop has had a turn, so queued calls (pause, stop, predict)
 * run between training slices. A MessageChannel round trip is not clamped to 4 ms as nested
 * setTimeout(0) calls are.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}
