import { sliceSet, type LabelledImages } from '../mnist/dataset.ts';
import { scheduledEta } from '../nn/lr-schedule.ts';
import type { TrainConfig } from '../nn/types.ts';
import { createEpochDataSource, drawnForAThird } from '../training-data/epoch-data.ts';
import type { ActiveRun } from './training-loop.ts';

// The CLI's salt (scripts/train/training-data-args.ts): the same seed gives the same epochs there and here.
const EPOCH_SEED_SALT = 0x68e31da4;

/** What a run trains on: the first epoch's set, and how to ready each later one. */
export interface RunData {
  first: LabelledImages;
  /** Examples per epoch. */
  count: number;
  /** ActiveRun.beforeEpoch: the next epoch's set (when it changes) and the learning rate the schedule gives it. */
  beforeEpoch(run: ActiveRun, epoch: number): void;
}

/**
 * The training data of a run, as `npm run train` drives it: the first trainSize MNIST images, plus
 * (with 'mnist+drawn') half as many renders of pen-drawn digits from `drawnPool`, each epoch's
 * set rebuilt (augmented afresh) when it changes, and eta from the schedule.
 */
export function planRunData(config: TrainConfig, mnistTrain: LabelledImages, drawnPool: LabelledImages | null): RunData {
  const mnist = sliceSet(mnistTrain, 0, Math.min(config.trainSize, mnistTrain.count));
  const pool = config.trainingData === 'mnist+drawn' ? drawnPool : null;
  const source = createEpochDataSource(mnist, pool, {
    drawnPerEpoch: drawnForAThird(mnist.count),
    augment: config.augment ?? false,
    seed: (config.seed ^ EPOCH_SEED_SALT) >>> 0,
  });
  return {
    first: source.build(0),
    count: source.count,
    beforeEpoch(run, epoch) {
      if (source.changesEachEpoch) run.engine.setTrainingData(source.build(epoch));
      // From the run's eta, which follows a change made during the run.
      run.engine.setLearningRate(scheduledEta(epoch, run.config.epochs, run.config.eta, config.lrSchedule ?? 'constant'));
    },
  };
}
