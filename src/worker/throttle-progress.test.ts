import { describe, expect, it } from 'vitest';
import { throttleProgress } from './throttle-progress.ts';

/** A throttle of 100 ms on a clock the test moves, and the reports it passed ("phase loaded"). */
function throttled() {
  const clock = { now: 0 };
  const passed: string[] = [];
  const report = throttleProgress<{ phase: string; loaded: number; total: number }>((p) => passed.push(`${p.phase} ${p.loaded}`), 100, () => clock.now);
  return { clock, passed, report };
}

describe('throttleProgress', () => {
  it('passes one report per interval, and always a new phase and the end', () => {
    const { clock, passed, report } = throttled();
    for (let loaded = 1; loaded <= 10; loaded++) {
      clock.now += 30;
      report({ phase: 'download', loaded, total: 10 });
    }
    report({ phase: 'decode', loaded: 10, total: 10 });
    expect(passed).toEqual(['download 1', 'download 5', 'download 9', 'download 10', 'decode 10']);
  });

  it('passes the end once, then at most one report per interval while the count stays there', () => {
    const { clock, passed, report } = throttled();
    for (let chunk = 1; chunk <= 20; chunk++) {
      clock.now += 10;
      report({ phase: 'download', loaded: Math.min(chunk, 5), total: 5 });
    }
    expect(passed).toEqual(['download 1', 'download 5', 'download 5']);
  });
});
