import { clip } from './excerpt.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../mnist/dataset.ts';
import { LR_SCHEDULES } from './lr-schedule.ts';
import { ACTIVATIONS, COSTS, INITS, TRAINING_DATA, type TrainConfig } from './types.ts';

/** The range the app offers for each numeric setting (the CLI accepts the same). */
export const LIMITS = {
  hiddenLayers: { min: 1, max: 3 },
  hiddenSize: { min: 10, max: 300 },
  eta: { min: 0.001, max: 10 },
  batchSize: { min: 1, max: 100 },
  epochs: { min: 1, max: 60 },
  lambda: { min: 0, max: 20 },
  trainSize: { min: 1_000, max: 50_000 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

type Problems = Partial<Record<keyof TrainConfig, string>>;

const inRange = (v: unknown, min: number, max: number, integer: boolean) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max && (!integer || Number.isInteger(v));

type NumericKey = keyof typeof LIMITS & keyof TrainConfig;

// Each numeric setting: whether it is a whole number, and its name in a message.
const NUMERIC: [NumericKey, boolean, string][] = [
  ['eta', false, 'learning rate'],
  ['batchSize', true, 'mini-batch size'],
  ['epochs', true, 'epochs'],
  ['lambda', false, 'L2 lambda'],
  ['trainSize', true, 'training-set size'],
  ['seed', true, 'seed'],
];

function numericProblem([key, integer, label]: [NumericKey, boolean, string], value: unknown): string | undefined {
  const { min, max } = LIMITS[key];
  if (inRange(value, min, max, integer)) return undefined;
  return `${label} must be ${integer ? 'a whole number ' : ''}from ${min} to ${max}, got ${clip(String(value))}`;
}

/** Throws when `eta` is outside LIMITS.eta, with configProblems' words: for a rate changed on its own (the slider, the guided path). */
export function checkLearningRate(eta: unknown): void {
  const problem = numericProblem(NUMERIC[0], eta);
  if (problem) throw new Error(problem);
}

/** Checks a config against the limits; returns a message per faulty field (empty when all is well). */
export function configProblems(config: Partial<Record<keyof TrainConfig, unknown>>): Problems {
  const problems: Problems = {};
  const { layers } = config;
  const hidden = Array.isArray(layers) ? layers.slice(1, -1) : [];
  if (
    !Array.isArray(layers) ||
    layers[0] !== IMAGE_SIZE ||
    layers[layers.length - 1] !== DIGIT_COUNT ||
    hidden.length < LIMITS.hiddenLayers.min ||
    hidden.length > LIMITS.hiddenLayers.max ||
    !hidden.every((n) => inRange(n, LIMITS.hiddenSize.min, LIMITS.hiddenSize.max, true))
  ) {
    problems.layers = `layers must be ${IMAGE_SIZE}, then 1 to 3 hidden layers of 10 to 300 neurons, then ${DIGIT_COUNT}`;
  }
  for (const setting of NUMERIC) {
    const problem = numericProblem(setting, config[setting[0]]);
    if (problem) problems[setting[0]] = problem;
  }
  if (!ACTIVATIONS.includes(config.activation as never)) problems.activation = `activation must be one of ${ACTIVATIONS.join(', ')}`;
  if (!COSTS.includes(config.cost as never)) problems.cost = `cost must be one of ${COSTS.join(', ')}`;
  if (!INITS.includes(config.init as never)) problems.init = `initialisation must be one of ${INITS.join(', ')}`;
  // The data options may be absent (older configs): they then take their defaults.
  if (config.trainingData !== undefined && !TRAINING_DATA.includes(config.trainingData as never)) problems.trainingData = `training data must be one of ${TRAINING_DATA.join(', ')}`;
  if (config.augment !== undefined && typeof config.augment !== 'boolean') problems.augment = 'augment must be true or false';
  if (config.lrSchedule !== undefined && !LR_SCHEDULES.includes(config.lrSchedule as never)) problems.lrSchedule = `learning-rate schedule must be one of ${LR_SCHEDULES.join(', ')}`;
  return problems;
}
