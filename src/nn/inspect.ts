import { activate, activateOutput } from './activation.ts';
import type { Network } from './network.ts';

/** Every layer's weighted inputs and activations for one image, for the network view. */
export interface ForwardTrace {
  /** activations[0] is the input (IMAGE_SIZE values); activations[l] has layers[l] values. */
  activations: Float32Array[];
  /** zs[l]: weighted inputs z = W a + b of layer l + 1, before the activation. */
  zs: Float32Array[];
}

/** Forward pass for one image that keeps z and a of every layer (the training kernels keep only a). */
export function traceForward(net: Network, image: Float32Array): ForwardTrace {
  const activations = [image.slice(0, net.layers[0])];
  const zs: Float32Array[] = [];
  const last = net.layers.length - 2;
  for (let l = 0; l <= last; l++) {
    const nIn = net.layers[l];
    const nOut = net.layers[l + 1];
    const W = net.weights[l];
    const a = activations[l];
    const z = new Float32Array(nOut);
    for (let j = 0; j < nOut; j++) {
      let s = net.biases[l][j];
      for (let k = 0; k < nIn; k++) s += W[j * nIn + k] * a[k];
      z[j] = s;
    }
    const out = z.slice();
    if (l < last) activate(out, nOut, net.activation);
    else activateOutput(out, 1, nOut, net.cost);
    zs.push(z);
    activations.push(out);
  }
  return { activations, zs };
}
