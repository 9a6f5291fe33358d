import { FRAMEWORK_DEFAULTS, type CompareConfig, type ConvActivation } from './sides/compare-api.ts';
import { DIGIT_COUNT, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { configProblems, LIMITS } from '../../nn/config-limits.ts';

/** Which network both sides train: the book's fully connected one (ch. 1) or a convolutional one (ch. 6). */
export type CompareKind = 'dense' | 'conv';

/** The compare view's settings as a person edits them (one hidden layer, as in the founding document). */
export interface CompareForm extends Omit<CompareConfig, 'layers' | 'model' | 'activation'> {
  kind: CompareKind;
  /** The fully connected network's hidden layer: the run trains [784, hiddenSize, 10]. */
  hiddenSize: number;
  /** The convolutional network's description, kept while the fully connected one is chosen. */
  model: string;
  /** The convolutional network's hidden activation. */
  activation: ConvActivation;
}

/**
 * The founding document's run: [784, 40, 10], eta 3, mini-batch 10, 30 epochs on all 50,000 images,
 * with the framework's defaults, so the first run shows the gap it reported.
 */
export const COMPARE_DEFAULT_FORM: CompareForm = {
  kind: 'dense',
  hiddenSize: 40,
  model: 'conv 20@5x5, pool 2, 100, 10',
  activation: 'relu',
  eta: 3,
  batchSize: 10,
  epochs: 30,
  trainSize: 50_000,
  seed: 2,
  framework: FRAMEWORK_DEFAULTS,
};

/**
 * What choosing a kind of network also sets: the book's learning rate for it (3 in ch. 1, 0.1 in
 * ch. 6: a softmax network steps too far with 3 and diverges) and, for a convolutional network, a
 * run short enough for TF.js's side, whose convolutions train some 20 to 50 times slower than ours.
 */
export const KIND_SETTINGS: Record<CompareKind, Pick<CompareForm, 'eta' | 'epochs' | 'trainSize'>> = {
  dense: { eta: COMPARE_DEFAULT_FORM.eta, epochs: COMPARE_DEFAULT_FORM.epochs, trainSize: COMPARE_DEFAULT_FORM.trainSize },
  conv: { eta: 0.1, epochs: 3, trainSize: 5_000 },
};

/** The training-set sizes offered: everything, or fewer for a quick look. */
export const COMPARE_TRAIN_SIZES = [50_000, 10_000, 5_000, 1_000] as const;

type CheckedField = Exclude<keyof CompareForm, 'framework' | 'kind' | 'activation'>;
/** A message per faulty field; empty when the form can run. */
export type CompareProblems = Partial<Record<CheckedField, string>>;

/** The run both workers receive. */
export const toCompareConfig = ({ kind, hiddenSize, model, activation, ...rest }: CompareForm): CompareConfig => ({
  ...rest,
  layers: [IMAGE_SIZE, hiddenSize, DIGIT_COUNT],
  ...(kind === 'conv' ? { model, activation } : {}),
  framework: { ...rest.framework },
});

/** Checks the form against the app's own limits (src/nn/config-limits.ts) and, for a description, the one parser. */
export function compareProblems(form: CompareForm): CompareProblems {
  const { layers, model, eta, batchSize, epochs, trainSize, seed } = configProblems(toCompareConfig(form));
  const { min, max } = LIMITS.hiddenSize;
  // The layers message speaks of several hidden layers; this form has one. Each kind is checked on its own field.
  const hiddenSize = form.kind === 'dense' && layers ? `hidden layer size must be a whole number from ${min} to ${max}, got ${String(form.hiddenSize)}` : undefined;
  const problems: CompareProblems = { hiddenSize, model, eta, batchSize, epochs, trainSize, seed };
  return Object.fromEntries(Object.entries(problems).filter(([, message]) => message)) as CompareProblems;
}
