import { describe, expect, it } from 'vitest';
import { createModeChooser, type ModeChooser, type StepMode } from './mode-chooser.ts';

/** Takes `steps` steps of 10 examples, each lasting what `msPerStep` says for its way; returns the ways taken. */
function drive(chooser: ModeChooser, steps: number, msPerStep: Record<StepMode, number>, clock = { now: 0 }): StepMode[] {
  const taken: StepMode[] = [];
  for (let s = 0; s < steps; s++) {
    const mode = chooser.next();
    clock.now += msPerStep[mode];
    chooser.took(10, () => clock.now);
    taken.push(mode);
  }
  return taken;
}

const count = (taken: StepMode[], mode: StepMode) => taken.filter((m) => m === mode).length;

describe('choosing whether helpers share a step', () => {
  it('keeps sharing when shared steps are faster, timing the other way now and then', () => {
    const chooser = createModeChooser();
    const taken = drive(chooser, 20_000, { shared: 0.02, alone: 0.03 });
    expect(chooser.speeds.shared).toBeCloseTo(500, 6);
    expect(chooser.speeds.alone).toBeCloseTo(333.33, 1);
    expect(count(taken, 'shared') / taken.length).toBeGreaterThan(0.95);
    expect(count(taken, 'alone')).toBeGreaterThan(0);
  });

  it('stops sharing when shared steps are slower, and times them ever more rarely', () => {
    const chooser = createModeChooser();
    const first = drive(chooser, 20_000, { shared: 0.5, alone: 0.03 });
    const later = drive(chooser, 100_000, { shared: 0.5, alone: 0.03 });
    expect(count(first, 'alone') / first.length).toBeGreaterThan(0.9);
    // Timing rounds cost 104 shared steps each; backing off makes them rarer as alone keeps winning.
    expect(count(later, 'shared') / later.length).toBeLessThan(count(first, 'shared') / first.length);
    expect(chooser.sharedFraction).toBeLessThan(0.05);
  });

  it('follows the machine: sharing again once the cores are free', () => {
    const chooser = createModeChooser();
    drive(chooser, 10_000, { shared: 0.5, alone: 0.03 });
    const taken = drive(chooser, 200_000, { shared: 0.02, alone: 0.03 });
    expect(count(taken.slice(-50_000), 'shared') / 50_000).toBeGreaterThan(0.95);
  });

  it('starts a timing round over after an interruption, so an evaluation is not counted as steps', () => {
    const chooser = createModeChooser();
    const clock = { now: 0 };
    drive(chooser, 50, { shared: 0.02, alone: 0.03 }, clock);
    chooser.interrupt();
    clock.now += 1000; // an evaluation
    drive(chooser, 104, { shared: 0.02, alone: 0.03 }, clock);
    expect(chooser.speeds.alone).toBeCloseTo(333.33, 1);
  });

  it('cuts a shared round short once it is slower than the lone one, so timing it costs little', () => {
    const chooser = createModeChooser();
    const taken = drive(chooser, 104 + 40, { shared: 0.5, alone: 0.03 });
    // 104 steps timed alone, then 8 settling and 6 timed shared steps (6 x 0.5 ms > 96 x 0.03 ms).
    expect(count(taken, 'shared')).toBe(14);
    expect(taken.slice(104 + 14).every((m) => m === 'alone')).toBe(true);
  });
});
