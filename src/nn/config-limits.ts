import { clip } from './excerpt.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../mnist/dataset.ts';
import { LR_SCHEDULES } from './lr-schedule.ts';
import { ACTIVATIONS, COSTS, INITS, TRAINING_DATA, type TrainConfig } from './types.ts';

import { LIMITS } from './limits.ts';
import { parseModel } from './conv/parse-model.ts';
import { messageOf } from '../errors/error-message.ts';

export { LIMITS };

/** The longest network description a config may carry (the book's deepest is under 50 characters). */
export const MAX_DESCRIPTION_LENGTH = 200;

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

/** What is wrong with `model`, a convolutional network's description, in one sentence; undefined when it is right. */
export function descriptionProblem(model: unknown): string | undefined {
  if (typeof model !== 'string') return 'the network description must be text, such as conv 20@5x5, pool 2, 100, 10';
  if (model.length > MAX_DESCRIPTION_LENGTH) return `the network description is longer than ${MAX_DESCRIPTION_LENGTH} characters`;
  try {
    // The one parser and its limits (MODEL_LIMITS), as the CLI reads --layers.
    const spec = parseModel(model);
    if (!spec.layers.some((l) => l.kind === 'conv')) return 'a convolutional network starts with a convolutional layer, such as conv 20@5x5; a fully connected one is set by its hidden layers';
  } catch (error) {
    return messageOf(error);
  }
  return undefined;
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
  if (config.model !== undefined) {
    const problem = descriptionProblem(config.model);
    if (problem) problems.model = problem;
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
