import type { NeuronRef, TraceView } from '../../worker/inspect-trace.ts';

const fixed = (v: number) => (Math.abs(v) < 0.005 ? '0.00' : v.toFixed(2).replace('-', '−'));

/** "Hidden layer 1, neuron 18 of 100" or "Output neuron for 7", numbered from 1 as people count. */
export function neuronName({ layer, index }: NeuronRef, layers: readonly number[]): string {
  if (layer === layers.length - 1) return `Output neuron for ${index}`;
  return `Hidden layer ${layer}, neuron ${index + 1} of ${layers[layer]}`;
}

/** The selected neuron's numbers in one sentence, for screen readers. */
export function neuronSentence(trace: TraceView): string {
  const n = trace.neuron;
  if (!n) return '';
  const layers = trace.activations.map((a) => a.length);
  return `${neuronName(n, layers)}: activation ${fixed(n.activation)}, bias ${fixed(n.bias)}, weighted input z ${fixed(n.z)}.`;
}

/** The output layer in words (either kind of network): the brightest output and the runner-up. */
export function outputSummary(outputs: Float32Array | undefined): string {
  if (!outputs) return 'Output layer: no network yet.';
  const order = Array.from(outputs.keys()).sort((a, b) => outputs[b] - outputs[a]);
  return `Output layer: brightest ${order[0]} (${fixed(outputs[order[0]])}), then ${order[1]} (${fixed(outputs[order[1]])}).`;
}

export { fixed as formatValue };
