/** How a split engine takes a step: shared with its helper workers, or on its own thread. */
export type StepMode = 'shared' | 'alone';

/** Steps timed each way before choosing. */
const TIMED_STEPS = 96;
/** Steps after a switch that are not timed: a helper that slept wakes, caches refill. */
const SETTLING_STEPS = 8;
/**
 * Rounds of TIMED_STEPS the faster way runs before both are timed again: few at first (the
 * helpers' code and caches warm up over the first thousands of steps, which can make the first
 * verdicts wrong), doubling while the verdict stays the same, up to KEEP_SHARED_MAX while sharing
 * wins and KEEP_ALONE_MAX while taking steps alone does.
 */
const KEEP_ROUNDS_FIRST = 4;
const KEEP_SHARED_MAX = 40;
const KEEP_ALONE_MAX = 640;

/**
 * Chooses, as training goes, whether the helpers take part in a step. Both ways give the same
 * weights bit for bit, so only speed decides: helpers help when a core is free for each of them
 * and cost time when the cores are busy with other work (their spinning and waking then stall
 * every step). It times a round of steps alone, then a round shared (cut short once it has taken
 * longer than the lone round did, so a slow shared round costs at most that), keeps the faster for
 * a while, then times both again, so it follows the load of the machine.
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

/** A chooser that starts by timing both ways. */
export function createModeChooser(): ModeChooser {
  const speeds: Record<StepMode, number> = { shared: 0, alone: 0 };
  let phase: 'time-alone' | 'time-shared' | 'keep' = 'time-alone';
  let kept: StepMode | null = null;
  let keepRounds = KEEP_ROUNDS_FIRST;
  let steps = 0;
  let examples = 0;
  let startedAt = 0;
  let aloneMs = Infinity;
  let sharedSteps = 0;
  let allSteps = 0;
  const mode = (): StepMode => (phase === 'time-shared' ? 'shared' : phase === 'time-alone' ? 'alone' : kept!);

  const decide = () => {
    const verdict: StepMode = speeds.shared > speeds.alone ? 'shared' : 'alone';
    const max = verdict === 'shared' ? KEEP_SHARED_MAX : KEEP_ALONE_MAX;
    keepRounds = verdict === kept ? Math.min(max, 2 * keepRounds) : KEEP_ROUNDS_FIRST;
    kept = verdict;
    phase = 'keep';
  };
  const endTimedRound = (ms: number) => {
    const rate = ms > 0 ? examples / ms : Infinity;
    steps = 0;
    if (phase === 'time-alone') {
      speeds.alone = rate;
      aloneMs = ms;
      phase = 'time-shared';
    } else {
      speeds.shared = rate;
      decide();
    }
  };

  return {
    next: mode,
    took(count, clock) {
      allSteps++;
      if (mode() === 'shared') sharedSteps++;
      steps++;
      if (phase === 'keep') {
        if (steps >= keepRounds * TIMED_STEPS) {
          phase = 'time-alone';
          steps = 0;
        }
        return;
      }
      if (steps === SETTLING_STEPS) {
        startedAt = clock();
        examples = 0;
      } else if (steps > SETTLING_STEPS) {
        examples += count;
        const done = steps === SETTLING_STEPS + TIMED_STEPS;
        // A shared round already slower than the lone one has said enough.
        const ms = done || phase === 'time-shared' ? clock() - startedAt : 0;
        if (done || (phase === 'time-shared' && ms > aloneMs)) endTimedRound(ms);
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
