// Apart from config-limits.ts, which checks a whole config with the description's parser
// (conv/parse-model.ts): the parser's own limits build on these, and a cycle would leave them undefined.
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
