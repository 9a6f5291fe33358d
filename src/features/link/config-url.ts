import { configProblems } from '../../nn/config-limits.ts';
import type { TrainConfig } from '../../nn/types.ts';

/** Query parameter for each setting: short, readable, stable (links live on in chats and notes). */
const PARAMS: Record<keyof TrainConfig, string> = {
  layers: 'layers',
  activation: 'activation',
  cost: 'cost',
  init: 'init',
  eta: 'eta',
  batchSize: 'batch',
  epochs: 'epochs',
  lambda: 'lambda',
  trainSize: 'train',
  seed: 'seed',
  trainingData: 'data',
  augment: 'augment',
  lrSchedule: 'lr',
  model: 'model',
};

const TEXT_KEYS = new Set<keyof TrainConfig>(['activation', 'cost', 'init', 'trainingData', 'lrSchedule', 'model']);

/** The query string that reproduces a config: layers=784-100-10&activation=sigmoid&…&seed=2. */
export function configToSearch(config: TrainConfig): string {
  const params = new URLSearchParams();
  for (const [key, param] of Object.entries(PARAMS) as [keyof TrainConfig, string][]) {
    const value = config[key];
    // An option the config lacks (one from before it existed) stays out of the link.
    if (value === undefined) continue;
    params.set(param, Array.isArray(value) ? value.join('-') : String(value));
  }
  return params.toString();
}

function parseValue(key: keyof TrainConfig, raw: string): unknown {
  if (TEXT_KEYS.has(key)) return raw;
  if (key === 'augment') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (key === 'layers') return raw.split(/[-,\s]+/).map((n) => (n.trim() === '' ? NaN : Number(n)));
  return raw.trim() === '' ? NaN : Number(raw);
}

/** What a link holds: the config with its valid settings applied, and a sentence per setting ignored. */
export interface LinkConfig {
  config: TrainConfig;
  /** True when the link named any setting at all. */
  found: boolean;
  ignored: string[];
}

/**
 * Applies the settings a query string names to `base`, each checked against the app's limits: a
 * value out of range or unreadable is ignored (the base value stays) and said in `ignored`.
 */
export function configFromSearch(search: string, base: TrainConfig): LinkConfig {
  const params = new URLSearchParams(search);
  const config: TrainConfig = { ...base };
  const ignored: string[] = [];
  let found = false;
  for (const [key, param] of Object.entries(PARAMS) as [keyof TrainConfig, string][]) {
    const raw = params.get(param);
    if (raw === null) continue;
    found = true;
    const candidate = { ...config, [key]: parseValue(key, raw) };
    const problem = configProblems(candidate)[key];
    if (problem) ignored.push(`${param}=${raw.slice(0, 40)}: ${problem}`);
    else Object.assign(config, { [key]: candidate[key] });
  }
  // A link with layers and no description (every link before convolutional networks) is a fully connected network.
  if (params.has(PARAMS.layers) && !params.has(PARAMS.model)) delete config.model;
  return { config, found, ignored };
}
