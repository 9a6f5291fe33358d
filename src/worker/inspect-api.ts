import { transfer } from 'comlink';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { isConvNetwork, type AnyNetwork } from '../nn/conv/any-network.ts';
import { convLook, lookBuffers, type ConvLook } from './inspect-conv.ts';
import { featureImages, type FeatureImages } from './inspect-features.ts';
import { answerAll, errorReport, listExamples, type Answers, type ErrorReport, type ExampleList } from './inspect-errors.ts';
import { traceView, type NeuronRef, type TraceView } from './inspect-trace.ts';

/** What the inspect views need from the trainer: a copy of its network, of either kind (so training can go on meanwhile), and the test set. */
export type Inspectable = () => { net: AnyNetwork | null; test: LabelledImages | null };

/** How many misclassified test digits the error report carries. */
export const MISTAKES_SHOWN = 48;
/** How many examples a confusion-matrix cell lists. */
export const CELL_EXAMPLES_SHOWN = 48;

const withImages = (list: ExampleList) => transfer(list, [list.images.buffer]);

/** The worker methods behind the "look inside" views; results cross to the page transferred, not copied. */
export function createInspector(inspectable: Inspectable) {
  let answers: Answers | null = null;
  let generation = 0;

  return {
    /** Activations and zs of every layer for a 28x28 image, and the selected neuron's details; null without a fully connected network. */
    trace(image: Float32Array, selected: NeuronRef | null): TraceView | null {
      const { net } = inspectable();
      if (!net || isConvNetwork(net) || image.length !== IMAGE_SIZE) return null;
      const view = traceView(net, image, selected);
      const buffers = [...view.activations, ...view.zs, view.why.gradient, view.why.values].map((a) => a.buffer);
      if (view.neuron) buffers.push(view.neuron.incoming.buffer);
      return transfer(view, buffers);
    },

    /** A convolutional network's outputs, layer by layer, for a 28x28 image, with its filters; null without one. */
    convLook(image: Float32Array): ConvLook | null {
      const { net } = inspectable();
      const look = net && isConvNetwork(net) ? convLook(net, image) : null;
      return look ? transfer(look, lookBuffers(look)) : null;
    },

    /** The first hidden layer's weights as signed bytes, one 28x28 image per neuron; null without a fully connected network. */
    featureImages(): FeatureImages | null {
      const { net } = inspectable();
      if (!net || isConvNetwork(net)) return null;
      const images = featureImages(net);
      return transfer(images, [images.bytes.buffer, images.maxAbs.buffer]);
    },

    /**
     * Runs the network (of either kind) over the whole test set (in chunks, so other calls are answered meanwhile)
     * and reports where it errs. A newer request supersedes an older one, which then returns null.
     */
    async analyseTestSet(): Promise<ErrorReport | null> {
      const { net, test } = inspectable();
      if (!test) throw new Error('MNIST is not loaded yet');
      if (!net) return null;
      const mine = ++generation;
      // `net` is a copy: training goes on between chunks and must not change the weights mid-analysis.
      const result = await answerAll(net, test, () => mine !== generation);
      if (!result) return null;
      answers = result;
      const report = errorReport(result, MISTAKES_SHOWN);
      return transfer(report, [report.mistakes.images.buffer]);
    },

    /** The examples of one confusion-matrix cell from the last analysis, most confident first. */
    cellExamples(label: number, predicted: number): ExampleList | null {
      if (!answers) return null;
      return withImages(listExamples(answers, label, predicted, CELL_EXAMPLES_SHOWN));
    },
  };
}
