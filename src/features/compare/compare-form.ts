import { FRAMEWORK_DEFAULTS, type CompareConfig } from './sides/compare-api.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { configProblems, LIMITS } from '../../nn/config-limits.ts';

/** The compare view's settings as a person edits them (one hidden layer, as in the founding document). */
export interface CompareForm extends Omit<CompareConfig, 'layers'> {
  /** The hidden layer's size: the run trains [784, hiddenSize, 10]. */
  hiddenSize: number;
}

/**
 * The founding document's run: [784, 40, 10], eta 3, mini-batch 10, 30 epochs on all 50,000 images,
 * with the framework's defaults, so the first run shows the gap it reported.
 */
export const COMPARE_DEFAULT_FORM: CompareForm = {
  hiddenSize: 40,
  eta: 3,
  batchSize: 10,
  epochs: 30,
  trainSize: 50_000,
  seed: 2,
  framework: FRAMEWORK_DEFAULTS,
};

/** The training-set sizes offered: everything, or fewer for a quick look. */
export const COMPARE_TRAIN_SIZES = [50_000, 10_000, 5_000, 1_000] as const;

type NumericField = Exclude<keyof CompareForm, 'framework'>;
/** A message per faulty field; empty when the form can run. */
export type CompareProblems = Partial<Record<NumericField, string>>;

/** The run both workers receive. */
export const toCompareConfig = ({ hiddenSize, ...rest }: CompareForm): CompareConfig => ({
  ...rest,
  layers: [IMAGE_SIZE, hiddenSize, DIGIT_COUNT],
  framework: { ...rest.framework },
});

/** Checks the form against the app's own limits (src/nn/config-limits.ts). */
export function compareProblems(form: CompareForm): CompareProblems {
  const { layers, eta, batchSize, epochs, trainSize, seed } = configProblems(toCompareConfig(form));
  const { min, max } = LIMITS.hiddenSize;
  // The layers message speaks of several hidden layers; this form has one.
  const hiddenSize = layers && `hidden layer size must be a whole number from ${min} to ${max}, got ${String(form.hiddenSize)}`;
  const problems: CompareProblems = { hiddenSize, eta, batchSize, epochs, trainSize, seed };
  return Object.fromEntries(Object.entries(problems).filter(([, message]) => message)) as CompareProblems;
}
