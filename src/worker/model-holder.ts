import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { answererOf, isConvNetwork, outputKindOf, type AnyNetwork } from '../nn/conv/any-network.ts';
import { cloneConvNetwork } from '../nn/conv/conv-network.ts';
import { cloneNetwork, type Network } from '../nn/network.ts';
import type { TrainConfig } from '../nn/types.ts';

/** The worker's model: the network in use, what it was trained with, and the answers it gives. */
export function createModelHolder() {
  let net: AnyNetwork | null = null;
  /** The answer of the network in use to one image, with its one-image scratch. */
  let answer: ((image: Float32Array) => Float32Array) | null = null;
  /** The config the network was trained with, as far as it is known: fine-tuning takes its learning rate. */
  let trainedWith: Partial<TrainConfig> | null = null;

  return {
    /** Makes `next` the network in use, trained with `config` as far as it is known. */
    adopt(next: AnyNetwork, config: Partial<TrainConfig> | null): void {
      net = next;
      trainedWith = config;
      answer = answererOf(next);
    },

    /** The network in use, of either kind (the training session changes it in place); null before there is one. */
    current: (): AnyNetwork | null => net,

    trainedWith: () => trainedWith,

    /** The output probabilities for a 28x28 image (784 values in [0, 1]); null without a usable network. */
    predict(image: Float32Array): Float32Array | null {
      if (!answer || image.length !== IMAGE_SIZE) return null;
      const probabilities = answer(image);
      return probabilities.every(Number.isFinite) ? probabilities : null;
    },

    /** The digit the network reads in each of the IMAGE_SIZE-value images packed in `images`; null where it gives no usable answer. */
    readImages(images: Float32Array): (number | null)[] {
      const count = Math.floor(images.length / IMAGE_SIZE);
      return Array.from({ length: count }, (_, i) => {
        const probabilities = answer ? answer(images.subarray(i * IMAGE_SIZE, (i + 1) * IMAGE_SIZE)) : null;
        if (!probabilities?.every(Number.isFinite)) return null;
        return probabilities.indexOf(Math.max(...probabilities));
      });
    },

    /** A copy of the current weights, for the views of a fully connected network; null before there is one or for a convolutional one. */
    getWeights(): Network | null {
      return net && !isConvNetwork(net) ? cloneNetwork(net) : null;
    },

    /** A copy of the model in use, of either kind, for views that read it while training goes on; null before there is one. */
    copyModel(): AnyNetwork | null {
      if (!net) return null;
      return isConvNetwork(net) ? cloneConvNetwork(net) : cloneNetwork(net);
    },

    /** The fully connected model in use itself, not a copy: for readers in this worker that do not change it (the guided path); null for a convolutional one. */
    readModel(): Network | null {
      return net && !isConvNetwork(net) ? net : null;
    },

    /** What the outputs of the model in use are (softmax or sigmoid), of either kind; null before there is one. */
    modelOutputKind: () => (net ? outputKindOf(net) : null),

    /** The model in use itself, of either kind: for the model file the page exports. */
    readAnyModel: (): AnyNetwork | null => net,
  };
}
