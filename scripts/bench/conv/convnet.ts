import convnetjs, { type Layer, type WeightedLayer } from 'convnetjs';
import { cloneConvNetwork, type ConvNetwork } from '../../../src/nn/conv/conv-network.ts';
import { layerShapes } from '../../../src/nn/conv/model-spec.ts';
import { fillBatch, IMAGE_SIDE, IMAGE_SIZE, type LabelledImages } from '../../../src/mnist/dataset.ts';
import { channelsLast } from '../../../src/features/compare/sides/tf-conv-model.ts';
import type { ConvBenchEngine, ConvSession, ConvWorkload } from './workload.ts';

/**
 * Copies our layer's weights into a ConvNetJS conv or fc layer, or back: both keep one Vol per
 * map or neuron, channels-last ((y * sx + x) * depth + ch), so only the order inside a filter differs.
 */
function copyFilters(layer: WeightedLayer, w: Float32Array, b: Float32Array, depth: number, side: number, intoTheirs: boolean): void {
  const per = depth * side * side;
  layer.filters.forEach((f, o) => {
    for (let ch = 0; ch < depth; ch++) for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
      const ours = o * per + (ch * side + y) * side + x;
      const theirs = channelsLast(depth, side, ch, y, x);
      if (intoTheirs) f.w[theirs] = w[ours];
      else w[ours] = f.w[theirs];
    }
  });
  if (intoTheirs) layer.biases.w.set(b);
  else b.set(layer.biases.w);
}

/** ConvNetJS 0.3: one example at a time on Float64Array, gradients summed over batch_size, then an SGD update. */
function startConvnet(workload: ConvWorkload, train: LabelledImages): ConvSession {
  const { initial, batchSize, eta } = workload;
  const shapes = layerShapes(initial.spec);
  const last = shapes.length - 1;
  const stack: Layer[] = [new convnetjs.InputLayer({ out_sx: IMAGE_SIDE, out_sy: IMAGE_SIDE, out_depth: 1 })];
  const weighted: (WeightedLayer | undefined)[] = [];
  const Activation = initial.activation === 'relu' ? convnetjs.ReluLayer : initial.activation === 'tanh' ? convnetjs.TanhLayer : convnetjs.SigmoidLayer;
  shapes.forEach((s, l) => {
    const into = { in_sx: s.input.side, in_sy: s.input.side, in_depth: s.input.depth };
    const out = { in_sx: s.output.side, in_sy: s.output.side, in_depth: s.output.depth };
    if (s.layer.kind === 'pool') {
      stack.push(new convnetjs.PoolLayer({ ...into, sx: s.layer.size, stride: s.layer.size }));
      weighted.push(undefined);
      return;
    }
    const layer = s.layer.kind === 'conv'
      ? new convnetjs.ConvLayer({ ...into, sx: s.layer.kernel, filters: s.layer.maps, stride: 1, pad: 0 })
      : new convnetjs.FullyConnLayer({ ...into, num_neurons: s.layer.size });
    const side = s.layer.kind === 'conv' ? s.layer.kernel : s.input.side;
    copyFilters(layer, initial.weights[l], initial.biases[l], s.input.depth, side, true);
    weighted.push(layer);
    stack.push(layer, l === last ? new convnetjs.SoftmaxLayer(out) : new Activation(out));
  });
  const net = new convnetjs.Net();
  net.layers = stack;
  // Its trainer divides the summed gradient by batch_size: learning_rate is our eta as it is.
  const trainer = new convnetjs.Trainer(net, { method: 'sgd', learning_rate: eta, momentum: 0, batch_size: batchSize, l2_decay: 0 });
  const x = new convnetjs.Vol(IMAGE_SIDE, IMAGE_SIDE, 1, 0);
  const inputs = new Float32Array(batchSize * IMAGE_SIZE);
  const labels = new Uint8Array(batchSize);
  return {
    step(start, count) {
      fillBatch(train, workload.order, start, count, inputs, labels);
      for (let b = 0; b < count; b++) {
        x.w.set(inputs.subarray(b * IMAGE_SIZE, (b + 1) * IMAGE_SIZE));
        trainer.train(x, labels[b]);
      }
    },
    snapshot(): ConvNetwork {
      const copy = cloneConvNetwork(initial);
      shapes.forEach((s, l) => {
        const layer = weighted[l];
        if (!layer) return;
        const side = s.layer.kind === 'conv' ? s.layer.kernel : s.input.side;
        copyFilters(layer, copy.weights[l], copy.biases[l], s.input.depth, side, false);
      });
      return copy;
    },
    dispose: () => {},
  };
}

export const CONVNETJS: ConvBenchEngine = {
  name: 'ConvNetJS',
  start: async (workload, train) => startConvnet(workload, train),
  describe: () => 'ConvNetJS 0.3 (JavaScript, Float64Array, one example at a time)',
};
