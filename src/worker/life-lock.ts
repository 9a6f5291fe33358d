/**
 * Holds the Web Lock `name` for as long as this worker lives, and settles once it is held. The
 * browser releases a lock when its holder ends, however it ends (closed, terminated, crashed), so
 * the page that asks for the same lock is told at once (worker-supervisor.ts). Without Web Locks
 * it settles at once and holds nothing: the page's heartbeat still watches.
 */
export function holdLifeLock(name: string): Promise<void> {
  return new Promise((held) => {
    if (!('locks' in navigator)) return held();
    void navigator.locks.request(name, () => {
      held();
      return new Promise<never>(() => {});
    });
  });
}
