// A new worker numbers its models from 1 again: its numbers continue from the last one this page
// saw, so the store's versions only grow and no view takes a new model for one it already showed.
let versionBase = 0;

/** A new worker: its versions continue from `lastSeen`, the store's version when it connected. */
export function continueVersionsFrom(lastSeen: number): void {
  versionBase = lastSeen;
}

/** The page's number for a version the current worker gave. */
export const pageVersion = (workerVersion: number) => versionBase + workerVersion;
