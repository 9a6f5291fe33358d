import { expose, transfer } from 'comlink';
import { fetchMnist } from '../mnist/fetch-mnist.ts';
import { createTrainer } from './trainer.ts';

const trainer = createTrainer((onProgress) => fetchMnist(`${import.meta.env.BASE_URL}mnist/`, onProgress));

/** The worker's API: the trainer, with large results transferred rather than copied. */
const api = {
  ...trainer,
  predict(image: Float32Array) {
    const probabilities = trainer.predict(image);
    return probabilities ? transfer(probabilities, [probabilities.buffer]) : null;
  },
  getWeights() {
    const net = trainer.getWeights();
    return net ? transfer(net, [...net.weights, ...net.biases].map((a) => a.buffer)) : null;
  },
};

/** The one type both sides share: the page wraps the worker as a Remote<TrainerApi>. */
export type TrainerApi = typeof api;

expose(api);
