/** True where workers can share memory: the page is cross-origin isolated (by its host's headers, or by the service worker's). */
export const canShareMemory = () => Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated);

/**
 * Why runs use one worker, in plain words, where the page cannot share memory; undefined where it can.
 * `offlineReady`: the service worker has just been installed, so a reload brings the headers.
 */
export function oneWorkerNote(offlineReady: boolean): string | undefined {
  if (canShareMemory()) return undefined;
  const why =
    'Runs use one worker here: several workers share memory only on a "cross-origin isolated" page, which needs two security headers (COOP and COEP) that this web host does not send.';
  return offlineReady
    ? `${why} The app's offline helper (a service worker: it keeps a copy of the app for use without a connection) adds them now: reload the page to train on several workers.`
    : `${why} The app's offline helper (a service worker: it keeps a copy of the app for use without a connection) adds them from the next visit on.`;
}
