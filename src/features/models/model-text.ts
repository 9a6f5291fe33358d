import type { ModelMetrics } from '../../nn/serialize.ts';
import type { TrainConfig } from '../../nn/types.ts';
import { formatCount, formatNumber } from '../../ui/format.ts';

/** The settings a model was trained with, as far as they are known: "sigmoid, cross-entropy, η 0.5, mini-batch 10, λ 5, seed 1". */
export function describeSettings(config: Partial<TrainConfig> | undefined): string {
  if (!config) return 'settings unknown';
  const parts = [
    config.activation,
    config.cost && `${config.cost} cost`,
    config.eta !== undefined && `η ${formatNumber(config.eta)}`,
    config.batchSize !== undefined && `mini-batch ${config.batchSize}`,
    config.lambda !== undefined && `λ ${formatNumber(config.lambda)}`,
    config.trainSize !== undefined && `${formatCount(config.trainSize)} images`,
    config.seed !== undefined && `seed ${config.seed}`,
  ];
  return parts.filter(Boolean).join(', ') || 'settings unknown';
}

/** What a model file says it was trained on: "MNIST + pen-drawn digits". */
export function describeTrainingData(metrics: ModelMetrics | undefined): string {
  const data = typeof metrics?.trainingData === 'string' ? metrics.trainingData : 'mnist';
  return /drawn/.test(data) ? 'MNIST + pen-drawn digits' : 'MNIST';
}

let dateFormat: Intl.DateTimeFormat | undefined;
/** A save's date: "26 Nov 2025, 14:03", with one formatter for the page's life, made when first needed (toLocaleString makes one per call, each costing a slow phone tens of milliseconds). */
export const formatDate = (ms: number) => (dateFormat ??= new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })).format(ms);
