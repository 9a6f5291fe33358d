import { stepNumber } from './step-order.ts';
import { argmax } from '../../../nn/evaluate.ts';
import { LearnMore } from '../LearnMore.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import { LayerStrip } from '../LayerStrip.tsx';
import { signed, total } from '../learn-format.ts';
import { OutputList } from '../OutputList.tsx';
import { Term } from '../../../ui/Term.tsx';
import type { StepProps } from './step-props.ts';
import { formatCount } from '../../../ui/format.ts';

/** Weights and biases of a network with these layer sizes, counted layer by layer. */
function learnedNumbers(layers: number[]) {
  let weights = 0;
  let biases = 0;
  for (let l = 1; l < layers.length; l++) {
    weights += layers[l - 1] * layers[l];
    biases += layers[l];
  }
  return { weights, biases };
}

/** Step 3: every neuron of each layer at once, layer after layer, to the ten outputs. */
export function LayerStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const { layers, activations, activation } = lesson;
  const outputs = activations[activations.length - 1];
  const softmax = lesson.cost === 'log-likelihood';
  const hidden = layers.slice(1, -1);
  const { weights, biases } = learnedNumbers(layers);
  return (
    <>
      <p>
        Every neuron of a layer does the same sum with its own weights, all at once. The first hidden layer reads the pixels; each next layer reads the
        activations of the layer before it. Black is 0, white is 1.
      </p>
      <p>
        This network is [{layers.join(', ')}]: the size of each layer, from the {layers[0]} pixels to the {layers[layers.length - 1]} outputs. It learns{' '}
        {formatCount(weights + biases)} numbers.
      </p>
      <LearnMore summary={`Where the ${formatCount(weights + biases)} numbers come from`}>
        <p>
          Every neuron has a weight for each neuron of the layer before and a bias, so the network learns{' '}
          {layers.slice(1).map((n, l) => `${formatCount(layers[l])} × ${n}`).join(' + ')} = {formatCount(weights)} weights and{' '}
          {layers.slice(1).join(' + ')} = {biases} biases: {formatCount(weights + biases)} numbers in all, each found by the same learning step
          repeated (step {stepNumber('learn')}).
        </p>
      </LearnMore>
      {hidden.map((size, i) => (
        <LayerStrip
          key={i}
          values={activations[i + 1]}
          activation={activation}
          title={`Hidden layer ${i + 1} (${size} neurons)`}
          chosen={i === 0 ? lesson.neuron.index : undefined}
        />
      ))}
      <p>
        The last layer has ten neurons, one per digit. The brightest one is the network’s answer: <strong>{argmax(outputs)}</strong>.
      </p>
      <OutputList outputs={outputs} softmax={softmax} label={softmax ? 'The ten outputs: probabilities' : 'The ten outputs: activations from 0 to 1'} />
      {softmax ? (
        <p className="learn-key">
          This network has a <Term id="softmax" /> output layer, not a sigmoid one: its ten outputs are positive and add up to 1, so they can be read as
          probabilities.
        </p>
      ) : (
        <p className="learn-key">
          Each output is a <Term id="sigmoid" /> activation between 0 and 1, but they are <strong>not probabilities</strong>: nothing makes them add up to 1
          (here they add up to {signed(total(outputs), 2)}). A <Term id="softmax" /> output layer does make them add up to 1, and then they are probabilities
          (Settings, “Output and cost”).
        </p>
      )}
    </>
  );
}
