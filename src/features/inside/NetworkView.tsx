import { useState } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { InputSource } from './InputSource.tsx';
import { NetworkCanvas } from './NetworkCanvas.tsx';
import { NeuronDetails } from './NeuronDetails.tsx';
import { neuronSentence, outputSummary } from './neuron-text.ts';
import { BRIGHTNESS_RULE } from '../../ui/shade.ts';
import { useInspectedImage } from './use-inspected-image.ts';
import { useTrace } from './use-trace.ts';
import { WhyAnswer } from '../../ui/WhyAnswer.tsx';

/** The network live for the drawing (or a chosen test image): every neuron lit by its activation. */
export function NetworkView() {
  const activation = useAppStore((s) => s.run.config?.activation ?? s.config.activation);
  const selected = useAppStore((s) => s.selectedNeuron);
  const trace = useTrace(useInspectedImage(), selected);

  // Announce a neuron once when it is chosen, not on every refresh while the network trains: the
  // sentence changes with the chosen neuron only (set while rendering, React's pattern for state that follows a prop).
  const [announced, setAnnounced] = useState({ neuronKey: '', text: '' });
  const neuronKey = trace?.neuron ? `${trace.neuron.layer}:${trace.neuron.index}` : '';
  if (neuronKey !== announced.neuronKey) setAnnounced({ neuronKey, text: trace?.neuron ? neuronSentence(trace) : announced.text });

  return (
    <div className="network-view">
      <InputSource />
      {trace ? <NetworkCanvas trace={trace} activation={activation} /> : <p className="inside-hint">Waiting for the network…</p>}
      <p className="output-summary">{outputSummary(trace?.activations[trace.activations.length - 1])}</p>
      <p className="inside-legend">
        Input on the left, outputs on the right. Brightness is activation: {BRIGHTNESS_RULE.sigmoid}
        {activation !== 'sigmoid' && `; in the hidden layers ${BRIGHTNESS_RULE[activation]}`}. Lines: the chosen neuron’s strongest inputs, blue for
        positive weights, red for negative.
      </p>
      <NeuronDetails trace={trace} />
      {trace && <WhyAnswer image={trace.activations[0]} why={trace.why} level={3} />}
      <p className="visually-hidden" role="status">
        {announced.text}
      </p>
    </div>
  );
}
