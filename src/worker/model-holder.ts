import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { createScratch, type Scratch } from '../nn/batch.ts';
import { predict } from '../nn/evaluate.ts';
import { cloneNetwork, type Network } from '../nn/network.ts';
import type { TrainConfig } from '../nn/types.ts';

/** The worker's model: the network in use, what it was trained with, and the answers it gives. */
export function createModelHolder() {
  let net: Network | null = null;
  /** One image's scratch for the network in use. */
  let predictScratch: Scratch | null = null;
  /** The config the network was trained with, as far as it is known: fine-tuning takes its learning rate. */
  let trainedWith: Partial<TrainConfig> | null = null;

  return {
    /** Makes `next` the network in use, trained with `config` as far as it is known. */
    adopt(next: Network, config: Partial<TrainConfig> | null): void {
      net = next;
      trainedWith = config;
      predictScratch = createScratch(next.layers, 1);
    },

    /** The network in use (the training session changes it in place); null before there is one. */
    current: (): Network | null => net,

    trainedWith: () => trainedWith,

    /** The output probabilities for a 28x28 image (784 values in [0, 1]); null without a usable network. */
    predict(image: Float32Array): Float32Array | null {
      if (!net || !predictScratch || image.length !== IMAGE_SIZE) return null;
      const probabilities = predict(net, image, predictScratch);
      return probabilities.every(Number.isFinite) ? probabilities : null;
    },

    /** The digit the network reads in each of the IMAGE_SIZE-value images packed in `images`; null where it gives no usable answer. */
    readImages(images: Float32Array): (number | null)[] {
      const count = Math.floor(images.length / IMAGE_SIZE);
      return Array.from({ length: count }, (_, i) => {
        const probabilities = net && predictScratch ? predict(net, images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE), predictScratch) : null;
        if (!probabilities?.every(Number.isFinite)) return null;
        return probabilities.indexOf(Math.max(...probabilities));
      });
    },

    /** A copy of the current weights, for views of the network; null before there is one. */
    getWeights(): Network | null {
      return net ? cloneNetwork(net) : null;
    },

    /** The model in use itself, not a copy: for readers in this worker that do not change it (the guided path). */
    readModel(): Network | null {
      return net;
    },
  };
}
