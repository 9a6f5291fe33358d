import * as tf from '@tensorflow/tfjs-core';
import { cloneConvNetwork, type ConvNetwork } from '../../../nn/conv/conv-network.ts';
import { layerShapes, type LayerShape } from '../../../nn/conv/model-spec.ts';

/** Index of value (ch, y, x) of a [depth][side][side] stack in TF.js's channels-last (NHWC) order [side][side][depth]. */
export const channelsLast = (depth: number, side: number, ch: number, y: number, x: number) => (y * side + x) * depth + ch;

/**
 * Layer `s`'s weights converted between our layout and TF.js's: a conv kernel's [k][c][kh][kw] is
 * [kh][kw][c][k] there; a dense layer's [out][in] is [in][out], with `in` channels-last when its
 * input is a stack of maps (TF.js flattens [h][w][c], we flatten [c][h][w]). 'to-tf' reads ours and
 * writes theirs; 'from-tf' the reverse. One function for both ways, so the two cannot drift apart.
 */
export function convertConvWeights(s: LayerShape, w: Float32Array, direction: 'to-tf' | 'from-tf'): Float32Array {
  const out = new Float32Array(w.length);
  const move = (ours: number, theirs: number) => {
    if (direction === 'to-tf') out[theirs] = w[ours];
    else out[ours] = w[theirs];
  };
  const { depth, side } = s.input;
  if (s.layer.kind === 'conv') {
    const { maps, kernel } = s.layer;
    for (let m = 0; m < maps; m++) for (let ch = 0; ch < depth; ch++) for (let i = 0; i < kernel; i++) for (let j = 0; j < kernel; j++) {
      move(((m * depth + ch) * kernel + i) * kernel + j, ((i * kernel + j) * depth + ch) * maps + m);
    }
  } else if (s.layer.kind === 'dense') {
    const n = s.layer.size;
    for (let o = 0; o < n; o++) for (let ch = 0; ch < depth; ch++) for (let y = 0; y < side; y++) for (let x = 0; x < side; x++) {
      move(o * depth * side * side + (ch * side + y) * side + x, channelsLast(depth, side, ch, y, x) * n + o);
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
function conv2dFilterGradByConv(x: tf.Tensor4D, w: tf.Tensor4D, first: boolean): tf.Tensor4D {
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

/** Our convolutional network as TF.js variables and a forward pass. */
export interface TfConvModel {
  /** Every layer's weights and biases, for the optimizer. */
  trainable: tf.Variable[];
  /** The output layer's weighted inputs z for a batch [n][28][28][1]: the softmax and the cost come after. */
  logits(input: tf.Tensor4D): tf.Tensor2D;
  /** A copy of the current weights in our layout. */
  snapshot(): ConvNetwork;
  dispose(): void;
}

/**
 * `initial` built in TF.js's core API with a copy of its weights: conv2d 'valid' stride 1, maxPool
 * size × size stride size, dense layers as matMul, the hidden activation ours. `filterGradByConv`:
 * the wasm backend's stand-in for the missing filter gradient (above).
 */
export function createTfConvModel(initial: ConvNetwork, filterGradByConv: boolean): TfConvModel {
  const shapes = layerShapes(initial.spec);
  const last = shapes.length - 1;
  // tidy frees the initial tensors the variables copy (it leaves variables alone).
  const vars = tf.tidy(() =>
    shapes.map((s, l) => {
      if (s.layer.kind === 'pool') return undefined;
      const shape = s.layer.kind === 'conv' ? [s.layer.kernel, s.layer.kernel, s.input.depth, s.layer.maps] : [s.weights / s.biases, s.biases];
      return { w: tf.variable(tf.tensor(convertConvWeights(s, initial.weights[l], 'to-tf'), shape)), b: tf.variable(tf.tensor1d(initial.biases[l])) };
    }),
  );
  const activate = (x: tf.Tensor) => (initial.activation === 'relu' ? tf.relu(x) : initial.activation === 'tanh' ? tf.tanh(x) : tf.sigmoid(x));
  const logits = (input: tf.Tensor4D): tf.Tensor2D => {
    let x: tf.Tensor = input;
    shapes.forEach((s, l) => {
      const v = vars[l];
      if (s.layer.kind === 'pool') x = tf.maxPool(x as tf.Tensor4D, s.layer.size, s.layer.size, 'valid');
      else if (v && s.layer.kind === 'conv') {
        const w = v.w as tf.Tensor4D;
        x = activate(tf.add(filterGradByConv ? conv2dFilterGradByConv(x as tf.Tensor4D, w, l === 0) : tf.conv2d(x as tf.Tensor4D, w, 1, 'valid'), v.b));
      } else if (v) {
        const z = tf.add(tf.matMul(tf.reshape(x, [x.shape[0], -1]), v.w as tf.Tensor2D), v.b);
        x = l === last ? z : activate(z);
      }
    });
    return x as tf.Tensor2D;
  };
  const trainable = vars.flatMap((v) => (v ? [v.w, v.b] : []));
  return {
    trainable,
    logits,
    snapshot() {
      const net = cloneConvNetwork(initial);
      shapes.forEach((s, l) => {
        const v = vars[l];
        if (!v) return;
        net.weights[l].set(convertConvWeights(s, v.w.dataSync() as Float32Array, 'from-tf'));
        net.biases[l].set(v.b.dataSync() as Float32Array);
      });
      return net;
    },
    dispose: () => tf.dispose(trainable),
  };
}
