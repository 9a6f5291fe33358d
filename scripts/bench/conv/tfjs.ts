import * as tf from '@tensorflow/tfjs-core';
import { cloneConvNetwork, type ConvNetwork } from '../../../src/nn/conv/conv-network.ts';
import { layerShapes, type LayerShape } from '../../../src/nn/conv/model-spec.ts';
import { fillBatch, IMAGE_SIDE, type LabelledImages } from '../../../src/mnist/dataset.ts';
import { startTfInNode } from '../../compare/tf-node.ts';
import { channelsLast, type ConvBenchEngine, type ConvSession, type ConvWorkload } from './workload.ts';

/**
 * Our layer l's weights in TF.js's layout, or back (`toTf` false): conv [k][c][kh][kh] is
 * [kh][kh][c][k] there; a dense layer's [out][in] is [in][out], with `in` channels-last (NHWC)
 * when its input is a stack of maps.
 */
function convertWeights(s: LayerShape, w: Float32Array, toTf: boolean): Float32Array {
  const out = new Float32Array(w.length);
  const { depth, side } = s.input;
  if (s.layer.kind === 'conv') {
    const { maps, kernel } = s.layer;
    for (let m = 0; m < maps; m++) for (let ch = 0; ch < depth; ch++) for (let i = 0; i < kernel; i++) for (let j = 0; j < kernel; j++) {
      const ours = ((m * depth + ch) * kernel + i) * kernel + j;
      const theirs = ((i * kernel + j) * depth + ch) * maps + m;
      if (toTf) out[theirs] = w[ours];
      else out[ours] = w[theirs];
    }
  } else {
    const n = s.layer.kind === 'dense' ? s.layer.size : 0;
    for (let o = 0; o < n; o++) for (let ch = 0; ch < depth; ch++) for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
      const ours = o * depth * side * side + (ch * side + y) * side + x;
      const theirs = channelsLast(depth, side, ch, y, x) * n + o;
      if (toTf) out[theirs] = w[ours];
      else out[ours] = w[theirs];
    }
  }
  return out;
}

/**
 * conv2d with its filter gradient written as conv2d too, for the wasm backend, which has no
 * Conv2DBackpropFilter kernel: dW[i][j][c][k] = sum over b, y, x of x[b][y + i][x + j][c] dy[b][y][x][k]
 * is a 'valid' conv2d of x with the batch as its channels ([c][h][w][b]) by dy as the filter
 * ([oh][ow][b][k]). The input gradient is conv2dTranspose (Conv2DBackpropInput, which wasm has);
 * the first layer's, which nobody needs, is left at 0.
 */
function wasmConv(x: tf.Tensor4D, w: tf.Tensor4D, first: boolean): tf.Tensor4D {
  const conv = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [x0, w0, save] = args as [tf.Tensor4D, tf.Tensor4D, tf.GradSaveFunc];
    // The gradient gets the tensors it saved: the ones closed over may be disposed by then.
    save([x0, w0]);
    return {
      value: tf.conv2d(x0, w0, 1, 'valid'),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [input, filter] = saved as [tf.Tensor4D, tf.Tensor4D];
        const dw = tf.transpose(tf.conv2d(tf.transpose(input, [3, 1, 2, 0]), tf.transpose(dy, [1, 2, 0, 3]) as tf.Tensor4D, 1, 'valid'), [1, 2, 0, 3]);
        const dx = first ? tf.zerosLike(input) : tf.conv2dTranspose(dy as tf.Tensor4D, filter, input.shape, 1, 'valid');
        return [dx, dw];
      },
    };
  });
  return conv(x, w) as tf.Tensor4D;
}

/** The conv network in TF.js's core API, trained with optimizer.minimize (the leanest way to train in TF.js). */
function startTf(workload: ConvWorkload, train: LabelledImages, filterGradByConv: boolean): ConvSession {
  const { initial, batchSize } = workload;
  const shapes = layerShapes(initial.spec);
  const last = shapes.length - 1;
  const vars = shapes.map((s, l) => {
    if (s.layer.kind === 'pool') return undefined;
    const shape = s.layer.kind === 'conv' ? [s.layer.kernel, s.layer.kernel, s.input.depth, s.layer.maps] : [s.weights / s.biases, s.biases];
    return { w: tf.variable(tf.tensor(convertWeights(s, initial.weights[l], true), shape)), b: tf.variable(tf.tensor1d(initial.biases[l])) };
  });
  const activate = (x: tf.Tensor) => (initial.activation === 'relu' ? tf.relu(x) : initial.activation === 'tanh' ? tf.tanh(x) : tf.sigmoid(x));
  const logits = (input: tf.Tensor4D): tf.Tensor2D => {
    let x: tf.Tensor = input;
    shapes.forEach((s, l) => {
      const v = vars[l];
      if (s.layer.kind === 'conv' && v) {
        const z = filterGradByConv ? wasmConv(x as tf.Tensor4D, v.w as tf.Tensor4D, l === 0) : tf.conv2d(x as tf.Tensor4D, v.w as tf.Tensor4D, 1, 'valid');
        x = activate(tf.add(z, v.b));
      }
      else if (s.layer.kind === 'pool') x = tf.maxPool(x as tf.Tensor4D, s.layer.size, s.layer.size, 'valid');
      else if (v) {
        const z = tf.add(tf.matMul(tf.reshape(x, [x.shape[0], -1]), v.w as tf.Tensor2D), v.b);
        x = l === last ? z : activate(z);
      }
    });
    return x as tf.Tensor2D;
  };
  // softmaxCrossEntropy averages over the batch, as eta / batch size does in our SGD step.
  const optimizer = tf.train.sgd(workload.eta);
  const inputs = new Float32Array(batchSize * IMAGE_SIDE * IMAGE_SIDE);
  const labels = new Uint8Array(batchSize);
  const trainable = vars.flatMap((v) => (v ? [v.w, v.b] : []));
  return {
    step(start, count) {
      fillBatch(train, workload.order, start, count, inputs, labels);
      tf.tidy(() => {
        const x = tf.tensor4d(inputs.subarray(0, count * IMAGE_SIDE * IMAGE_SIDE), [count, IMAGE_SIDE, IMAGE_SIDE, 1]);
        const y = tf.oneHot(tf.tensor1d(labels.subarray(0, count), 'int32'), 10);
        optimizer.minimize(() => tf.losses.softmaxCrossEntropy(y, logits(x)) as tf.Scalar, false, trainable);
      });
    },
    snapshot(): ConvNetwork {
      const net = cloneConvNetwork(initial);
      shapes.forEach((s, l) => {
        const v = vars[l];
        if (!v) return;
        net.weights[l].set(convertWeights(s, v.w.dataSync() as Float32Array, false));
        net.biases[l].set(v.b.dataSync() as Float32Array);
      });
      return net;
    },
    dispose() {
      for (const v of trainable) v.dispose();
      optimizer.dispose();
    },
  };
}

/** TF.js with its CPU backend, or its WebAssembly backend (XNNPACK) on one thread. */
function tfEngine(name: string, backend: 'cpu' | 'wasm'): ConvBenchEngine {
  let flavour = '';
  return {
    name,
    async start(workload, train) {
      flavour = await startTfInNode(backend);
      const onWasm = tf.getBackend() === 'wasm';
      if (onWasm) flavour += '; conv filter gradient as conv2d (no Conv2DBackpropFilter in wasm)';
      return startTf(workload, train, onWasm);
    },
    describe: () => flavour,
  };
}

export const TFJS_CPU = tfEngine('TF.js cpu', 'cpu');
export const TFJS_WASM = tfEngine('TF.js wasm', 'wasm');
