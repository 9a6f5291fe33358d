/** How a split engine takes a step: shared with its helper workers, or on its own thread. */
export type StepMode = 'shared' | 'alone';

/** Steps timed each way before choosing. */
const TIMED_STEPS = 96;
/** Steps after a switch that are not timed: a helper that slept wakes, caches refill. */
const SETTLING_STEPS = 8;
/**
 * Rounds of TIMED_STEPS the faster way then runs before both ways are timed again; doubled (up to
 * MAX_KEEP_ROUNDS) each time in a row that taking steps alone wins, since a shared step on busy
 * cores can be ten times slower and timing it costs that much.
 */
const KEEP_ROUNDS = 40;
const MAX_KEEP_ROUNDS = 640;

/**
 * Chooses, as training goes, whether the helpers take part in a step. Both ways give the same
 * weights bit for bit, so only speed decides: helpers help when a core is free for each of them
 * and cost time when the cores are busy with other work (their spinning and waking then stall
 * every step). It times a round of steps each way, keeps the faster for KEEP_ROUNDS rounds, then
 * times both again, so it follows the load of the machine.
 */
export interface ModeChooser {
  /** The way to take the next step. */
  next(): StepMode;
  /** A step of `examples` was taken the way next() said; `clock` gives the time in ms when asked. */
  took(examples: number, clock: () => number): void;
  /** Something other than steps ran (an evaluation, a pause): the round being timed starts over. */
  interrupt(): void;
  /** Examples per ms of the last timed round each way (0 before the first). */
  readonly speeds: Readonly<Record<StepMode, number>>;
  /** Fraction of the steps so far taken shared. */
  readonly sharedFraction: number;
}

/** A chooser that starts by timing the shared way. */
export function createModeChooser(): ModeChooser {
  const speeds: Record<StepMode, number> = { shared: 0, alone: 0 };
  let phase: 'time-shared' | 'time-alone' | 'keep' = 'time-shared';
  let kept: StepMode = 'shared';
  let keepRounds = KEEP_ROUNDS;
  let steps = 0;
  let examples = 0;
  let startedAt = 0;
  let sharedSteps = 0;
  let allSteps = 0;
  const mode = (): StepMode => (phase === 'time-shared' ? 'shared' : phase === 'time-alone' ? 'alone' : kept);

  const endTimedRound = (rate: number) => {
    if (phase === 'time-shared') {
      speeds.shared = rate;
      phase = 'time-alone';
    } else {
      speeds.alone = rate;
      const lostAgain = kept === 'alone' && speeds.shared <= speeds.alone;
      kept = speeds.shared > speeds.alone ? 'shared' : 'alone';
      keepRounds = lostAgain ? Math.min(MAX_KEEP_ROUNDS, 2 * keepRounds) : KEEP_ROUNDS;
      phase = 'keep';
    }
    steps = 0;
  };

  return {
    next: mode,
    took(count, clock) {
      allSteps++;
      if (mode() === 'shared') sharedSteps++;
      steps++;
      if (phase === 'keep') {
        if (steps >= keepRounds * TIMED_STEPS) {
          phase = 'time-shared';
          steps = 0;
        }
        return;
      }
      if (steps === SETTLING_STEPS) {
        startedAt = clock();
        examples = 0;
      } else if (steps > SETTLING_STEPS) {
        examples += count;
        if (steps === SETTLING_STEPS + TIMED_STEPS) {
          const ms = clock() - startedAt;
          endTimedRound(ms > 0 ? examples / ms : Infinity);
        }
      }
    },
    interrupt() {
      if (phase !== 'keep') steps = 0;
    },
    speeds,
    get sharedFraction() {
      return allSteps ? sharedSteps / allSteps : 0;
    },
  };
}

/** A chooser that always takes one way (for tests and measurements). */
export function fixedMode(mode: StepMode): ModeChooser {
  let steps = 0;
  return {
    next: () => mode,
    took: () => void steps++,
    interrupt: () => {},
    speeds: { shared: 0, alone: 0 },
    get sharedFraction() {
      return steps && mode === 'shared' ? 1 : 0;
    },
  };
}
