/** How the learning rate changes over a run: constant, or a step down for the last part of the run. */
export const LR_SCHEDULES = ['constant', 'step-decay'] as const;
export type LrSchedule = (typeof LR_SCHEDULES)[number];

/** Step decay: eta is multiplied by FACTOR from the epoch at FROM (a fraction of the run) on. */
export const STEP_DECAY = { factor: 0.1, from: 0.8 } as const;

/**
 * The learning rate for an epoch (0-based) of a run of `epochs` epochs. With step decay, the last
 * 20% of the epochs (at least one, when the run has two or more) use eta / 10: large steps find a
 * good region early, small ones then settle in it instead of bouncing around its floor.
 */
export function scheduledEta(epoch: number, epochs: number, eta: number, schedule: LrSchedule): number {
  if (schedule === 'constant' || epochs < 2) return eta;
  const decayStart = Math.min(epochs - 1, Math.round(STEP_DECAY.from * epochs));
  return epoch >= decayStart ? eta * STEP_DECAY.factor : eta;
}
