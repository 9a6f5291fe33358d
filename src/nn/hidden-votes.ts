import { multiplyByDerivative } from './activation.ts';
import { argmax } from './evaluate.ts';
import type { ForwardTrace } from './inspect.ts';
import type { Network } from './network.ts';

/** One first-hidden-layer neuron's part in the answer on one drawing. */
export interface HiddenVoter {
  /** 0-based index in the first hidden layer. */
  index: number;
  activation: number;
  /**
   * With one hidden layer: its weight into the answer's output. With more: ∂z/∂a, how much the answer's
   * weighted input z moves per unit of this activation through the later layers (to first order).
   */
  pull: number;
  /** activation × pull: with one hidden layer, exactly what this neuron adds to the answer's z. */
  vote: number;
  /** Its 784 incoming weights (row-major 28x28). */
  weights: Float32Array;
}

/** How the first hidden layer voted for the network's answer: the strongest votes for it, and the count and sum of all votes. */
export interface HiddenVotes {
  /** The answer: the output with the largest activation. */
  answer: number;
  /** True when the first hidden layer feeds the outputs: each pull is one weight and the votes plus the bias are z. */
  direct: boolean;
  /** The neurons with the largest positive votes, largest first (fewer when fewer voted for the answer). */
  voters: HiddenVoter[];
  /** How many neurons voted for the answer (vote > 0) and against it (vote < 0), and the sums of those votes. */
  forCount: number;
  forSum: number;
  againstCount: number;
  againstSum: number;
  /** The answer's bias and weighted input z (with one hidden layer, z = the sum of all votes + bias). */
  bias: number;
  z: number;
}

/** ∂z_k/∂a of the first hidden layer: row k of the last weights, carried back through any later hidden layers. */
function pullOnAnswer(net: Network, trace: ForwardTrace, k: number): Float32Array {
  const last = net.layers.length - 1;
  const width = net.layers[last - 1];
  let pull = net.weights[last - 1].slice(k * width, (k + 1) * width);
  for (let l = last - 1; l > 1; l--) {
    // pull is ∂z_k/∂a of layer l; f'(z) makes it ∂z_k/∂z, and W^T takes it down to ∂z_k/∂a of layer l - 1.
    multiplyByDerivative(pull, trace.activations[l], net.layers[l], net.activation);
    const nIn = net.layers[l - 1];
    const below = new Float32Array(nIn);
    for (let j = 0; j < net.layers[l]; j++) for (let i = 0; i < nIn; i++) below[i] += net.weights[l - 1][j * nIn + i] * pull[j];
    pull = below;
  }
  return pull;
}

/**
 * The `count` first-hidden-layer neurons that pushed the answer's weighted input up most on this drawing
 * (largest activation × pull, positive only), with the incoming weights of just those few, and the
 * tally of every neuron's vote. Needs at least one hidden layer; `net` is not changed.
 */
export function hiddenVotes(net: Network, trace: ForwardTrace, count: number): HiddenVotes {
  const last = net.layers.length - 1;
  const answer = argmax(trace.activations[last]);
  const acts = trace.activations[1];
  const pull = pullOnAnswer(net, trace, answer);
  const votes = acts.map((a, j) => a * pull[j]);
  const pros = votes.filter((v) => v > 0);
  const cons = votes.filter((v) => v < 0);
  const nIn = net.layers[0];
  const voters = Array.from(votes.keys())
    .filter((j) => votes[j] > 0)
    .sort((a, b) => votes[b] - votes[a])
    .slice(0, count)
    .map((j) => ({ index: j, activation: acts[j], pull: pull[j], vote: votes[j], weights: net.weights[0].slice(j * nIn, (j + 1) * nIn) }));
  return {
    answer,
    direct: last === 2,
    voters,
    forCount: pros.length,
    forSum: pros.reduce((s, v) => s + v, 0),
    againstCount: cons.length,
    againstSum: cons.reduce((s, v) => s + v, 0),
    bias: net.biases[last - 1][answer],
    z: trace.zs[last - 1][answer],
  };
}
