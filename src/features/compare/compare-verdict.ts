import { MATCHED_TO_BOOK, type CompareConfig, type CompareSide, type FrameworkSettings, type SideEpoch } from './sides/compare-api.ts';
import type { SideState } from './compare-slice.ts';
import { formatPercent } from '../../ui/format.ts';
import { SIDE_NAMES } from './compare-state.ts';

/** Within this many points, the two sides count as the same mathematics (the bar). */
export const SAME_WITHIN_POINTS = 0.5;

/**
 * True when the framework side computes the book's mathematics. A convolutional network's
 * log-likelihood cost is reduced the same way on both sides, so there the cost toggle does not count.
 */
function isMatched({ framework, model }: Pick<CompareConfig, 'framework' | 'model'>): boolean {
  const fields = (Object.keys(MATCHED_TO_BOOK) as (keyof FrameworkSettings)[]).filter((key) => model === undefined || key !== 'costReduction');
  return fields.every((key) => framework[key] === MATCHED_TO_BOOK[key]);
}

/**
 * One line comparing the two sides' test accuracy after the last epoch both finished, and what to
 * try next; null before both have an epoch.
 */
export function compareVerdict(ours: SideEpoch[], framework: SideEpoch[], run: Pick<CompareConfig, 'framework' | 'model'>): string | null {
  const common = Math.min(ours.length, framework.length);
  if (common === 0) return null;
  const a = ours[common - 1].testAccuracy;
  const b = framework[common - 1].testAccuracy;
  const gap = Math.abs(a - b) * 100;
  const points = `${gap.toFixed(1)} points`;
  const head = `After epoch ${common}: ours ${formatPercent(a)}, TF.js ${formatPercent(b)}`;
  const matched = isMatched(run);
  if (gap <= SAME_WITHIN_POINTS) return `${head}: within ${points}${matched ? ', the same mathematics computed twice.' : ', even with the framework’s settings.'}`;
  const gapWords = a < b ? `TF.js ahead by ${points}` : `a gap of ${points}`;
  if (!matched) return `${head}: ${gapWords}. Choose “Matched to the book” and run again to close it.`;
  const rounding = `${head}: ${gapWords}, even with matched settings. The mathematics is the same, but the sums are rounded in another order`;
  // A convolutional network has no such plateau: its step agrees with ours to 6e-8 (framework-conv-net.test.ts), and
  // what rounding adds up to over a run shows in the run itself.
  if (run.model !== undefined) return `${rounding}, and over thousands of steps those tiny differences can add up.`;
  // Measured (results/compare-matched-*.txt): the same maths, rounded in another order, can leave the
  // early plateau near 83% some epochs apart; outside it the two stay within half a point.
  return `${rounding}, and that can decide in which epoch a network leaves its early plateau (near 83%): run on, and the two meet again.`;
}

const statusWords = (side: CompareSide, state: SideState): string => {
  switch (state.status) {
    case 'idle':
      return 'not started';
    case 'loading':
      return side === 'framework' ? 'loading MNIST and TF.js' : 'loading MNIST';
    case 'ready':
      return 'ready';
    case 'training':
      return 'training';
    case 'done':
      return 'done';
    case 'stopped':
      return 'stopped';
    case 'error':
      return `failed: ${state.message ?? 'unknown error'}`;
  }
};

/** What a side has done so far, in a sentence: its state, epochs and last test accuracy. */
export function sideSummary(side: CompareSide, state: SideState, totalEpochs: number | null): string {
  const last = state.epochs.at(-1);
  const epochs = last && totalEpochs ? `, epoch ${last.epoch} of ${totalEpochs}, test accuracy ${formatPercent(last.testAccuracy)}` : '';
  return `${SIDE_NAMES[side]}: ${statusWords(side, state)}${epochs}.`;
}
