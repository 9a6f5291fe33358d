import { expose, transfer } from 'comlink';
import type { MnistSplit } from '../mnist/dataset.ts';
import { createInspector } from './inspect-api.ts';
import { createLearnApi } from './learn-api.ts';
import { createWhyConvApi } from './why-conv-api.ts';
import { serializeModel, type ModelMetrics } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { createDrawnPool } from './drawn-data.ts';
import { holdLifeLock } from './life-lock.ts';
import { createTrainer } from './trainer.ts';
import { fetchMnistOffThread } from './loader/fetch-mnist-off-thread.ts';

let mnist: MnistSplit | null = null;
const trainer = createTrainer(
  async (onProgress) => (mnist = await fetchMnistOffThread(`${import.meta.env.BASE_URL}mnist/`, onProgress)),
  createDrawnPool(`${import.meta.env.BASE_URL}drawn-digits/pendigits-train.bin.gz`),
);
// The views inside the network read a copy of the weights and the test set the trainer loaded.
const inspector = createInspector(() => ({ net: trainer.copyModel(), test: mnist?.test ?? null }));
// The guided path explains the same weights, on a copy, so training can go on meanwhile.
const learnApi = createLearnApi(() => trainer.readModel());

/** The worker's API: the trainer, with large results transferred rather than copied. */
const api = {
  ...trainer,
  ...inspector,
  /** Answers at once: the page's heartbeat (a worker that stops answering is replaced). */
  ping: () => true,
  /** Holds a lock while this worker lives: the page learns of its end at once. */
  holdLifeLock,
  ...learnApi,
  ...createWhyConvApi(),
  /** The network's answer to a drawing and what its outputs are (sigmoid or softmax): one call per answer. */
  predictWithKind(image: Float32Array) {
    const probabilities = trainer.predict(image);
    // The model in use's, of either kind (the guided path's outputKind knows fully connected networks only).
    const answer = { probabilities, outputs: trainer.modelOutputKind() };
    return probabilities ? transfer(answer, [probabilities.buffer]) : answer;
  },
  /** The current model as model-file JSON, with the config and metrics the page knows it by; null before there is one. */
  exportModel(config?: Partial<TrainConfig>, metrics?: ModelMetrics): string | null {
    const net = trainer.readAnyModel();
    return net ? serializeModel(net, config, metrics) : null;
  },
  getWeights() {
    const net = trainer.getWeights();
    return net ? transfer(net, [...net.weights, ...net.biases].map((a) => a.buffer)) : null;
  },
};

/** The one type both sides share: the page wraps the worker as a Remote<TrainerApi>. */
export type TrainerApi = typeof api;

expose(api);
