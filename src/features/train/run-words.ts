import type { TrainConfig } from '../../nn/types.ts';
import { matchingPreset } from './presets.ts';
import { formatCount } from '../../ui/format.ts';

/** The network a config trains, in words a newcomer reads: its preset's name, or its hidden layers. */
export function networkInWords(config: TrainConfig): string {
  const preset = matchingPreset(config);
  if (preset) return preset.name;
  if (config.model !== undefined) return `your own convolutional network: ${config.model}`;
  const hidden = config.layers.slice(1, -1);
  if (hidden.length === 1) return `your own network: ${hidden[0]} hidden neurons`;
  return `your own network: hidden layers of ${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1)} neurons`;
}

/** "30 hidden neurons, the book’s first network, 30 passes over 50,000 training images". */
export function runInWords(config: TrainConfig): string {
  const passes = config.epochs === 1 ? 'one pass' : `${config.epochs} passes`;
  return `${networkInWords(config)}, ${passes} over ${formatCount(config.trainSize)} training images`;
}
