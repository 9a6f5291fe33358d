import convnetjs, { type FullyConnLayer, type Layer, type Net } from 'convnetjs';
import { fillBatch, IMAGE_SIZE, type LabelledImages } from '../../../src/mnist/dataset.ts';
import type { Engine, Session } from '../engine.ts';
import type { Workload } from '../workload.ts';

const flat = (depth: number) => ({ in_sx: 1, in_sy: 1, in_depth: depth });

/**
 * The layers built by hand: makeLayers would put an extra linear fc layer before `regression`.
 * fc -> sigmoid per layer, then regression, whose loss 1/2 sum (a - y)^2 is Nielsen's quadratic cost.
 */
function buildNet(workload: Workload): { net: Net; fcs: FullyConnLayer[] } {
  const { layers } = workload.config;
  const net = new convnetjs.Net();
  const stack: Layer[] = [new convnetjs.InputLayer({ out_sx: 1, out_sy: 1, out_depth: layers[0] })];
  const fcs: FullyConnLayer[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const fc = new convnetjs.FullyConnLayer({ ...flat(layers[l]), num_neurons: layers[l + 1] });
    for (let j = 0; j < layers[l + 1]; j++) {
      fc.filters[j].w.set(workload.initial.weights[l].subarray(j * layers[l], (j + 1) * layers[l]));
    }
    fc.biases.w.set(workload.initial.biases[l]);
    fcs.push(fc);
    stack.push(fc, new convnetjs.SigmoidLayer(flat(layers[l + 1])));
  }
  stack.push(new convnetjs.RegressionLayer(flat(layers[layers.length - 1])));
  net.layers = stack;
  return { net, fcs };
}

/** ConvNetJS: one example at a time, gradients summed over batch_size examples, then an update. */
function startConvnet(workload: Workload, train: LabelledImages): Session {
  const { layers, batchSize, eta } = workload.config;
  const nOut = layers[layers.length - 1];
  const { net, fcs } = buildNet(workload);
  // Its trainer divides the summed gradient by batch_size: learning_rate is Nielsen's eta as it is.
  const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: eta, momentum: 0, batch_size: batchSize, l2_decay: 0 });
  const x = new convnetjs.Vol(1, 1, IMAGE_SIZE, 0);
  const y = new Float64Array(nOut);
  const inputs = new Float32Array(batchSize * IMAGE_SIZE);
  const labels = new Uint8Array(batchSize);
  return {
    step(start, count) {
      fillBatch(train, workload.order, start, count, inputs, labels);
      for (let b = 0; b < count; b++) {
        x.w.set(inputs.subarray(b * IMAGE_SIZE, (b + 1) * IMAGE_SIZE));
        y.fill(0);
        y[labels[b]] = 1;
        trainer.train(x, y);
      }
    },
    snapshot: () => ({
      weights: fcs.map((fc) => Float32Array.from(fc.filters.flatMap((f) => Array.from(f.w)))),
      biases: fcs.map((fc) => Float32Array.from(fc.biases.w)),
    }),
    dispose: () => {},
  };
}

/** ConvNetJS 0.3, plain JavaScript on Float64Array, momentum 0. */
export const CONVNETJS: Engine = {
  name: 'ConvNetJS',
  start: async (workload, train) => startConvnet(workload, train),
  describe: () => 'fc+sigmoid layers by hand, regression, sgd momentum 0',
};
