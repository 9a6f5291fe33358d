import type { RunStatus } from '../../../protocol/trainer-events.ts';
import { formatPercent } from '../../../ui/format.ts';
import type { Experiment } from './experiments.ts';

/** What a run of an experiment showed: its status and the test accuracy after each epoch. */
export interface ExperimentResult {
  status: RunStatus;
  epochs: number;
  /** Test accuracy (0 to 1) after each finished epoch. */
  accuracies: number[];
  /** Why the run ended early, as the trainer said it. */
  message: string | null;
}

const percent = (a: number) => formatPercent(a, 1);

/**
 * The result in words, for the path: each figure is the run's own (the accuracy on the 10,000
 * test images after each epoch), and the yardstick's result where the person ran it too.
 */
export function describeResult(experiment: Experiment, result: ExperimentResult, yardstick?: ExperimentResult): string {
  const { accuracies, status } = result;
  const byEpoch = accuracies.length ? `test accuracy after each epoch: ${accuracies.map(percent).join(', ')}` : 'no epoch finished yet';
  const compare =
    yardstick && yardstick !== result && yardstick.accuracies.length
      ? ` The book’s settings reached ${percent(yardstick.accuracies[yardstick.accuracies.length - 1])} after ${yardstick.accuracies.length} epoch${yardstick.accuracies.length === 1 ? '' : 's'}.`
      : '';
  if (status === 'training' || status === 'paused') return `Your run is going (epoch ${accuracies.length + 1} of ${result.epochs}): ${byEpoch}.`;
  if (status === 'diverged') return `Your run: the cost blew up and the run stopped itself${experiment.blewUp ? `: ${experiment.blewUp}` : ''}. Before that, ${byEpoch}.`;
  if (status === 'stopped') return `Your run stopped after ${accuracies.length} of ${result.epochs} epochs; ${byEpoch}.${compare}`;
  return `Your run: ${byEpoch}.${compare}`;
}
